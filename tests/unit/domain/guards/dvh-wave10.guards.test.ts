/**
 * Survivors of lib/domain/procedures/dienstverleningshandvest.ts in the wave-10 mutation run (issue 20 point 13).
 * R23 (docs/rules.md): outside the regeling the handvest follows college decision-making; only the colleges of
 * participants within its scope decide (R13), and a raad is informed after the LAST collegebesluit.
 */
import { describe, expect, it } from "vitest";
import { createDvh, transitionDvh, type DvhEvent, type DvhState, type RefusalCode } from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2026-12-01";
// Almere and Dronten are full participants; Zeewolde takes part by an addendum for zorg_en_veiligheid only.
const PARTS = [PARTICIPANTS[0], PARTICIPANTS[1], PARTICIPANTS[5]];
const concept: DvhEvent = { type: "concept_opgesteld", documentVersionId: "dvh2", createdOn: "2026-06-01" };
const bosd: DvhEvent = { type: "bosd_akkoord", decision: { documentVersionId: "dvh2", decidedOn: "2026-06-10" } };
const college = (participantId: string, decidedOn: string, documentVersionId = "dvh2"): DvhEvent => ({
  type: "collegebesluit",
  participantId,
  decision: { documentVersionId, decidedOn },
});
const informed = (participantId: string, informedOn: string): DvhEvent => ({
  type: "raad_geinformeerd",
  participantId,
  informedOn,
});

function success(s: DvhState, e: DvhEvent) {
  const r = transitionDvh(s, e, ctxOn(TODAY));
  if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
  return r;
}
const run = (events: DvhEvent[]) =>
  events.reduce(
    (s, e) => success(s, e).state,
    createDvh({ id: "dvh", partOfRegeling: false, topics: ["jeugd"], participants: PARTS }),
  );
function refused(s: DvhState, e: DvhEvent, code: RefusalCode): string {
  const before = structuredClone(s);
  const r = transitionDvh(s, e, ctxOn(TODAY));
  expect(s).toEqual(before);
  if (r.ok) throw new Error(`expected a refusal (${code}) of ${e.type}`);
  expect(r.code).toBe(code);
  return r.message;
}

describe("R23 dienstverleningshandvest: scope, texts and the last collegebesluit", () => {
  it("a college outside the handvest's scope does not decide, and is not waited for (R13)", () => {
    const s = run([concept, bosd]);
    expect(refused(s, college("zeewolde", "2026-06-20"), "buiten_reikwijdte")).toContain("Zeewolde neemt alleen deel");
    const all = run([concept, bosd, college("almere", "2026-06-20"), college("dronten", "2026-06-21")]);
    expect(all.status).toBe("vastgesteld");
    expect(refused(all, informed("zeewolde", "2026-06-22"), "buiten_reikwijdte")).toContain("Zeewolde");
    expect(refused(all, informed("onbekend", "2026-06-22"), "onbekende_deelnemer")).toBe(
      'Onbekende deelnemer "onbekend" in deze procedure.',
    );
  });

  it("each refusal names its field and what it follows", () => {
    expect(refused(run([]), { ...concept, createdOn: "1 juni" }, "ongeldige_datum")).toContain(
      "Datum concept: ongeldige datum",
    );
    const bosdEarly = { ...bosd, decision: { documentVersionId: "dvh2", decidedOn: "2026-05-31" } };
    expect(refused(run([concept]), bosdEarly, "datum_te_vroeg")).toBe(
      "Besluitdatum (2026-05-31) ligt vóór het concept (2026-06-01).",
    );
    const s = run([concept, bosd, college("almere", "2026-06-20")]);
    expect(refused(s, college("almere", "2026-06-21"), "ongeldige_invoer")).toBe(
      "Het college van Almere heeft al besloten.",
    );
    expect(refused(s, college("dronten", "2026-06-09"), "datum_te_vroeg")).toBe(
      "Besluitdatum (2026-06-09) ligt vóór het akkoord van het BOSD (2026-06-10).",
    );
    const noBosd = { ...s, bosdAkkoord: undefined };
    expect(() => transitionDvh(noBosd, college("dronten", "2026-06-21"), ctxOn(TODAY))).toThrow(
      "Interne fout: het akkoord van het BOSD ontbreekt",
    );
  });

  it("a raad is informed after the latest collegebesluit, not after the last one recorded", () => {
    // Almere's college decided later than Dronten's, but was recorded first.
    const s = run([concept, bosd, college("almere", "2026-06-25"), college("dronten", "2026-06-20")]);
    expect(refused(s, informed("almere", "2026-06-24"), "datum_te_vroeg")).toBe(
      "Datum informeren raad (2026-06-24) ligt vóór het laatste collegebesluit (2026-06-25).",
    );
    const r = success(s, informed("almere", "2026-06-25"));
    expect(r.event).toMatchObject({ subject: { kind: "dienstverleningshandvest", id: "dvh" }, to: "vastgesteld" });
  });
});
