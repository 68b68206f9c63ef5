/**
 * Guards of lib/domain/procedures/begroting.ts found surviving in the wave-10 mutation run (issue 20 point 13):
 * each refusal of the begroting zienswijze (Wgr art. 34, 34b, 35 as amended 1-7-2022; docs/rules.md R17) pinned by
 * its own test, with the Dutch text the secretariat sees, and the state left untouched.
 */
import { describe, expect, it } from "vitest";
import {
  begrotingDeadlines,
  createBegroting,
  firstOwnBegrotingsjaar,
  transitionBegroting,
  type BegrotingEvent,
  type BegrotingRaadState,
  type BegrotingState,
  type RefusalCode,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2027-12-01";
const fresh = (): BegrotingState =>
  createBegroting({ id: "b2028", year: 2028, participants: PARTICIPANTS.slice(0, 2) });

const sent: BegrotingEvent = { type: "ontwerp_verzonden", documentVersionId: "ob1", sentOn: "2027-03-05" };
const recA: BegrotingEvent = { type: "ontwerp_ontvangen", participantId: "almere", receivedOn: "2027-03-06" };
const recD: BegrotingEvent = { type: "ontwerp_ontvangen", participantId: "dronten", receivedOn: "2027-03-08" };
const zienswijzeA = (
  decidedOn = "2027-05-20",
  text = "Lagere indexatie.",
  documentVersionId = "ob1",
): BegrotingEvent => ({
  type: "zienswijze_ingediend",
  participantId: "almere",
  decision: { documentVersionId, decidedOn },
  text,
});
const geenD = (decidedOn = "2027-05-21"): BegrotingEvent => ({
  type: "geen_zienswijze",
  participantId: "dronten",
  decidedOn,
});
const antwoordA = (answeredOn = "2027-06-01", motivation = "Indexatie volgt de cao."): BegrotingEvent => ({
  type: "zienswijze_beantwoord",
  participantId: "almere",
  answeredOn,
  motivation,
});
const vastgesteld = (decidedOn = "2027-06-10", documentVersionId = "ob1"): BegrotingEvent => ({
  type: "begroting_vastgesteld",
  decision: { documentVersionId, decidedOn },
});

function success(s: BegrotingState, e: BegrotingEvent, today = TODAY) {
  const r = transitionBegroting(s, e, ctxOn(today));
  if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
  return r;
}
function run(events: BegrotingEvent[], s = fresh()): BegrotingState {
  for (const e of events) s = success(s, e).state;
  return s;
}
/** Asserts the refusal's code and that the state is untouched; returns the Dutch message. */
function refused(s: BegrotingState, e: BegrotingEvent, code: RefusalCode, today = TODAY): string {
  const before = structuredClone(s);
  const r = transitionBegroting(s, e, ctxOn(today));
  expect(s).toEqual(before);
  if (r.ok) throw new Error(`expected a refusal (${code}) of ${e.type}`);
  expect(r.code).toBe(code);
  return r.message;
}
/** Both raden have answered or declined: only the bestuur's own rules stand in the way of the vaststelling. */
const allAnswered = () => run([sent, recA, recD, zienswijzeA(), geenD(), antwoordA()]);

describe("begroting, a raad's steps (Wgr art. 35 lid 3)", () => {
  it("a raad step of a participant outside the begroting is refused", () => {
    const e: BegrotingEvent = { type: "ontwerp_ontvangen", participantId: "zeewolde", receivedOn: "2027-03-06" };
    expect(refused(run([sent]), e, "onbekende_deelnemer")).toBe('Onbekende deelnemer "zeewolde" in deze procedure.');
  });

  it("a raad step without a participant is refused by the bestuur's table, not looked up as a raad", () => {
    const e = { type: "ontwerp_ontvangen", receivedOn: "2027-03-06" } as unknown as BegrotingEvent;
    expect(refused(run([sent]), e, "ongeldige_overgang")).toBe(
      'Stap "ontwerp_ontvangen" kan niet in de status "Ontwerpbegroting naar de raden".',
    );
  });

  it("a raad's steps follow its own table, and the refusal names the raad", () => {
    const s = run([sent]);
    expect(refused(s, zienswijzeA(), "ongeldige_overgang")).toMatch(
      /^Stap "zienswijze_ingediend" voor Almere kan niet in de status "Nog niet ontvangen"\./,
    );
    expect(refused(s, geenD(), "ongeldige_overgang")).toMatch(/^Stap "geen_zienswijze" voor Dronten/);
  });

  it("no raad step before the ontwerp is sent, nor after the vaststelling", () => {
    const text = "De ontwerpbegroting is nog niet verzonden, of de begroting is al vastgesteld.";
    expect(refused(fresh(), recA, "vereiste_stap_ontbreekt")).toBe(text);
    // Dronten received the ontwerp but let its window pass; the bestuur adopted the begroting after the aanbieding.
    const adopted = run([sent, recA, recD, zienswijzeA(), antwoordA(), vastgesteld()]);
    expect(adopted.status).toBe("vastgesteld");
    expect(refused(adopted, geenD("2027-06-11"), "vereiste_stap_ontbreekt")).toBe(text);
  });

  it("receipt: a valid date, not in the future, not before the sending; the same day is allowed", () => {
    const s = run([sent]);
    const at = (receivedOn: string): BegrotingEvent => ({
      type: "ontwerp_ontvangen",
      participantId: "almere",
      receivedOn,
    });
    expect(refused(s, at("2027-13-01"), "ongeldige_datum")).toContain("Datum ontvangst: ongeldige datum");
    expect(refused(s, at("2027-12-02"), "datum_in_toekomst")).toMatch(
      /^Datum ontvangst \(2027-12-02\) ligt in de toekomst/,
    );
    expect(refused(s, at("2027-03-04"), "datum_te_vroeg")).toBe(
      "Datum ontvangst (2027-03-04) ligt vóór de verzending (2027-03-05).",
    );
    const ok = success(s, at("2027-03-05"));
    expect(ok.state.raden.almere).toMatchObject({ status: "ontvangen", receivedOn: "2027-03-05" });
    expect(ok.event).toMatchObject({
      subject: { kind: "begroting", id: "b2028:raad:almere" },
      from: "nog_niet_ontvangen",
      to: "ontvangen",
    });
  });

  it("zienswijze: on the current version, not before the receipt, with a text; late only after the window", () => {
    const s = run([sent, recA]);
    expect(refused(s, zienswijzeA("2027-05-20", "Tekst", "ob0"), "versie_komt_niet_overeen")).toContain('versie "ob1"');
    expect(refused(s, zienswijzeA("2027-03-05"), "datum_te_vroeg")).toBe(
      "Besluitdatum (2027-03-05) ligt vóór de ontvangst (2027-03-06).",
    );
    expect(refused(s, zienswijzeA("2027-05-20", "  "), "ongeldige_invoer")).toBe(
      "De tekst van de zienswijze is verplicht.",
    );
    // The window ends the day before the aanbieding (2027-05-28): a zienswijze on 2027-05-27 is on time.
    expect(success(s, zienswijzeA("2027-05-27")).state.raden.almere.zienswijze?.late).toBe(false);
    expect(success(s, zienswijzeA("2027-05-28")).state.raden.almere.zienswijze?.late).toBe(true);
  });

  it("geen zienswijze: a valid date, not in the future, not before the receipt", () => {
    const s = run([sent, recD]);
    expect(refused(s, geenD("morgen"), "ongeldige_datum")).toContain("Datum besluit: ongeldige datum");
    expect(refused(s, geenD("2027-12-02"), "datum_in_toekomst")).toMatch(/^Datum besluit \(2027-12-02\)/);
    expect(refused(s, geenD("2027-03-07"), "datum_te_vroeg")).toBe(
      "Datum besluit (2027-03-07) ligt vóór de ontvangst (2027-03-08).",
    );
    expect(success(s, geenD("2027-03-08")).state.raden.dronten.status).toBe("geen_zienswijze");
  });

  it("the bestuur's answer: not before the zienswijze, not in the future, with a motivation (Wgr art. 35 lid 3)", () => {
    const s = run([sent, recA, zienswijzeA()]);
    expect(refused(s, antwoordA("2027-05-19"), "datum_te_vroeg")).toBe(
      "Datum antwoord (2027-05-19) ligt vóór de zienswijze (2027-05-20).",
    );
    expect(refused(s, antwoordA("2027-12-02"), "datum_in_toekomst")).toMatch(/^Datum antwoord \(2027-12-02\)/);
    expect(refused(s, antwoordA("2027-06-01", ""), "ongeldige_invoer")).toBe(
      "Het bestuur antwoordt schriftelijk en gemotiveerd; de motivering is verplicht.",
    );
    const r = success(s, antwoordA("2027-05-20"));
    expect(r.state.raden.almere).toEqual({
      ...s.raden.almere,
      status: "beantwoord",
      answer: { answeredOn: "2027-05-20", motivation: "Indexatie volgt de cao." },
    });
  });

  it("a stored state without the raad's window or zienswijze is a data error, named in the error", () => {
    const s = run([sent, recA]);
    const noWindow = {
      ...s,
      raden: { ...s.raden, almere: { status: "ontvangen" as const, receivedOn: "2027-03-06" } },
    };
    expect(() => transitionBegroting(noWindow, zienswijzeA(), ctxOn(TODAY))).toThrow(
      "Interne fout: de termijn van de raad ontbreekt in de opgeslagen stand.",
    );
    const noZienswijze = {
      ...s,
      raden: { ...s.raden, almere: { ...s.raden.almere, status: "zienswijze_ingediend" as const } },
    };
    expect(() => transitionBegroting(noZienswijze, antwoordA(), ctxOn(TODAY))).toThrow(
      "Interne fout: de zienswijze ontbreekt",
    );
    const noSending = { ...fresh(), status: "ontwerp_verzonden" as const, documentVersionId: "ob1" };
    expect(() => transitionBegroting(noSending, vastgesteld(), ctxOn(TODAY))).toThrow(
      "Interne fout: de verzending ontbreekt",
    );
    const noVaststelling = { ...allAnswered(), status: "vastgesteld" as const };
    expect(() =>
      transitionBegroting(noVaststelling, { type: "naar_gs_verzonden", sentOn: "2027-07-01" }, ctxOn(TODAY)),
    ).toThrow("Interne fout: de vaststelling ontbreekt");
  });
});

describe("begroting, the bestuur's steps (Wgr art. 34, 34b, 35 lid 1)", () => {
  it("kaders: a valid date, not in the future; the event is the begroting's own", () => {
    const at = (sentOn: string): BegrotingEvent => ({ type: "kaders_verzonden", sentOn });
    expect(refused(fresh(), at("30-04-2027"), "ongeldige_datum")).toContain("Datum verzending kaders: ongeldige datum");
    expect(refused(fresh(), at("2027-12-02"), "datum_in_toekomst")).toMatch(/^Datum verzending kaders \(2027-12-02\)/);
    const r = success(fresh(), at("2027-04-30"));
    expect(r.event).toMatchObject({ subject: { kind: "begroting", id: "b2028" }, from: "in_voorbereiding" });
    expect("reason" in r.event).toBe(false);
  });

  it("kaders after 30 April j-1 (art. 34b): the warning is added to the earlier ones and is the event's reason", () => {
    const earlier = { ...fresh(), warnings: ["Eerdere waarschuwing."] };
    const late = success(earlier, { type: "kaders_verzonden", sentOn: "2027-05-01" });
    const warning = "Kaders later dan 2027-04-30 naar de raden verzonden (Wgr art. 34b).";
    expect(late.state.warnings).toEqual(["Eerdere waarschuwing.", warning]);
    expect(late.event.reason).toBe(warning);
    const onTime = success(earlier, { type: "kaders_verzonden", sentOn: "2027-04-30" });
    expect(onTime.state.warnings).toEqual(["Eerdere waarschuwing."]);
    expect("reason" in onTime.event).toBe(false);
  });

  it("ontwerp: a valid sending date, not before the kaders, a valid planned aanbieding", () => {
    expect(refused(fresh(), { ...sent, sentOn: "5 maart" } as BegrotingEvent, "ongeldige_datum")).toContain(
      "Datum verzending: ongeldige datum",
    );
    const kaders = run([{ type: "kaders_verzonden", sentOn: "2027-03-06" }]);
    expect(refused(kaders, sent, "datum_te_vroeg")).toBe(
      "De ontwerpbegroting kan niet vóór de kaders (2027-03-06) zijn verzonden.",
    );
    expect(refused(fresh(), { ...sent, aanbiedingOn: "morgen" } as BegrotingEvent, "ongeldige_datum")).toBe(
      'Datum aanbieding aan het algemeen bestuur: ongeldige datum "morgen" (gebruik JJJJ-MM-DD).',
    );
    // Without a planned aanbieding the state gets no aanbiedingOn key at all (not one holding undefined).
    expect(Object.keys(run([sent]))).not.toContain("aanbiedingOn");
  });

  it("vaststelling: on the sent version, not before the sending, not before the aanbieding", () => {
    const s = allAnswered();
    expect(refused(s, vastgesteld("2027-06-10", "ob0"), "versie_komt_niet_overeen")).toContain('versie "ob1"');
    expect(refused(s, vastgesteld("2027-03-04"), "datum_te_vroeg")).toBe(
      "Besluitdatum (2027-03-04) ligt vóór de verzending (2027-03-05).",
    );
    expect(refused(s, vastgesteld("2027-05-27"), "datum_te_vroeg")).toBe(
      "De begroting kan pas worden vastgesteld na de aanbieding aan het algemeen bestuur, op of na 2027-05-28: de raden hebben twaalf weken voor hun zienswijze (artikel 35 Wgr).",
    );
  });

  it("vaststelling: a raad that has not received the ontwerp blocks it, and is named", () => {
    const s = run([sent, recA, zienswijzeA(), antwoordA()]);
    expect(refused(s, vastgesteld(), "vereiste_stap_ontbreekt")).toBe(
      "De begroting kan nog niet worden vastgesteld: Dronten (nog niet ontvangen).",
    );
    expect(refused(run([sent]), vastgesteld(), "vereiste_stap_ontbreekt")).toBe(
      "De begroting kan nog niet worden vastgesteld: Almere (nog niet ontvangen), Dronten (nog niet ontvangen).",
    );
  });

  it("vaststelling: a raad whose stored window still runs (older data) blocks it up to and including the last day", () => {
    // Before the art. 35 reading of issue 20 the window ran from receipt; a stored state can still carry it.
    const s = run([sent, recA, recD, geenD("2027-03-20")]);
    const older = (r: BegrotingRaadState): BegrotingRaadState => ({
      ...r,
      deadline: r.deadline && { ...r.deadline, end: "2027-06-30" },
    });
    const old = { ...s, raden: { almere: older(s.raden.almere), dronten: older(s.raden.dronten) } };
    const text = "De begroting kan nog niet worden vastgesteld: Almere (termijn loopt tot en met 2027-06-30).";
    expect(refused(old, vastgesteld("2027-06-10"), "vereiste_stap_ontbreekt")).toBe(text);
    expect(refused(old, vastgesteld("2027-06-30"), "vereiste_stap_ontbreekt")).toBe(text);
    expect(success(old, vastgesteld("2027-07-01")).state.status).toBe("vastgesteld");
    const noWindow = {
      ...s,
      raden: { ...s.raden, almere: { status: "ontvangen" as const, receivedOn: "2027-03-06" } },
    };
    expect(() => transitionBegroting(noWindow, vastgesteld(), ctxOn(TODAY))).toThrow(
      "Interne fout: de termijn van de raad ontbreekt",
    );
  });

  describe("to Gedeputeerde Staten (Wgr art. 34 lid 2)", () => {
    const toGs = (sentOn: string): BegrotingEvent => ({ type: "naar_gs_verzonden", sentOn });
    const adopted = (decidedOn = "2027-06-10") => ({
      ...run([vastgesteld(decidedOn)], allAnswered()),
      warnings: ["Eerdere waarschuwing."],
    });

    it("a valid date, not in the future, not before the vaststelling", () => {
      const s = adopted();
      expect(refused(s, toGs("juni"), "ongeldige_datum")).toContain("Datum verzending aan GS: ongeldige datum");
      expect(refused(s, toGs("2027-12-02"), "datum_in_toekomst")).toMatch(/^Datum verzending aan GS \(2027-12-02\)/);
      expect(refused(s, toGs("2027-06-09"), "datum_te_vroeg")).toBe(
        "Datum verzending aan GS (2027-06-09) ligt vóór de vaststelling (2027-06-10).",
      );
    });

    it("within two weeks and before 15 September no warning; the fifteenth day and 15 September are late", () => {
      const onTime = success(adopted(), toGs("2027-06-24"));
      expect(onTime.state.warnings).toEqual(["Eerdere waarschuwing."]);
      expect(onTime.state).toMatchObject({ status: "naar_gs_verzonden", gsSentOn: "2027-06-24" });
      expect("reason" in onTime.event).toBe(false);
      expect(onTime.event.subject).toEqual({ kind: "begroting", id: "b2028" });
      const twoWeeks = "Later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 2).";
      expect(success(adopted(), toGs("2027-06-25")).state.warnings).toEqual(["Eerdere waarschuwing.", twoWeeks]);
      expect(success(adopted("2027-09-10"), toGs("2027-09-14")).state.warnings).toEqual(["Eerdere waarschuwing."]);
      const september = "Niet vóór 15 september 2027 verzonden aan GS (Wgr art. 34 lid 2).";
      expect(success(adopted("2027-09-10"), toGs("2027-09-15")).state.warnings).toEqual([
        "Eerdere waarschuwing.",
        september,
      ]);
      const both = success(adopted("2027-08-20"), toGs("2027-09-15"));
      expect(both.state.warnings).toEqual(["Eerdere waarschuwing.", twoWeeks, september]);
      expect(both.event.reason).toBe(`${twoWeeks} ${september}`);
    });
  });
});

describe("begroting texts and yearly deadlines (R17)", () => {
  it("firstOwnBegrotingsjaar explains the first own begroting, with the kaders sentence only when they are late", () => {
    expect(firstOwnBegrotingsjaar("2026-05-01").explanation).toBe(
      "De regeling bestaat vanaf 2026-05-01. Het eigen bestuur kan de begroting voor 2027 als eerste zelf vaststellen: " +
        "de ontwerpbegroting gaat twaalf weken vóór de aanbieding naar de raden, de vaststelling valt in 2026 en de begroting is vóór 15 september 2026 bij Gedeputeerde Staten (artikelen 34 en 35 Wgr). " +
        "Voor 2026 en eerdere jaren kan het nieuwe bestuur geen begroting vaststellen: regel dat in een overgangsbepaling. " +
        "De kaders voor 2027 kunnen dan niet vóór 30 april 2026 naar de raden (artikel 34b Wgr).",
    );
    expect(firstOwnBegrotingsjaar("2026-04-30").explanation).toMatch(/regel dat in een overgangsbepaling\.$/);
  });

  it("begrotingDeadlines lists every deadline with its label, kind and grondslag", () => {
    const { deadlines } = begrotingDeadlines(2028, { aanbiedingOn: "2027-05-28", vaststellingOn: "2027-07-01" });
    expect(deadlines.map(({ trace: _trace, ...d }) => d)).toEqual([
      {
        label: "Algemene financiële en beleidsmatige kaders naar de raden",
        date: "2027-04-30",
        kind: "fixed",
        grondslag: "Wgr art. 34b",
      },
      {
        label: "Ontwerpbegroting uiterlijk naar de raden (12 weken vóór de aanbieding aan het algemeen bestuur)",
        date: "2027-03-05",
        kind: "backward",
        grondslag: "Wgr art. 35 lid 1",
        note: "Terugrekening: geen verlenging (Atw art. 1 lid 2).",
      },
      {
        label: "Zienswijze van de raad op de ontwerpbegroting (vóór de aanbieding aan het algemeen bestuur)",
        date: "2027-05-27",
        kind: "backward",
        grondslag: "Wgr art. 35 lid 3",
      },
      {
        label: "Begroting vastgesteld in het jaar vóór het begrotingsjaar",
        date: "2027-12-31",
        kind: "fixed",
        grondslag: "Wgr art. 34 lid 1",
      },
      {
        label: "Vastgestelde begroting naar Gedeputeerde Staten",
        date: "2027-07-15",
        kind: "fixed",
        grondslag: "Wgr art. 34 lid 2 (binnen twee weken na vaststelling, vóór 15 september)",
      },
      {
        label: "Voorlopige jaarrekening naar de raden",
        date: "2029-04-30",
        kind: "fixed",
        grondslag: "Wgr art. 34b",
      },
      {
        label: "Jaarrekening naar Gedeputeerde Staten",
        date: "2029-07-14",
        kind: "fixed",
        grondslag: "Wgr art. 34 (binnen twee weken na vaststelling, vóór 15 juli)",
      },
    ]);
  });
});
