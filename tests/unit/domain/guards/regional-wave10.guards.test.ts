/**
 * Regional steps (Wgr art. 1 lid 1–4, Awb art. 3:40): the Dutch refusal texts and date bounds that the wave-10
 * StrykerJS run on regional.ts showed unpinned (the older guard tests assert the refusal code only), and the
 * internal errors of a stored stand that misses what the table guarantees (issue 20 point 13).
 */
import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  type GrCommand,
  type GrProcedureState,
  type NotaAnswer,
  type RegionalEvent,
  type RegionalTrackState,
} from "@/lib/domain";
import {
  afterZienswijzen,
  apply,
  ctxOn,
  dec,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  receiveOntwerp,
  sign,
} from "../procedures/fixtures";
import { expectRefused, fullProcedure } from "./support";

const regional = (event: unknown) => ({ track: "regional", event }) as GrCommand;
const FULL_IDS = ["almere", "dronten", "lelystad", "noordoostpolder", "urk"];
const ALMERE_ANSWERS: NotaAnswer[] = [
  { participantId: "almere", pointNumber: 1, disposition: "overgenomen", answer: "Art. 4 aangepast." },
  { participantId: "almere", pointNumber: 2, disposition: "niet_overgenomen", answer: "Past in de begroting." },
];
const close = (on = "2026-05-27") => regional({ type: "zienswijzeprocedure_gesloten", closedOn: on });
const nota = (answers: unknown, on = "2026-06-15") =>
  regional({ type: "nota_van_beantwoording_vastgesteld", decidedOn: on, answers });
const closed = () => apply(afterZienswijzen(fullProcedure()), close(), "2026-05-27");
const withNota = () => apply(closed(), nota(ALMERE_ANSWERS), "2026-06-15");
const definitive = (id: string, on = "2026-06-20") =>
  regional({ type: "definitieve_versie_vastgesteld", documentVersionId: id, label: "Definitief", createdOn: on });

function accepted(state: GrProcedureState, command: GrCommand, today: string) {
  const res = applyGrCommand(state, command, ctxOn(today));
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return res;
}

describe("concept, BOSD akkoord and the zienswijzeprocedure: the named dates", () => {
  const concept = (on: string) =>
    regional({ type: "concept_opgesteld", documentVersionId: "v1", label: "Concept v1", createdOn: on });

  it("the concept's date, the BOSD akkoord after the concept, the opening after the akkoord", () => {
    expect(expectRefused(fullProcedure(), concept("2026-03-11"), "2026-03-10", "datum_in_toekomst")).toBe(
      "Datum van het concept (2026-03-11) ligt in de toekomst; registreer een besluit of ontvangst pas als het is gebeurd.",
    );
    const s = apply(fullProcedure(), concept("2026-03-10"), "2026-03-10");
    const akkoord = (on: string) => regional({ type: "bosd_akkoord", decision: { ...dec("v1", on), body: "bosd" } });
    expect(expectRefused(s, akkoord("2026-03-09"), "2026-03-20", "datum_te_vroeg")).toBe(
      "Besluitdatum (2026-03-09) ligt vóór het opstellen van het concept (2026-03-10).",
    );
    const agreed = apply(s, akkoord("2026-03-20"), "2026-03-20");
    const open = (id: string, on: string) =>
      regional({ type: "zienswijzeprocedure_geopend", documentVersionId: id, openedOn: on });
    expect(expectRefused(agreed, open("v9", "2026-03-27"), "2026-03-27", "versie_komt_niet_overeen")).toBe(
      'Het BOSD gaf akkoord op versie "v1"; open de zienswijzeprocedure op die versie.',
    );
    expect(expectRefused(agreed, open("v1", "2026-03-19"), "2026-03-27", "datum_te_vroeg")).toBe(
      "Datum opening zienswijzeprocedure (2026-03-19) ligt vóór het akkoord van het BOSD (2026-03-20).",
    );
  });

  it("closing: not before the opening, and not while a raad has not received the ontwerp or its window runs", () => {
    expect(expectRefused(afterZienswijzen(fullProcedure()), close("2026-03-26"), "2026-05-27", "datum_te_vroeg")).toBe(
      "Datum sluiting zienswijzeprocedure (2026-03-26) ligt vóór de opening (2026-03-27).",
    );
    let s = inZienswijzeprocedure(fullProcedure());
    for (const id of ["almere", "dronten", "lelystad"]) s = receiveOntwerp(s, id, "2026-03-30");
    s = apply(
      s,
      { track: "raad", participantId: "dronten", event: { type: "geen_zienswijze", decidedOn: "2026-04-01" } },
      "2026-04-01",
    );
    expect(expectRefused(s, close("2026-04-30"), "2026-04-30", "vereiste_stap_ontbreekt")).toBe(
      "De zienswijzeprocedure kan nog niet sluiten; nog open: Almere (termijn loopt tot en met 2026-05-26), Lelystad (termijn loopt tot en met 2026-05-26), Noordoostpolder (ontwerp nog niet ontvangen), Urk (ontwerp nog niet ontvangen).",
    );
  });
});

