import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import * as zienswijzeCommands from "@/lib/services/griffie/zienswijze";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { byRunner } from "../helpers/by-runner";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { filesIn, griffier, pdfUpload, snapshot, useTempStorage } from "./helpers";
import { must } from "../helpers/must";
import { addVergadering } from "@/lib/services/griffie/vergaderingen";

const registreerOntvangst = byRunner(raadCommands.recordOntvangst);
const voegVergaderingToe = byRunner(addVergadering);
const registreerGeenZienswijze = byRunner(raadCommands.recordGeenZienswijze);
const corrigeerBesluit = byRunner(raadCommands.correctBesluit);
const saveZienswijzeConcept = byRunner(zienswijzeCommands.saveZienswijzeConcept);
const vaststellenZienswijze = byRunner(zienswijzeCommands.adoptZienswijze);
const indienenZienswijze = byRunner(zienswijzeCommands.submitZienswijze);

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let versionId: string;
let articleIds: string[];
const p: Record<string, string> = {};
const u: Record<string, GriffieUser> = {};
let storage: string;

/** The version of the raad track the form is about (the forms send the own track's version). */
const version = async (participantId: string) =>
  String(
    (
      await db.prisma.track.findUniqueOrThrow({
        where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
      })
    ).version,
  );
const besluitFields = (extra: Record<string, unknown> = {}) => ({
  besluitdatum: "2026-06-25",
  besluitnummer: "2026-042",
  stemmenVoor: "11",
  stemmenTegen: "4",
  zittingHebbendeLeden: "15",
  aanwezig: "15",
  moties: [
    { soort: "MOTIE", titel: "Lokale toegang", indiener: "ChristenUnie", uitkomst: "AANGENOMEN" },
    { soort: "AMENDEMENT", titel: "Punt 2 aangescherpt", indiener: "SGP", uitkomst: "VERWORPEN" },
  ],
  ...extra,
});

beforeAll(async () => {
  storage = useTempStorage();
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma).regeling("gr-sociaal-domein-flevoland").through("zienswijzeprocedure_geopend");
  procedureId = gr.procedureId;
  versionId = gr.conceptVersionId;
  articleIds = (
    await db.prisma.article.findMany({ where: { versionId }, select: { id: true }, orderBy: { position: "asc" } })
  ).map((a) => a.id);
  Object.assign(p, gr.participants);
  for (const g of ["urk", "almere", "dronten"]) u[g] = await griffier(db.prisma, g);
});
afterAll(async () => db?.close());

