/**
 * Begrotingswijziging (Wgr art. 35 lid 5): the ontwerpbegroting's zienswijze route applies, unless the regeling
 * exempts the wijziging's category (data, default none). Also pins each guard of begrotingswijziging.ts.
 */
import { describe, expect, it } from "vitest";
import {
  createBegrotingswijziging,
  transitionBegrotingswijziging,
  type BegrotingswijzigingEvent,
  type BegrotingswijzigingState,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "./fixtures";

const TODAY = "2026-12-01";
const PARTS = PARTICIPANTS.slice(0, 2);
const [A, B] = PARTS.map((p) => p.id);
const regulier = (vrijstelling?: { categorieen: string[] }, categorie = "technisch") =>
  createBegrotingswijziging({
    id: "w1",
    year: 2026,
    titel: "1e wijziging 2026",
    categorie,
    participants: PARTS,
    vrijstelling,
  });

function run(s: BegrotingswijzigingState, events: BegrotingswijzigingEvent[]) {
  for (const e of events) {
    const r = transitionBegrotingswijziging(s, e, ctxOn(TODAY));
    if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
    s = r.state;
  }
  return s;
}
function code(s: BegrotingswijzigingState, e: BegrotingswijzigingEvent) {
  const before = structuredClone(s);
  const r = transitionBegrotingswijziging(s, e, ctxOn(TODAY));
  expect(s).toEqual(before);
  return r.ok ? "toegestaan" : r.code;
}
const sent: BegrotingswijzigingEvent = {
  type: "wijziging_verzonden",
  sentOn: "2026-03-02",
  aanbiedingOn: "2026-05-25",
};

describe("begrotingswijziging (Wgr art. 35 lid 5)", () => {
  it("without an exemption (the default) follows the zienswijze route: sent, zienswijze, answer, vastgesteld", () => {
    const s0 = regulier();
    expect(s0.vrijgesteld).toBe(false);
    const s = run(s0, [
      sent,
      { type: "wijziging_zienswijze", participantId: A, decidedOn: "2026-05-01", text: "1. Programma 2: dekking." },
      { type: "wijziging_geen_zienswijze", participantId: B, decidedOn: "2026-05-02" },
      { type: "wijziging_beantwoord", participantId: A, answeredOn: "2026-05-20", motivation: "Dekking uit reserve." },
      { type: "wijziging_vastgesteld", decidedOn: "2026-05-25" },
    ]);
    expect(s.status).toBe("vastgesteld");
    expect(s.raden[A]).toMatchObject({ status: "beantwoord", deadline: { end: "2026-05-24" } });
    expect(s.raden[B].status).toBe("geen_zienswijze");
  });

  it("refuses a direct vaststelling when the category is not exempt (also when another category is)", () => {
    expect(code(regulier(), { type: "wijziging_vastgesteld", decidedOn: "2026-05-25" })).toBe(
      "vereiste_stap_ontbreekt",
    );
    const other = regulier({ categorieen: ["technisch"] }, "beleidsmatig");
    expect(other.vrijgesteld).toBe(false);
    expect(code(other, { type: "wijziging_vastgesteld", decidedOn: "2026-05-25" })).toBe("vereiste_stap_ontbreekt");
  });

  it("an exempt category is adopted directly, and is not sent to the raden for a zienswijze", () => {
    const s = regulier({ categorieen: ["technisch"] });
    expect(s.vrijgesteld).toBe(true);
    expect(code(s, sent)).toBe("ongeldige_overgang");
    expect(run(s, [{ type: "wijziging_vastgesteld", decidedOn: "2026-05-25" }]).status).toBe("vastgesteld");
    const none = createBegrotingswijziging({ id: "w", year: 2026, titel: "t", participants: PARTS });
    expect(none.vrijgesteld).toBe(false);
  });

  it("twelve weeks between sending and aanbieding (art. 35 lid 1 via lid 5); default aanbieding is twelve weeks", () => {
    expect(code(regulier(), { ...sent, aanbiedingOn: "2026-05-24" })).toBe("datum_te_vroeg");
    expect(code(regulier(), { ...sent, aanbiedingOn: "2026-05-25" })).toBe("toegestaan");
    expect(run(regulier(), [{ type: "wijziging_verzonden", sentOn: "2026-03-02" }]).aanbiedingOn).toBe("2026-05-25");
    expect(code(regulier(), { type: "wijziging_verzonden", sentOn: "2026-12-02" })).not.toBe("toegestaan");
  });

  it("no vaststelling before the aanbieding, nor while a zienswijze is unanswered", () => {
    const s = run(regulier(), [sent]);
    expect(code(s, { type: "wijziging_vastgesteld", decidedOn: "2026-05-24" })).toBe("datum_te_vroeg");
    const open = run(s, [{ type: "wijziging_zienswijze", participantId: A, decidedOn: "2026-05-01", text: "x" }]);
    expect(code(open, { type: "wijziging_vastgesteld", decidedOn: "2026-05-25" })).toBe("vereiste_stap_ontbreekt");
  });

  it("the raad's steps: not before the sending, text and motivation required, answer not before the zienswijze", () => {
    const s = run(regulier(), [sent]);
    expect(code(s, { type: "wijziging_zienswijze", participantId: A, decidedOn: "2026-03-01", text: "x" })).toBe(
      "datum_te_vroeg",
    );
    expect(code(s, { type: "wijziging_zienswijze", participantId: A, decidedOn: "2026-04-01", text: " " })).not.toBe(
      "toegestaan",
    );
    expect(code(s, { type: "wijziging_geen_zienswijze", participantId: A, decidedOn: "2026-03-01" })).toBe(
      "datum_te_vroeg",
    );
    expect(code(s, { type: "wijziging_beantwoord", participantId: A, answeredOn: "2026-04-01", motivation: "m" })).toBe(
      "ongeldige_overgang",
    );
    const z = run(s, [{ type: "wijziging_zienswijze", participantId: A, decidedOn: "2026-04-01", text: "x" }]);
    expect(code(z, { type: "wijziging_beantwoord", participantId: A, answeredOn: "2026-03-31", motivation: "m" })).toBe(
      "datum_te_vroeg",
    );
    expect(
      code(z, { type: "wijziging_beantwoord", participantId: A, answeredOn: "2026-04-02", motivation: " " }),
    ).not.toBe("toegestaan");
    expect(code(regulier(), { type: "wijziging_geen_zienswijze", participantId: A, decidedOn: "2026-04-01" })).toBe(
      "ongeldige_overgang",
    );
    expect(code(s, { type: "wijziging_geen_zienswijze", participantId: "onbekend", decidedOn: "2026-04-01" })).not.toBe(
      "toegestaan",
    );
  });

  it("no raad step after the vaststelling", () => {
    const s = run(regulier(), [
      sent,
      { type: "wijziging_geen_zienswijze", participantId: A, decidedOn: "2026-04-01" },
      { type: "wijziging_vastgesteld", decidedOn: "2026-05-25" },
    ]);
    expect(code(s, { type: "wijziging_geen_zienswijze", participantId: B, decidedOn: "2026-06-01" })).toBe(
      "vereiste_stap_ontbreekt",
    );
  });
});