describe("R5: the nota van beantwoording answers every zienswijzepunt", () => {
  it("names its date field and the closing as its bound; a missing list is refused", () => {
    expect(expectRefused(closed(), nota(ALMERE_ANSWERS, "2026-05-26"), "2026-06-15", "datum_te_vroeg")).toBe(
      "Datum nota van beantwoording (2026-05-26) ligt vóór de sluiting van de zienswijzeprocedure (2026-05-27).",
    );
    expect(expectRefused(closed(), nota("geen lijst"), "2026-06-15", "ongeldige_invoer")).toBe(
      "De nota van beantwoording ontbreekt.",
    );
  });

  it("names the answer without a disposition or text, and every unanswered point", () => {
    const bad = [{ ...ALMERE_ANSWERS[0], disposition: "misschien" }, ALMERE_ANSWERS[1]];
    expect(expectRefused(closed(), nota(bad), "2026-06-15", "ongeldige_invoer")).toBe(
      "Het antwoord op Almere punt 1 heeft een reactie en een besluit nodig (overgenomen, deels overgenomen of niet overgenomen).",
    );
    expect(expectRefused(closed(), nota([]), "2026-06-15", "vereiste_stap_ontbreekt")).toBe(
      "Nog niet elk zienswijzepunt is beantwoord: Almere punt 1, Almere punt 2.",
    );
  });

  it("an answer counts only for the raad it names (Dronten's point 1 is not answered by Almere's)", () => {
    let s = inZienswijzeprocedure(fullProcedure());
    for (const id of FULL_IDS) s = receiveOntwerp(s, id, "2026-03-30");
    const zienswijze = (id: string, numbers: number[]) =>
      apply(
        s,
        {
          track: "raad",
          participantId: id,
          event: {
            type: "zienswijze_vastgesteld",
            decision: dec("v1", "2026-05-19"),
            points: numbers.map((number) => ({ number, subject: "art. 4", text: "Meer sturing." })),
          },
        },
        "2026-05-19",
      );
    s = zienswijze("almere", [1, 2]);
    s = zienswijze("dronten", [1]);
    for (const id of ["lelystad", "noordoostpolder", "urk"])
      s = apply(
        s,
        { track: "raad", participantId: id, event: { type: "geen_zienswijze", decidedOn: "2026-05-20" } },
        "2026-05-20",
      );
    s = apply(s, close(), "2026-05-27");
    expect(expectRefused(s, nota(ALMERE_ANSWERS), "2026-06-15", "vereiste_stap_ontbreekt")).toBe(
      "Nog niet elk zienswijzepunt is beantwoord: Dronten punt 1.",
    );
    const dronten = { participantId: "dronten", pointNumber: 1, disposition: "deels_overgenomen", answer: "Deels." };
    expect(accepted(s, nota([...ALMERE_ANSWERS, dronten]), "2026-06-15").state.regional.status).toBe(
      "nota_van_beantwoording_gereed",
    );
  });
});