describe("ontvangst van het ontwerp", () => {
  it("refuses another gemeente's griffier and writes nothing", async () => {
    const before = await snapshot(db.prisma);
    const r = await registreerOntvangst(db.prisma, u.almere, {
      procedureId,
      participantId: p.urk,
      expectedVersion: await version(p.urk),
      stap: "ontwerp",
      ontvangenOp: "2026-05-12",
    });
    expect(r).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses invalid input with Dutch field errors and writes nothing", async () => {
    const before = await snapshot(db.prisma);
    const r = await registreerOntvangst(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      expectedVersion: await version(p.urk),
      stap: "ontwerp",
      ontvangenOp: "2026-02-30",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.ontvangenOp).toBe("De datum van ontvangst door de griffie bestaat niet.");
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses when signed out", async () => {
    const r = await registreerOntvangst(db.prisma, null, {
      procedureId,
      participantId: p.urk,
      expectedVersion: "0",
      stap: "ontwerp",
      ontvangenOp: "2026-05-12",
    });
    expect(r).toEqual({ ok: false, message: "U moet ingelogd zijn om dit te doen." });
  });

  it("registers the receipt for the own raad and starts the statutory period", async () => {
    const r = await registreerOntvangst(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      expectedVersion: await version(p.urk),
      stap: "ontwerp",
      ontvangenOp: "2026-05-12",
    });
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.urk, kind: "RAAD" } },
    });
    expect(t.status).toBe("ontvangen");
    expect((t.data as { zienswijze: { deadline: { end: string } } }).zienswijze.deadline.end).toBe("2026-07-07");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      type: "ontwerp_ontvangen",
      actorId: u.urk.id,
      actorRole: "GRIFFIER",
      gemeenteId: u.urk.gemeenteId,
    });
  });

  it("a raad meeting after the running zienswijzetermijn is saved with a warning (issue 16); within it, without", async () => {
    // Urk's termijn runs until 7 July 2026 (previous test).
    const inTime = await voegVergaderingToe(db.prisma, u.urk, { kind: "RAAD", datum: "2026-07-02", titel: "" });
    expect(inTime).toEqual({ ok: true });
    const commissie = await voegVergaderingToe(db.prisma, u.urk, { kind: "COMMISSIE", datum: "2026-07-08", titel: "" });
    expect(commissie).toEqual({ ok: true });
    const late = await voegVergaderingToe(db.prisma, u.urk, { kind: "RAAD", datum: "2026-07-08", titel: "" });
    expect(late.ok).toBe(true);
    const warnings = (late as { warnings?: string[] }).warnings ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("dinsdag 7 juli 2026");
    expect(
      await db.prisma.meeting.count({
        where: { date: new Date("2026-07-08T00:00:00Z"), body: { gemeenteId: u.urk.gemeenteId } },
      }),
    ).toBe(2);
    // Another raad (Almere has not received the ontwerp) gets no warning for the same date.
    expect(await voegVergaderingToe(db.prisma, u.almere, { kind: "RAAD", datum: "2026-07-08", titel: "" })).toEqual({
      ok: true,
    });
  });

  it("a stale version from the form is refused as a conflict", async () => {
    const r = await registreerOntvangst(db.prisma, u.almere, {
      procedureId,
      participantId: p.almere,
      expectedVersion: "1",
      stap: "ontwerp",
      ontvangenOp: "2026-05-12",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Iemand anders heeft deze procedure net gewijzigd/);
  });
});

