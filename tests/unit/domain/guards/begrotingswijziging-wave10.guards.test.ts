/**
 * Guards of lib/domain/procedures/begrotingswijziging.ts found surviving in the wave-10 mutation run (issue 20 point
 * 13): the refusals of Wgr art. 35 lid 5 (the ontwerpbegroting's route applied to a wijziging) with the Dutch texts the
 * secretariat sees, the table refusals, and the audit subject of each step.
 */
import { describe, expect, it } from "vitest";
import {
  createBegrotingswijziging,
  transitionBegrotingswijziging,
  type BegrotingswijzigingEvent,
  type BegrotingswijzigingState,
  type RefusalCode,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2026-12-01";
const PARTS = PARTICIPANTS.slice(0, 2);
const fresh = (categorieen: string[] = []) =>
  createBegrotingswijziging({
    id: "w1",
    year: 2026,
    titel: "1e wijziging 2026",
    categorie: "technisch",
    participants: PARTS,
    vrijstelling: { categorieen },
  });
const sent: BegrotingswijzigingEvent = {
  type: "wijziging_verzonden",
  sentOn: "2026-03-02",
  aanbiedingOn: "2026-05-25",
};
const zienswijze = (decidedOn = "2026-05-01", text = "Dekking uit programma 2."): BegrotingswijzigingEvent => ({
  type: "wijziging_zienswijze",
  participantId: "almere",
  decidedOn,
  text,
});
const geen = (decidedOn = "2026-05-02"): BegrotingswijzigingEvent => ({
  type: "wijziging_geen_zienswijze",
  participantId: "dronten",
  decidedOn,
});
const antwoord = (answeredOn = "2026-05-20", motivation = "Dekking uit reserve."): BegrotingswijzigingEvent => ({
  type: "wijziging_beantwoord",
  participantId: "almere",
  answeredOn,
  motivation,
});
const vastgesteld = (decidedOn = "2026-05-25"): BegrotingswijzigingEvent => ({
  type: "wijziging_vastgesteld",
  decidedOn,
});

function success(s: BegrotingswijzigingState, e: BegrotingswijzigingEvent) {
  const r = transitionBegrotingswijziging(s, e, ctxOn(TODAY));
  if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
  return r;
}
function run(events: BegrotingswijzigingEvent[], s = fresh()) {
  for (const e of events) s = success(s, e).state;
  return s;
}
function refused(s: BegrotingswijzigingState, e: BegrotingswijzigingEvent, code: RefusalCode): string {
  const before = structuredClone(s);
  const r = transitionBegrotingswijziging(s, e, ctxOn(TODAY));
  expect(s).toEqual(before);
  if (r.ok) throw new Error(`expected a refusal (${code}) of ${e.type}`);
  expect(r.code).toBe(code);
  return r.message;
}

describe("begrotingswijziging, the bestuur's steps (Wgr art. 35 lid 5)", () => {
  it("a new wijziging: every raad has not received it yet, no warnings", () => {
    expect(fresh()).toMatchObject({
      status: "in_voorbereiding",
      vrijgesteld: false,
      raden: { almere: { status: "nog_niet_ontvangen" }, dronten: { status: "nog_niet_ontvangen" } },
      warnings: [],
    });
  });

  it("an exempt category is not sent for a zienswijze; the refusal names the category and the article", () => {
    expect(refused(fresh(["technisch"]), sent, "ongeldige_overgang")).toBe(
      'De regeling zondert wijzigingen van de categorie "technisch" uit van de zienswijzeprocedure (artikel 35, vijfde lid, Wgr): stel de wijziging direct vast.',
    );
  });

  it("each step once: the table refuses sending twice and adopting twice", () => {
    expect(refused(run([sent]), sent, "ongeldige_overgang")).toMatch(/^Stap "wijziging_verzonden" kan niet/);
    const adopted = run([sent, geen(), vastgesteld()]);
    expect(refused(adopted, vastgesteld("2026-06-01"), "ongeldige_overgang")).toMatch(
      /^Stap "wijziging_vastgesteld" kan niet in de status "Begrotingswijziging vastgesteld"/,
    );
  });

  it("a raad step without a participant is refused by the bestuur's table, not looked up as a raad", () => {
    const e = { type: "wijziging_geen_zienswijze", decidedOn: "2026-04-01" } as unknown as BegrotingswijzigingEvent;
    expect(refused(run([sent]), e, "ongeldige_overgang")).toMatch(/^Stap "wijziging_geen_zienswijze" kan niet/);
  });

  it("sending: a valid date and a valid planned aanbieding, twelve weeks later at the earliest", () => {
    expect(refused(fresh(), { ...sent, sentOn: "2 maart" }, "ongeldige_datum")).toContain(
      "Datum verzending: ongeldige datum",
    );
    expect(refused(fresh(), { ...sent, aanbiedingOn: "later" }, "ongeldige_datum")).toBe(
      'Datum aanbieding aan het algemeen bestuur: ongeldige datum "later" (gebruik JJJJ-MM-DD).',
    );
    expect(refused(fresh(), { ...sent, aanbiedingOn: "2026-05-24" }, "datum_te_vroeg")).toBe(
      "Ook een begrotingswijziging gaat twaalf weken vóór de aanbieding naar de raden (artikel 35, eerste en vijfde lid, Wgr). Plan de aanbieding op of na 2026-05-25.",
    );
    const r = success(fresh(), sent);
    expect(r.event).toMatchObject({ subject: { kind: "begroting", id: "w1" }, from: "in_voorbereiding" });
  });

  it("vaststelling: not before the aanbieding, not without the zienswijze route, not with an unanswered zienswijze", () => {
    expect(refused(run([sent, geen()]), vastgesteld("2026-05-24"), "datum_te_vroeg")).toBe(
      "Datum vaststelling (2026-05-24) ligt vóór de aanbieding aan het algemeen bestuur (2026-05-25).",
    );
    expect(refused(fresh(), vastgesteld(), "vereiste_stap_ontbreekt")).toBe(
      "Een begrotingswijziging gaat eerst voor een zienswijze naar de raden, tenzij de regeling haar categorie uitzondert (artikel 35, vijfde lid, Wgr).",
    );
    expect(refused(run([sent, zienswijze(), geen()]), vastgesteld(), "vereiste_stap_ontbreekt")).toBe(
      "De begrotingswijziging kan nog niet worden vastgesteld: Almere (zienswijze nog niet beantwoord).",
    );
    const dronten: BegrotingswijzigingEvent = {
      type: "wijziging_zienswijze",
      participantId: "dronten",
      decidedOn: "2026-05-02",
      text: "Geen dekking uit de reserve.",
    };
    const both = run([sent, zienswijze(), dronten]);
    expect(refused(both, vastgesteld(), "vereiste_stap_ontbreekt")).toBe(
      "De begrotingswijziging kan nog niet worden vastgesteld: Almere (zienswijze nog niet beantwoord), Dronten (zienswijze nog niet beantwoord).",
    );
    const r = success(run([sent, zienswijze(), geen(), antwoord()]), vastgesteld());
    expect(r.state.vaststelling).toEqual({ decidedOn: "2026-05-25" });
    expect(r.event.subject).toEqual({ kind: "begroting", id: "w1" });
  });
});

describe("begrotingswijziging, a raad's steps (Wgr art. 35 lid 3 via lid 5)", () => {
  it("the raad's table refusal names the raad and the raad's status", () => {
    expect(refused(fresh(), geen("2026-04-01"), "ongeldige_overgang")).toBe(
      'Stap "wijziging_geen_zienswijze" voor Dronten kan niet in de status "Nog niet ontvangen". Dat kan alleen vanuit: "Begrotingswijziging ontvangen".',
    );
  });

  it("no raad step after the vaststelling", () => {
    const adopted = run([sent, geen(), vastgesteld()]);
    expect(refused(adopted, zienswijze("2026-06-01"), "vereiste_stap_ontbreekt")).toBe(
      "De begrotingswijziging is al vastgesteld.",
    );
  });

  it("zienswijze and geen zienswijze: a raadsbesluit not before the sending, a zienswijze with a text", () => {
    const s = run([sent]);
    expect(refused(s, zienswijze("2026-03-01"), "datum_te_vroeg")).toBe(
      "Datum raadsbesluit (2026-03-01) ligt vóór de verzending (2026-03-02).",
    );
    expect(refused(s, zienswijze("2026-04-01", " "), "ongeldige_invoer")).toBe(
      "De tekst van de zienswijze is verplicht.",
    );
    expect(refused(s, geen("2026-03-01"), "datum_te_vroeg")).toBe(
      "Datum raadsbesluit (2026-03-01) ligt vóór de verzending (2026-03-02).",
    );
    const r = success(s, zienswijze());
    expect(r.event).toMatchObject({ subject: { kind: "begroting", id: "w1:raad:almere" }, to: "zienswijze_ingediend" });
  });

  it("the bestuur's answer: not before the zienswijze, with a motivation, recorded on the raad", () => {
    const s = run([sent, zienswijze()]);
    expect(refused(s, antwoord("2026-04-30"), "datum_te_vroeg")).toBe(
      "Datum antwoord (2026-04-30) ligt vóór de zienswijze (2026-05-01).",
    );
    expect(refused(s, antwoord("2026-05-20", ""), "ongeldige_invoer")).toBe(
      "Het bestuur antwoordt schriftelijk en gemotiveerd; de motivering is verplicht.",
    );
    expect(success(s, antwoord()).state.raden.almere.answer).toEqual({
      answeredOn: "2026-05-20",
      motivation: "Dekking uit reserve.",
    });
    const noZienswijze = { ...s, raden: { ...s.raden, almere: { status: "zienswijze_ingediend" as const } } };
    expect(() => transitionBegrotingswijziging(noZienswijze, antwoord(), ctxOn(TODAY))).toThrow(
      "Interne fout: de zienswijze ontbreekt",
    );
  });
});