describe("definitive version, toestemmingsprocedure, herziene versie: the named dates", () => {
  it("the definitive version not before the nota; the toestemmingsprocedure not before that version", () => {
    expect(expectRefused(withNota(), definitive("v2", "2026-06-14"), "2026-06-20", "datum_te_vroeg")).toBe(
      "Datum definitieve versie (2026-06-14) ligt vóór de nota van beantwoording (2026-06-15).",
    );
    const s = apply(withNota(), definitive("v2"), "2026-06-20");
    const open = (id: string, on: string) =>
      regional({ type: "toestemmingsprocedure_geopend", documentVersionId: id, openedOn: on });
    expect(expectRefused(s, open("v1", "2026-09-01"), "2026-09-01", "versie_komt_niet_overeen")).toBe(
      'Open de toestemmingsprocedure op de definitieve versie "v2".',
    );
    expect(expectRefused(s, open("v2", "2026-06-19"), "2026-09-01", "datum_te_vroeg")).toBe(
      "Datum opening toestemmingsprocedure (2026-06-19) ligt vóór het vaststellen van de definitieve versie (2026-06-20).",
    );
  });

  it("a herziene versie not before the opening of the toestemmingsprocedure", () => {
    const revise = regional({
      type: "herziene_versie_gepubliceerd",
      documentVersionId: "v3",
      label: "Herzien",
      createdOn: "2026-08-31",
      reason: "Tekstfout",
    });
    expect(expectRefused(inToestemming(fullProcedure()), revise, "2026-10-10", "datum_te_vroeg")).toBe(
      "Datum herziene versie (2026-08-31) ligt vóór de opening van de toestemmingsprocedure (2026-09-01).",
    );
  });
});