describe("zienswijze: concept, vaststellen, indienen", () => {
  let zienswijzeId = "";

  it("refuses a draft for another gemeente and a draft without points; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const other = await saveZienswijzeConcept(db.prisma, u.almere, {
      procedureId,
      participantId: p.urk,
      zienswijzeId: "",
      conceptVersion: "",
      points: [{ onderwerp: "x", articleId: "", tekst: "y" }],
    });
    expect(other).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    const empty = await saveZienswijzeConcept(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      zienswijzeId: "",
      conceptVersion: "",
      points: [],
    });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.fieldErrors?.points).toBe("Een zienswijze heeft ten minste één punt.");
    const foreignArticle = await saveZienswijzeConcept(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      zienswijzeId: "",
      conceptVersion: "",
      points: [{ onderwerp: "x", articleId: "bestaat-niet", tekst: "y" }],
    });
    expect(foreignArticle.ok).toBe(false);
    if (!foreignArticle.ok) expect(foreignArticle.fieldErrors?.["points.0.articleId"]).toMatch(/Kies een artikel/);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("creates a CONCEPT with numbered points about articles of the version, then edits it", async () => {
    const r = await saveZienswijzeConcept(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      zienswijzeId: "",
      conceptVersion: "",
      points: [
        {
          onderwerp: "Sturing door de raden",
          articleId: articleIds[0],
          tekst: "De raad wil jaarlijks een kaderbrief.",
        },
        { onderwerp: "Plustaken", articleId: articleIds[1], tekst: "Plustaken alleen met instemming van de raad." },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok) zienswijzeId = r.zienswijzeId;
    const zw = await db.prisma.zienswijze.findUniqueOrThrow({
      where: { id: zienswijzeId },
      include: { points: { orderBy: { nummer: "asc" } } },
    });
    expect(zw.status).toBe("CONCEPT");
    expect(zw.documentVersionId).toBe(versionId);
    expect(zw.points.map((x) => [x.nummer, x.articleId])).toEqual([
      [1, articleIds[0]],
      [2, articleIds[1]],
    ]);

    const edited = await saveZienswijzeConcept(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      zienswijzeId,
      conceptVersion: String(zw.version),
      points: [
        {
          onderwerp: "Sturing door de raden",
          articleId: articleIds[0],
          tekst: "De raad wil jaarlijks een kaderbrief en een evaluatie.",
        },
        { onderwerp: "Plustaken", articleId: articleIds[1], tekst: "Plustaken alleen met instemming van de raad." },
      ],
    });
    expect(edited.ok).toBe(true);
    const after = await db.prisma.zienswijze.findUniqueOrThrow({
      where: { id: zienswijzeId },
      include: { points: { orderBy: { nummer: "asc" } } },
    });
    expect(after.version).toBe(zw.version + 1);
    expect(after.points[0].tekst).toMatch(/evaluatie/);
    // Editing with the old version again is a conflict, not a silent overwrite.
    const stale = await saveZienswijzeConcept(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      zienswijzeId,
      conceptVersion: String(zw.version),
      points: [{ onderwerp: "x", articleId: "", tekst: "y" }],
    });
    expect(stale.ok).toBe(false);
  });

  it("refuses vaststellen with a file that is not a PDF, or by another gemeente; nothing written, no bytes left", async () => {
    const before = await snapshot(db.prisma);
    const conceptVersion = String(
      (await db.prisma.zienswijze.findUniqueOrThrow({ where: { id: zienswijzeId } })).version,
    );
    const input = { zienswijzeId, expectedVersion: await version(p.urk), conceptVersion, ...besluitFields() };
    const staleConcept = await vaststellenZienswijze(db.prisma, u.urk, { ...input, conceptVersion: "0" }, pdfUpload());
    expect(staleConcept.ok).toBe(false);
    if (!staleConcept.ok) expect(staleConcept.message).toMatch(/Het concept is intussen gewijzigd/);
    const notPdf = await vaststellenZienswijze(db.prisma, u.urk, input, {
      bestandsnaam: "besluit.pdf",
      bytes: new TextEncoder().encode("<html>geen pdf</html>"),
    });
    expect(notPdf.ok).toBe(false);
    if (!notPdf.ok)
      expect(notPdf.message).toBe("Het bestand is geen geldige pdf. Voeg het raadsbesluit toe als pdf-bestand.");
    const other = await vaststellenZienswijze(db.prisma, u.almere, input, pdfUpload());
    expect(other).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    const badVotes = await vaststellenZienswijze(db.prisma, u.urk, { ...input, stemmenVoor: "elf" }, pdfUpload());
    expect(badVotes.ok).toBe(false);
    if (!badVotes.ok) expect(badVotes.fieldErrors?.stemmenVoor).toMatch(/geheel getal/);
    // The domain refuses a quorum that was not reached; the file is not stored either (same transaction).
    const quorum = await vaststellenZienswijze(
      db.prisma,
      u.urk,
      { ...input, aanwezig: "5", stemmenVoor: "3", stemmenTegen: "2" },
      pdfUpload(),
    );
    expect(quorum.ok).toBe(false);
    if (!quorum.ok) expect(quorum.message).toMatch(/Quorum niet gehaald/);
    expect(await snapshot(db.prisma)).toEqual(before);
    expect(await filesIn(storage)).toBe(0);
  });

  it("registers the zienswijze vastgesteld: track, Besluit with votes and moties, PDF with checksum, status — in one go", async () => {
    const conceptVersion = String(
      (await db.prisma.zienswijze.findUniqueOrThrow({ where: { id: zienswijzeId } })).version,
    );
    const r = await vaststellenZienswijze(
      db.prisma,
      u.urk,
      { zienswijzeId, expectedVersion: await version(p.urk), conceptVersion, ...besluitFields() },
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.urk, kind: "RAAD" } },
    });
    expect(t.status).toBe("zienswijze_vastgesteld");
    const zw = await db.prisma.zienswijze.findUniqueOrThrow({
      where: { id: zienswijzeId },
      include: { besluit: { include: { moties: true, file: true } } },
    });
    expect(zw.status).toBe("VASTGESTELD");
    expect(zw.besluit).toMatchObject({
      type: "ZIENSWIJZE",
      uitkomst: "VASTGESTELD",
      besluitnummer: "2026-042",
      stemmenVoor: 11,
      stemmenTegen: 4,
      documentVersionId: versionId,
    });
    const besluit = must(zw.besluit, "besluit");
    const file = must(besluit.file, "besluit file");
    expect(besluit.moties.map((m) => [m.soort, m.uitkomst])).toEqual(
      expect.arrayContaining([
        ["MOTIE", "AANGENOMEN"],
        ["AMENDEMENT", "VERWORPEN"],
      ]),
    );
    expect(file).toMatchObject({ mimeType: "application/pdf", bestandsnaam: "raadsbesluit.pdf" });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The bytes are in the database, committed with the besluit; STORAGE_DIR stays empty.
    const content = await db.prisma.storedFileContent.findUniqueOrThrow({ where: { fileId: file.id } });
    expect(new Uint8Array(content.content)).toEqual(pdfUpload().bytes);
    expect(await filesIn(storage)).toBe(0);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit.type).toBe("zienswijze_vastgesteld");
  });

  it("registers the zienswijze ingediend, not before it was vastgesteld", async () => {
    const early = await indienenZienswijze(db.prisma, u.urk, { zienswijzeId, ingediendOp: "2026-06-01" });
    expect(early.ok).toBe(false);
    const r = await indienenZienswijze(db.prisma, u.urk, { zienswijzeId, ingediendOp: "2026-06-26" });
    expect(r).toEqual({ ok: true });
    const zw = await db.prisma.zienswijze.findUniqueOrThrow({ where: { id: zienswijzeId } });
    expect(zw.status).toBe("INGEDIEND");
    expect(zw.ingediendOp?.toISOString().slice(0, 10)).toBe("2026-06-26");
  });

  it("corrects a registration with a new Besluit pointing at the old one and a reasoned audit event", async () => {
    const zw = await db.prisma.zienswijze.findUniqueOrThrow({ where: { id: zienswijzeId } });
    const oldId = must(zw.besluitId, "besluitId");
    const before = await snapshot(db.prisma);
    const noReason = await corrigeerBesluit(db.prisma, u.urk, {
      besluitId: oldId,
      reden: "",
      ...besluitFields({ stemmenVoor: "12", stemmenTegen: "3" }),
    });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors?.reden).toBe("Vul de reden van de correctie in.");
    const other = await corrigeerBesluit(db.prisma, u.almere, {
      besluitId: oldId,
      reden: "Typefout",
      ...besluitFields(),
    });
    expect(other.ok).toBe(false);
    expect(await snapshot(db.prisma)).toEqual(before);

    const r = await corrigeerBesluit(db.prisma, u.urk, {
      besluitId: oldId,
      reden: "Stemmen verkeerd overgenomen",
      ...besluitFields({ stemmenVoor: "12", stemmenTegen: "3", moties: [] }),
    });
    expect(r.ok).toBe(true);
    const nieuw = await db.prisma.besluit.findUniqueOrThrow({ where: { corrigeertId: oldId } });
    expect(nieuw).toMatchObject({ stemmenVoor: 12, stemmenTegen: 3, type: "ZIENSWIJZE" });
    const old = await db.prisma.besluit.findUniqueOrThrow({ where: { id: oldId } });
    expect(old.stemmenVoor).toBe(11); // never overwritten
    expect((await db.prisma.zienswijze.findUniqueOrThrow({ where: { id: zienswijzeId } })).besluitId).toBe(nieuw.id);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ type: "raadsbesluit_gecorrigeerd", reason: "Stemmen verkeerd overgenomen" });
    const again = await corrigeerBesluit(db.prisma, u.urk, { besluitId: oldId, reden: "Nog eens", ...besluitFields() });
    expect(again.ok).toBe(false);
  });

  it("accepts a besluit dated today at 00:30 Amsterdam time (the UTC date is still yesterday), refuses tomorrow", async () => {
    // 2026-12-01T23:30Z is 2026-12-02 00:30 in Amsterdam (CET, UTC+1): "today" is the 2nd, UTC says the 1st.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T23:30:00Z") });
    try {
      const latest = await db.prisma.besluit.findFirstOrThrow({
        where: { participantId: p.urk, gecorrigeerdDoor: null, type: "ZIENSWIJZE" },
      });
      const tomorrow = await corrigeerBesluit(db.prisma, u.urk, {
        besluitId: latest.id,
        reden: "Datum van vandaag",
        ...besluitFields({ besluitdatum: "2026-12-03", moties: [] }),
      });
      expect(tomorrow.ok).toBe(false);
      if (!tomorrow.ok)
        expect(tomorrow.fieldErrors?.besluitdatum).toBe("De besluitdatum kan niet in de toekomst liggen.");
      const today = await corrigeerBesluit(db.prisma, u.urk, {
        besluitId: latest.id,
        reden: "Datum van vandaag",
        ...besluitFields({ besluitdatum: "2026-12-02", moties: [] }),
      });
      expect(today).toMatchObject({ ok: true });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("geen zienswijze", () => {
  it("registers that the raad gives no zienswijze, with its raadsbesluit", async () => {
    expect(
      (
        await registreerOntvangst(db.prisma, u.dronten, {
          procedureId,
          participantId: p.dronten,
          expectedVersion: await version(p.dronten),
          stap: "ontwerp",
          ontvangenOp: "2026-05-13",
        })
      ).ok,
    ).toBe(true);
    // Geen zienswijze needs no PDF by default (R29); tests/integration/commands/sending.test.ts covers both settings.
    const r = await registreerGeenZienswijze(
      db.prisma,
      u.dronten,
      {
        procedureId,
        participantId: p.dronten,
        expectedVersion: await version(p.dronten),
        ...besluitFields({ moties: [] }),
      },
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.dronten, kind: "RAAD" } },
    });
    expect(t.status).toBe("geen_zienswijze");
    expect(await db.prisma.besluit.count({ where: { participantId: p.dronten, type: "GEEN_ZIENSWIJZE" } })).toBe(1);
  });
});

