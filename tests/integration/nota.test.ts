import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { answerNota, answerPoint, loadNota } from "@/lib/services/nota";
import { loadNotaDraft } from "@/lib/read-models/secretariaat";
import { newVersion } from "@/lib/scenario/doors";
import { notaCsv } from "@/lib/export/nota";
import { notaDocx } from "@/lib/services/exports/nota";
import { runCommand } from "@/lib/commands";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let pointIds: Record<string, string> = {};
let draftPointId: string;
let otherDocArticleId: string;
let bijlageId: string;
const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: { include: { articles: true } } } } },
  });
  procedureId = proc.id;
  const version = proc.document.versions[0];
  const regeling = must(
    version.articles.find((a) => a.key === "regeling"),
    "version.articles.find(…)",
  );
  bijlageId = must(
    version.articles.find((a) => a.key === "bijlage-taken"),
    "version.articles.find(…)",
  ).id;
  otherDocArticleId = (
    await db.prisma.article.findFirstOrThrow({ where: { version: { document: { slug: "regiovisie-jeugd" } } } })
  ).id;
  const participants = await db.prisma.participant.findMany({
    where: { regelingId: proc.regelingId },
    include: { gemeente: true },
  });
  const pid = (slug: string) =>
    must(
      participants.find((p) => p.gemeente.slug === slug),
      "participants.find(…)",
    ).id;
  // Zienswijzen as a griffier would have registered them (rows only; the registration flow has its own tests).
  const mk = (
    slug: string,
    status: "CONCEPT" | "VASTGESTELD" | "INGEDIEND",
    points: { nummer: number; onderwerp: string; articleId: string | null; tekst: string }[],
  ) =>
    db.prisma.zienswijze.create({
      data: {
        procedureId,
        participantId: pid(slug),
        documentVersionId: version.id,
        status,
        points: { create: points },
      },
      include: { points: true },
    });
  const urk = await mk("urk", "VASTGESTELD", [
    { nummer: 1, onderwerp: "Taken", articleId: bijlageId, tekst: "Neem crisishulp op als wettelijke taak." },
    { nummer: 2, onderwerp: "Algemeen", articleId: null, tekst: "Betrek de raden bij de evaluatie." },
  ]);
  const almere = await mk("almere", "INGEDIEND", [
    { nummer: 1, onderwerp: "Regeling", articleId: regeling.id, tekst: "Regel de uittreding duidelijker." },
  ]);
  const draft = await mk("dronten", "CONCEPT", [
    { nummer: 1, onderwerp: "Geheim concept", articleId: bijlageId, tekst: "Nog niet vastgesteld." },
  ]);
  pointIds = {
    urk1: must(
      urk.points.find((p) => p.nummer === 1),
      "urk.points.find(…)",
    ).id,
    urk2: must(
      urk.points.find((p) => p.nummer === 2),
      "urk.points.find(…)",
    ).id,
    almere1: almere.points[0].id,
  };
  draftPointId = draft.points[0].id;
});
afterAll(async () => db?.close());