describe("R5/R11: bekendmaking and inwerkingtreding (Wgr art. 1 lid 1, art. 26; Awb art. 3:40)", () => {
  const signedByAll = () => {
    let s = inToestemming(fullProcedure());
    FULL_IDS.forEach((id, i) => {
      s = sign(grantToestemming(s, id), id, "v2", `2026-11-0${i + 2}`);
    });
    return s;
  };
  const publish = (on: string, extra: Record<string, unknown> = {}) =>
    regional({ type: "bekendmaking_geregistreerd", publishedOn: on, ...extra });

  it("names the missing signatures, the last signature as bound, and keeps no reference when none is given", () => {
    let s = inToestemming(fullProcedure());
    for (const id of FULL_IDS.slice(0, 3)) s = sign(grantToestemming(s, id), id);
    expect(expectRefused(s, publish("2026-12-15"), "2026-12-15", "vereiste_stap_ontbreekt")).toBe(
      "Nog niet alle volwaardige deelnemers hebben de geldende versie ondertekend na toestemming van hun raad: Noordoostpolder, Urk.",
    );
    expect(expectRefused(signedByAll(), publish("2026-11-05"), "2026-12-15", "datum_te_vroeg")).toBe(
      "Datum van bekendmaking (2026-11-05) ligt vóór de laatste ondertekening (2026-11-06).",
    );
    const published = accepted(signedByAll(), publish("2026-11-06"), "2026-12-15").state.regional.bekendmaking;
    expect(published).toStrictEqual({ publishedOn: "2026-11-06" });
  });

  it("the planned in-force date: a date, after the day of publication", () => {
    expect(
      expectRefused(
        signedByAll(),
        publish("2026-12-15", { plannedInForceOn: "1 januari" }),
        "2026-12-15",
        "ongeldige_datum",
      ),
    ).toBe('Geplande datum van inwerkingtreding: ongeldige datum "1 januari" (gebruik JJJJ-MM-DD).');
    expect(
      expectRefused(
        signedByAll(),
        publish("2026-12-15", { plannedInForceOn: "2026-12-15" }),
        "2026-12-15",
        "datum_te_vroeg",
      ),
    ).toMatch(/^De geplande datum van inwerkingtreding \(2026-12-15\) moet na de dag van bekendmaking \(2026-12-15\)/);
  });

  it("the inwerkingtreding: a date not in the future, after the day of publication", () => {
    const s = apply(signedByAll(), publish("2026-12-15"), "2026-12-15");
    const inForce = (on: string) => regional({ type: "inwerkingtreding_geregistreerd", effectiveOn: on });
    expect(expectRefused(s, inForce("2027-01-02"), "2027-01-01", "datum_in_toekomst")).toBe(
      "Datum van inwerkingtreding (2027-01-02) ligt in de toekomst; registreer een besluit of ontvangst pas als het is gebeurd.",
    );
    expect(expectRefused(s, inForce("2026-12-15"), "2027-01-01", "datum_te_vroeg")).toMatch(
      /^De datum van inwerkingtreding \(2026-12-15\) moet na de dag van bekendmaking \(2026-12-15\) liggen/,
    );
  });

  it("Wgr art. 1 lid 1: only the signatures of full participants bound the bekendmaking", () => {
    const s = signedByAll();
    // A stand with a non-full participant that (wrongly) carries a later signature: it does not count.
    const extra = { id: "zw", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["jeugd"] };
    const withAddendum: GrProcedureState = {
      ...s,
      participants: [...s.participants, extra],
      raadTracks: { ...s.raadTracks, zw: { ...s.raadTracks.urk, id: "x", participantId: "zw" } },
      collegeTracks: {
        ...s.collegeTracks,
        zw: { ...s.collegeTracks.urk, participantId: "zw", signedOn: "2026-11-20" },
      },
    };
    expect(accepted(withAddendum, publish("2026-11-06"), "2026-12-15").state.regional.bekendmaking?.publishedOn).toBe(
      "2026-11-06",
    );
  });
});

