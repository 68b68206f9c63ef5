import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { loadBegrotingCycle } from "@/lib/services/begroting/read";
import {
  CLI_BEGROTING_STEPS,
  runBegrotingAntwoord,
  runBegrotingStap,
  runBegrotingStart,
} from "@/cli/commands/begroting";
import { submitBegrotingZienswijze } from "@/lib/services/begroting/commands";
import { runCommand } from "@/lib/commands";
import { main } from "@/cli/main";

/**
 * Issue 17 through `gr-volg begroting …`: each secretariat step of the cycle on the one runner (the same commands as
 * the forms), as the system secretariat, audited; bad input exits 2, a refusal by the domain exits 3, in Dutch.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
const GR = "gr-sociaal-domein-flevoland";
const auditTypes = async () =>
  (await db.prisma.auditEvent.findMany({ where: { type: { startsWith: "begroting_" } }, orderBy: { id: "asc" } })).map(
    (e) => [e.type, e.actorId, e.actorRole],
  );

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

describe("gr-volg begroting", () => {
  it("is registered: a missing required option is a usage error (exit 2) before any database is opened", async () => {
    expect(await main(["begroting", "stap", "--regeling", GR])).toBe(2);
    expect(CLI_BEGROTING_STEPS).toEqual([
      "kaders_verzonden",
      "ontwerp_verzonden",
      "begroting_vastgesteld",
      "naar_gs_verzonden",
      "voorlopige_jaarrekening_verzonden",
      "jaarrekening_vastgesteld",
      "jaarrekening_naar_gs",
    ]);
  });

  it("starts a cycle once per year; an unknown regeling or a bad year is exit 2", async () => {
    expect(await runBegrotingStart(db.prisma, { regeling: GR, jaar: "2026" })).toEqual({
      exitCode: 0,
      message: 'Begrotingscyclus 2026 gestart voor "Gemeenschappelijke Regeling Sociaal Domein Flevoland".',
    });
    // The form marks the year field ("Kies een ander jaar."): a field error, so the caller's input (2).
    expect(await runBegrotingStart(db.prisma, { regeling: GR, jaar: "2026" })).toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("loopt de begrotingscyclus"),
    });
    expect(await runBegrotingStart(db.prisma, { regeling: "bestaat-niet", jaar: "2026" })).toEqual({
      exitCode: 2,
      message: 'Geen regeling "bestaat-niet".',
    });
    expect((await runBegrotingStart(db.prisma, { regeling: GR, jaar: "twintig" })).exitCode).toBe(2);
  });

  it("runs the secretariat's steps: kaders, ontwerp (art. 35 lid 1 refusal exit 3), answer, vaststelling, GS", async () => {
    const stap = (s: string, datum: string, extra: Record<string, string> = {}) =>
      runBegrotingStap(db.prisma, { regeling: GR, jaar: "2026", stap: s, datum, ...extra });
    expect(await stap("bestaat_niet", "2025-04-10")).toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("Mogelijk: kaders_verzonden"),
    });
    expect(
      await runBegrotingStap(db.prisma, { regeling: GR, jaar: "2030", stap: "kaders_verzonden", datum: "2025-04-10" }),
    ).toMatchObject({ exitCode: 2, message: expect.stringContaining("gr-volg begroting start") });
    expect((await stap("kaders_verzonden", "10-04-2025")).exitCode).toBe(2);
    expect(await stap("kaders_verzonden", "2025-04-10")).toMatchObject({ exitCode: 0 });
    expect(await stap("ontwerp_verzonden", "2025-05-01", { aanbieding: "2025-07-01" })).toMatchObject({
      exitCode: 3,
      message: expect.stringContaining("twaalf weken"),
    });
    expect(await stap("ontwerp_verzonden", "2025-05-01", { aanbieding: "2025-07-24" })).toMatchObject({ exitCode: 0 });

    // Almere's griffie gives a zienswijze (the griffie's own form; not the CLI's job); the others give none.
    const regeling = await db.prisma.regeling.findUniqueOrThrow({
      where: { slug: GR },
      include: { participants: { include: { gemeente: true } } },
    });
    const procedureId = (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId: regeling.id, jaar: 2026 } }))
      .id;
    for (const p of regeling.participants.filter((x) => x.scope === "FULL")) {
      const griffier = { id: `u-griffier-${p.gemeente.slug}`, role: "GRIFFIER" as const, gemeenteId: p.gemeenteId };
      const zienswijze =
        p.gemeente.slug === "almere"
          ? {
              soort: "zienswijze",
              points: [{ onderwerp: "Indexatie", verwijzing: "Programma 2", tekst: "Volg de cao." }],
            }
          : { soort: "geen" };
      await runCommand(
        db.prisma,
        griffier,
        submitBegrotingZienswijze,
        { ...zienswijze, procedureId, participantId: p.id, date: "2025-06-10" },
        { now: new Date("2025-06-11T10:00:00Z") },
      );
    }
    expect(await stap("begroting_vastgesteld", "2025-07-24")).toMatchObject({
      exitCode: 3,
      message: expect.stringContaining("Almere (zienswijze nog niet beantwoord)"),
    });
    const antwoord = (gemeente: string) =>
      runBegrotingAntwoord(db.prisma, {
        regeling: GR,
        jaar: "2026",
        gemeente,
        datum: "2025-07-06",
        motivering: "De indexatie volgt de cao.",
      });
    expect(await antwoord("zeewolde")).toMatchObject({ exitCode: 3 });
    expect(await antwoord("bestaat-niet")).toMatchObject({ exitCode: 2 });
    expect(await antwoord("almere")).toMatchObject({ exitCode: 0, message: expect.stringContaining("Almere") });
    expect(await stap("begroting_vastgesteld", "2025-07-24", { besluitnummer: "AB-2025-9" })).toMatchObject({
      exitCode: 0,
    });
    expect(await stap("naar_gs_verzonden", "2025-07-28")).toMatchObject({ exitCode: 0 });
    const cycle = await loadBegrotingCycle(db.prisma, procedureId);
    expect(cycle?.status).toBe("naar_gs_verzonden");
    expect(cycle?.raden.find((r) => r.naam === "Almere")?.antwoord?.motivering).toBe("De indexatie volgt de cao.");
  });

  it("records the jaarrekening 2025 (in 2026) and prints the late step's warnings", async () => {
    expect(await runBegrotingStart(db.prisma, { regeling: GR, jaar: "2025" })).toMatchObject({ exitCode: 0 });
    const stap = (s: string, datum: string, extra: Record<string, string> = {}) =>
      runBegrotingStap(db.prisma, { regeling: GR, jaar: "2025", stap: s, datum, ...extra });
    expect(await stap("jaarrekening_vastgesteld", "2026-07-01")).toMatchObject({ exitCode: 3 });
    expect(await stap("voorlopige_jaarrekening_verzonden", "2025-12-31")).toMatchObject({
      exitCode: 3,
      message: expect.stringContaining("na afloop van 2025"),
    });
    expect(await stap("voorlopige_jaarrekening_verzonden", "2026-05-04")).toEqual({
      exitCode: 0,
      message:
        'Stap "voorlopige_jaarrekening_verzonden" geregistreerd voor "Begroting 2025 – Gemeenschappelijke Regeling Sociaal Domein Flevoland" (2026-05-04).' +
        "\nLet op: Voorlopige jaarrekening later dan 2026-04-30 naar de raden verzonden (Wgr art. 34b).",
    });
    expect(await stap("jaarrekening_vastgesteld", "2026-07-01", { besluitnummer: "AB-2026-3" })).toMatchObject({
      exitCode: 0,
    });
    expect(await stap("jaarrekening_naar_gs", "2026-07-08")).toMatchObject({ exitCode: 0 });
    const procedure = await db.prisma.procedure.findFirstOrThrow({
      where: { jaar: 2025, kind: "BEGROTING_ZIENSWIJZE" },
    });
    expect((await loadBegrotingCycle(db.prisma, procedure.id))?.jaarrekening).toMatchObject({
      status: "naar_gs_verzonden",
      besluitnummer: "AB-2026-3",
      gsSentOn: "2026-07-08",
    });
  });

  it("every step is audited with no person and the secretariat's role", async () => {
    const rows = await auditTypes();
    expect(rows.length).toBeGreaterThan(0);
    const fromCli = rows.filter(
      ([type]) => !String(type).includes("zienswijze_ingediend") && !String(type).includes("geen_zienswijze"),
    );
    expect(fromCli.every(([, actorId, role]) => actorId === null && role === "SECRETARIAAT")).toBe(true);
    expect(fromCli.map(([t]) => t)).toContain("begroting_naar_gs_verzonden");
  });
});