describe("nota van beantwoording", () => {
  it("groups every adopted point of every raad by article, and leaves drafts out", async () => {
    const nota = await loadNota(db.prisma, procedureId);
    expect(nota.total).toBe(3);
    expect(nota.groups.map((g) => g.article?.key ?? null)).toEqual([null, "regeling", "bijlage-taken"]);
    expect(nota.groups.flatMap((g) => g.points.map((p) => p.tekst))).not.toContain("Nog niet vastgesteld.");
    expect(nota.complete).toBe(false);
  });

  it("records an answer and disposition with an audit event, and reports completeness", async () => {
    const audit = await db.prisma.auditEvent.count();
    for (const [id, disposition] of [
      [pointIds.urk1, "OVERGENOMEN"],
      [pointIds.urk2, "NIET_OVERGENOMEN"],
      [pointIds.almere1, "DEELS_OVERGENOMEN"],
    ] as const) {
      const r = await runCommand(db.prisma, secretariaat, answerPoint, {
        pointId: id,
        antwoord: `Antwoord op ${id}`,
        disposition,
        changedArticleId: id === pointIds.urk1 ? bijlageId : "",
      });
      expect(r).toEqual({ ok: true });
    }
    expect(await db.prisma.auditEvent.count()).toBe(audit + 3);
    const nota = await loadNota(db.prisma, procedureId);
    expect(nota).toMatchObject({ total: 3, answered: 3, complete: true });
    const urk1 = must(
      nota.groups.flatMap((g) => g.points).find((p) => p.id === pointIds.urk1),
      "nota.groups.flatMap(…)",
    );
    expect(urk1.changedArticle?.nummer).toBe("Bijlage");
  });

  it("a griffier sees only the answers to the own gemeente's points", async () => {
    const urk = await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "urk" } });
    const nota = await loadNota(db.prisma, procedureId, { gemeenteId: urk.id });
    expect(nota.groups.flatMap((g) => g.points).map((p) => p.gemeente)).toEqual(["Urk", "Urk"]);
  });

  it("refuses bad input, other roles, drafts and foreign articles — and writes nothing", async () => {
    const before = await db.prisma.zienswijzePoint.findMany({ orderBy: { id: "asc" } });
    const audit = await db.prisma.auditEvent.count();
    const griffier = { id: "u-g", role: "GRIFFIER" as const, gemeenteId: "x" };
    const cases: [unknown, unknown, RegExp][] = [
      [secretariaat, { pointId: pointIds.urk1, antwoord: "", disposition: "OVERGENOMEN" }, /Controleer/],
      [secretariaat, { pointId: pointIds.urk1, antwoord: "x", disposition: "MISSCHIEN" }, /Controleer/],
      [
        secretariaat,
        { pointId: pointIds.urk1, antwoord: "x".repeat(10_001), disposition: "OVERGENOMEN" },
        /Controleer/,
      ],
      [null, { pointId: pointIds.urk1, antwoord: "x", disposition: "OVERGENOMEN" }, /ingelogd/],
      [griffier, { pointId: pointIds.urk1, antwoord: "x", disposition: "OVERGENOMEN" }, /geen toestemming/],
      [
        secretariaat,
        { pointId: draftPointId, antwoord: "x", disposition: "OVERGENOMEN" },
        /nog niet door de raad vastgesteld/,
      ],
      [
        secretariaat,
        { pointId: pointIds.urk1, antwoord: "x", disposition: "OVERGENOMEN", changedArticleId: otherDocArticleId },
        /hoort niet bij dit document/,
      ],
    ];
    for (const [user, input, message] of cases) {
      const r = await runCommand(db.prisma, user as never, answerPoint, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
    expect(await db.prisma.zienswijzePoint.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });

  it("exports a real Word document and a CSV with every point", async () => {
    const nota = await loadNota(db.prisma, procedureId);
    const docx = await notaDocx(db.prisma, procedureId);
    const xml = await must((await JSZip.loadAsync(docx)).file("word/document.xml"), "(…)").async("string");
    const text = xml.replace(/<[^>]+>/g, " ");
    expect(text).toContain("Nota van beantwoording");
    expect(text).toContain("Neem crisishulp op als wettelijke taak.");
    expect(text).toContain("Deels overgenomen");
    const rows = parse(notaCsv(nota), { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.Gemeente).sort()).toEqual(["Almere", "Urk", "Urk"]);
    expect(rows.find((r) => r.Zienswijze.startsWith("Neem"))?.Verwerking).toBe("Overgenomen");
  });
});

describe("the whole nota in one save", () => {
  const nota = () => loadNota(db.prisma, procedureId);
  const answers = (over: Record<string, { antwoord?: string; disposition?: string; changedArticleId?: string }>) =>
    Object.values(pointIds).map((pointId) => ({
      pointId,
      antwoord: "",
      disposition: "",
      changedArticleId: "",
      ...over[pointId],
    }));
  let draftArticleId: string;

  it("offers the articles of the new (draft) version once it exists", async () => {
    expect((await loadNotaDraft(db.prisma, procedureId)).hasDraft).toBe(false);
    const proc = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    const versionId = await newVersion(db.prisma, secretariaat, {
      documentId: proc.documentId,
      label: "Concept na zienswijzen",
      status: "CONCEPT",
      articles: [{ key: "regeling", nummer: "1", titel: "Regeling", tekst: "De uittreding is nu duidelijk geregeld." }],
    });
    draftArticleId = (await db.prisma.article.findFirstOrThrow({ where: { versionId } })).id;
    expect(await loadNotaDraft(db.prisma, procedureId)).toEqual({
      newestLabel: "Concept na zienswijzen",
      hasDraft: true,
    });
  });

  it("answers several points and links a changed article of the draft in one transaction and one audit event", async () => {
    const before = await nota();
    const audit = await db.prisma.auditEvent.count();
    const r = await runCommand(db.prisma, secretariaat, answerNota, {
      procedureId,
      basis: before.basis,
      answers: answers({
        [pointIds.almere1]: {
          antwoord: "De uittreding is opnieuw geregeld.",
          disposition: "OVERGENOMEN",
          changedArticleId: draftArticleId,
        },
        [pointIds.urk2]: { antwoord: "De raden worden bij de evaluatie betrokken.", disposition: "DEELS_OVERGENOMEN" },
      }),
    });
    const after = await nota();
    expect(r).toEqual({ ok: true, saved: 2, basis: after.basis });
    expect(after.basis).not.toBe(before.basis);
    expect(await db.prisma.auditEvent.count()).toBe(audit + 1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(event.type).toBe("nota_beantwoord");
    const points = after.groups.flatMap((g) => g.points);
    const almere = must(
      points.find((p) => p.id === pointIds.almere1),
      "almere",
    );
    expect(almere).toMatchObject({
      disposition: "OVERGENOMEN",
      changedArticle: { versionLabel: "Concept na zienswijzen" },
    });
    // The point left empty kept its earlier answer.
    expect(points.find((p) => p.id === pointIds.urk1)?.antwoord).toBe(`Antwoord op ${pointIds.urk1}`);
  });

  it("saves nothing and writes no audit event when nothing changed", async () => {
    const audit = await db.prisma.auditEvent.count();
    const { basis } = await nota();
    const r = await runCommand(db.prisma, secretariaat, answerNota, {
      procedureId,
      basis,
      answers: answers({
        [pointIds.urk2]: { antwoord: "De raden worden bij de evaluatie betrokken.", disposition: "DEELS_OVERGENOMEN" },
      }),
    });
    expect(r).toEqual({ ok: true, saved: 0, basis });
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });

  it("refuses a stale form, a foreign article, an unknown or draft point and a half-filled point — writing nothing", async () => {
    const { basis } = await nota();
    const before = await db.prisma.zienswijzePoint.findMany({ orderBy: { id: "asc" } });
    const audit = await db.prisma.auditEvent.count();
    const full = { antwoord: "Nieuw antwoord", disposition: "NIET_OVERGENOMEN" };
    const cases: [Record<string, unknown>, RegExp, string?][] = [
      [
        { basis: "verouderd", answers: answers({ [pointIds.urk1]: full }) },
        /Iemand anders heeft de nota net gewijzigd/,
      ],
      [
        { basis, answers: answers({ [pointIds.urk1]: { ...full, changedArticleId: otherDocArticleId } }) },
        /hoort niet bij dit document/,
        "answers.0.changedArticleId",
      ],
      [
        { basis, answers: [...answers({}), { pointId: draftPointId, ...full, changedArticleId: "" }] },
        /nog niet door de raad vastgesteld/,
        "answers.3.antwoord",
      ],
      [
        { basis, answers: answers({ [pointIds.urk1]: { antwoord: "Zonder keuze" } }) },
        /Controleer/,
        "answers.0.disposition",
      ],
      [{ basis, answers: answers({}) }, /Controleer/],
    ];
    for (const [input, message, field] of cases) {
      const r = await runCommand(db.prisma, secretariaat, answerNota, { procedureId, ...input });
      expect(r.ok, String(message)).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(message);
        if (field) expect(Object.keys(r.fieldErrors ?? {})).toContain(field);
      }
    }
    const griffier = { id: "u-g", role: "GRIFFIER" as const, gemeenteId: "x" };
    const denied = await runCommand(db.prisma, griffier, answerNota, {
      procedureId,
      basis,
      answers: answers({ [pointIds.urk1]: full }),
    });
    expect(denied.ok).toBe(false);
    expect(await db.prisma.zienswijzePoint.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });
});