describe("a stored stand that misses what the regional table guarantees is an internal error, named", () => {
  const broken = (
    s: GrProcedureState,
    regionalOver: Partial<RegionalTrackState>,
    drop: (keyof RegionalTrackState)[],
  ) => {
    const reg = { ...s.regional, ...regionalOver } as Record<string, unknown>;
    for (const k of drop) delete reg[k];
    return { ...s, regional: reg as unknown as RegionalTrackState };
  };
  const throws = (s: GrProcedureState, event: RegionalEvent | Record<string, unknown>, today: string, what: string) =>
    expect(() => applyGrCommand(s, regional(event), ctxOn(today))).toThrow(
      `Interne fout: ${what} ontbreekt in de opgeslagen stand.`,
    );

  it("names the concept version, the BOSD akkoord, the zienswijzeprocedure and the zienswijzetermijn", () => {
    const concept = apply(
      fullProcedure(),
      regional({ type: "concept_opgesteld", documentVersionId: "v1", label: "C", createdOn: "2026-03-10" }),
      "2026-03-10",
    );
    throws(
      { ...concept, documentVersions: [] },
      { type: "bosd_akkoord", decision: dec("v1", "2026-03-20") },
      "2026-03-20",
      "de conceptversie",
    );
    throws(
      broken(concept, { status: "bosd_akkoord" }, []),
      { type: "zienswijzeprocedure_geopend", documentVersionId: "v1", openedOn: "2026-03-27" },
      "2026-03-27",
      "het akkoord van het BOSD",
    );
    const open = inZienswijzeprocedure(fullProcedure());
    throws(
      broken(open, {}, ["zienswijzeprocedure"]),
      { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" },
      "2026-05-27",
      "de zienswijzeprocedure",
    );
    const noTerm = {
      ...open,
      raadTracks: { ...open.raadTracks, almere: { ...open.raadTracks.almere, status: "ontvangen" as const } },
    };
    throws(
      noTerm,
      { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" },
      "2026-05-27",
      "de zienswijzetermijn",
    );
    throws(
      broken(closed(), {}, ["zienswijzeprocedure"]),
      { type: "nota_van_beantwoording_vastgesteld", decidedOn: "2026-06-15", answers: ALMERE_ANSWERS },
      "2026-06-15",
      "de zienswijzeprocedure",
    );
  });

  it("names the nota, the definitive version, the toestemmingsprocedure and the bekendmaking", () => {
    throws(
      broken(withNota(), {}, ["notaVanBeantwoording"]),
      { type: "definitieve_versie_vastgesteld", documentVersionId: "v2", label: "D", createdOn: "2026-06-20" },
      "2026-06-20",
      "de nota van beantwoording",
    );
    const def = apply(withNota(), definitive("v2"), "2026-06-20");
    throws(
      { ...def, documentVersions: def.documentVersions.slice(0, 1) },
      { type: "toestemmingsprocedure_geopend", documentVersionId: "v2", openedOn: "2026-09-01" },
      "2026-09-01",
      "de definitieve versie",
    );
    throws(
      broken(inToestemming(fullProcedure()), {}, ["toestemmingsprocedure"]),
      {
        type: "herziene_versie_gepubliceerd",
        documentVersionId: "v3",
        label: "H",
        createdOn: "2026-10-10",
        reason: "x",
      },
      "2026-10-10",
      "de toestemmingsprocedure",
    );
    let s = inToestemming(fullProcedure());
    for (const id of FULL_IDS) s = sign(grantToestemming(s, id), id);
    throws(
      broken(s, { status: "bekendgemaakt" }, ["bekendmaking"]),
      { type: "inwerkingtreding_geregistreerd", effectiveOn: "2027-01-01" },
      "2027-01-01",
      "de bekendmaking",
    );
  });
});

describe("R8: the herziene versie is one step — a refused cascade leaves the whole procedure as it was", () => {
  const revise = regional({
    type: "herziene_versie_gepubliceerd",
    documentVersionId: "v3",
    label: "Herzien",
    createdOn: "2026-10-10",
    reason: "Artikel 12 gewijzigd",
  });
  /** A stand with an addendum participant outside the topics that (wrongly) carries a raad or college step on v2. */
  const withOutsider = (
    raadStatus: "toestemming_verleend" | "nog_niet_ontvangen",
    collegeStatus: "wacht_op_toestemming" | "ondertekend",
  ) => {
    const s = grantToestemming(inToestemming(fullProcedure()), "almere");
    const outsider = { id: "zw", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["zorg_en_veiligheid"] };
    return {
      ...s,
      participants: [...s.participants, outsider],
      raadTracks: {
        ...s.raadTracks,
        zw: { ...s.raadTracks.almere, id: "gr-sdf:raad:zw", participantId: "zw", status: raadStatus },
      },
      collegeTracks: {
        ...s.collegeTracks,
        zw: {
          ...s.collegeTracks.almere,
          id: "gr-sdf:college:zw",
          participantId: "zw",
          status: collegeStatus,
          documentVersionId: "v2",
        },
      },
    } as GrProcedureState;
  };

  it("a raad track that refuses the new version (outside the scope) refuses the herziene versie", () => {
    expect(
      expectRefused(
        withOutsider("toestemming_verleend", "wacht_op_toestemming"),
        revise,
        "2026-10-10",
        "buiten_reikwijdte",
      ),
    ).toContain("Zeewolde neemt alleen deel via een addendum");
  });

  it("a college track that refuses the new version refuses the herziene versie", () => {
    expect(
      expectRefused(withOutsider("nog_niet_ontvangen", "ondertekend"), revise, "2026-10-10", "buiten_reikwijdte"),
    ).toContain("Zeewolde neemt alleen deel via een addendum");
  });
});
