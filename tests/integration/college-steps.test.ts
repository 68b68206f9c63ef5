import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETARIAAT_USER, openGrScenario, toestemmingByUrk } from "./helpers/gr-scenario";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { runCommand } from "@/lib/commands";

let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
let procedureId: string;
const ids: Record<string, string> = {};
const gemeenteIds: Record<string, string> = {};
const secretariaat = SECRETARIAAT_USER;
const now = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  const opened = await openGrScenario(now, toestemmingByUrk);
  db = opened.db;
  procedureId = opened.gr.procedureId;
  Object.assign(ids, opened.gr.participants);
  Object.assign(gemeenteIds, opened.gr.gemeenten);
});
afterAll(async () => db?.close());

const step = (input: Record<string, unknown>, user: unknown = secretariaat) =>
  runCommand(db.prisma, user as never, recordCollegeStep, { procedureId, ...input }, { now });

describe("college steps: collegebesluit, ondertekening, own bekendmaking", () => {
  it("refuses signing before the collegebesluit and before the own raad's toestemming (R6), writing nothing", async () => {
    const audit = await db.prisma.auditEvent.count();
    const early = await step({ step: "ondertekend", participantId: ids.urk, date: "2026-11-01" });
    expect(early.ok).toBe(false);
    const noConsent = await step({ step: "collegebesluit_genomen", participantId: ids.almere, date: "2026-11-01" });
    expect(noConsent.ok).toBe(false);
    if (!noConsent.ok) expect(noConsent.message).toMatch(/toestemming/);
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });

  it("lets the own college record its besluit, then the signature and the own publication, each with a besluit row", async () => {
    const college = { id: "u-college-urk", role: "COLLEGE" as const, gemeenteId: gemeenteIds.urk };
    expect(
      await step(
        { step: "collegebesluit_genomen", participantId: ids.urk, date: "2026-10-20", besluitnummer: "B&W-2026-88" },
        college,
      ),
    ).toMatchObject({ ok: true });
    expect(await step({ step: "ondertekend", participantId: ids.urk, date: "2026-11-02" }, college)).toMatchObject({
      ok: true,
    });
    expect(
      await step({
        step: "besluit_bekendgemaakt",
        participantId: ids.urk,
        date: "2026-11-05",
        reference: "Gemeenteblad 2026, 1234",
      }),
    ).toMatchObject({ ok: true });
    const track = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: ids.urk, kind: "COLLEGE" } },
    });
    expect(track.status).toBe("besluit_bekendgemaakt");
    const besluiten = await db.prisma.besluit.findMany({
      where: { procedureId, participantId: ids.urk },
      orderBy: { besluitdatum: "asc" },
    });
    expect(besluiten.map((b) => b.type)).toEqual([
      "GEEN_ZIENSWIJZE", // the raad's besluiten from the scenario
      "TOESTEMMING",
      "COLLEGEBESLUIT",
      "ONDERTEKENING",
      "BEKENDMAKING",
    ]);
    expect(besluiten[4].publicatieVindplaats).toBe("Gemeenteblad 2026, 1234");
  });

  it("a college acts only for its own gemeente; other roles and bad input are refused", async () => {
    const otherCollege = { id: "u-college-almere", role: "COLLEGE" as const, gemeenteId: gemeenteIds.almere };
    const cases: [Record<string, unknown>, unknown, RegExp][] = [
      [{ step: "ondertekend", participantId: ids.urk, date: "2026-11-10" }, otherCollege, /eigen gemeente/],
      [
        { step: "ondertekend", participantId: ids.urk, date: "2026-11-10" },
        { id: "g", role: "GRIFFIER", gemeenteId: gemeenteIds.urk },
        /geen toestemming/,
      ],
      [{ step: "ondertekend", participantId: ids.urk, date: "2026-11-31" }, secretariaat, /Controleer/],
      [{ step: "tekenen", participantId: ids.urk, date: "2026-11-10" }, secretariaat, /Controleer/],
      [{ step: "ondertekend", participantId: "onbekend", date: "2026-11-10" }, secretariaat, /bestaat niet/],
      // Whoever may never record college steps does not learn whether a procedure exists.
      [
        { step: "ondertekend", participantId: "onbekend", date: "2026-11-10" },
        { id: "r", role: "RAADSLID", gemeenteId: gemeenteIds.urk },
        /geen toestemming/,
      ],
      [{ step: "ondertekend", participantId: "onbekend", date: "2026-11-10" }, null, /ingelogd/],
    ];
    for (const [input, user, message] of cases) {
      const r = await step(input, user);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});
