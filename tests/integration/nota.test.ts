import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { parse } from "csv-parse/sync";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { answerPoint, loadNota } from "@/lib/services/nota";
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