describe("concurrent first drafts", () => {
  it("of one raad create exactly one zienswijze; the others are told to edit it", async () => {
    const lelystad = await griffier(db.prisma, "lelystad");
    const ontvangst = await registreerOntvangst(db.prisma, lelystad, {
      procedureId,
      participantId: p.lelystad,
      expectedVersion: await version(p.lelystad),
      stap: "ontwerp",
      ontvangenOp: "2026-05-12",
    });
    expect(ontvangst).toMatchObject({ ok: true });
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        saveZienswijzeConcept(db.prisma, lelystad, {
          procedureId,
          participantId: p.lelystad,
          zienswijzeId: "",
          conceptVersion: "",
          points: [{ onderwerp: `Gelijktijdig ${i}`, articleId: articleIds[0], tekst: "Tegelijk opgeslagen." }],
        }),
      ),
    );
    expect(attempts.filter((r) => r.ok)).toHaveLength(1);
    for (const r of attempts.filter((x) => !x.ok))
      expect(r).toMatchObject({ ok: false, message: "Er is al een zienswijze voor deze procedure; bewerk die." });
    expect(await db.prisma.zienswijze.count({ where: { procedureId, participantId: p.lelystad } })).toBe(1);
    const created = await db.prisma.auditEvent.count({
      where: { type: "zienswijze_concept_aangemaakt", gemeenteId: lelystad.gemeenteId },
    });
    expect(created).toBe(1);
  });
});
