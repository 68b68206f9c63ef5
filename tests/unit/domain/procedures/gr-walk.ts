/**
 * Random walks through the GR procedure's domain transitions (shared by the domain property test and the
 * presentation property test): `build` turns random numbers into a command, mostly the natural next step.
 */
import fc from "fast-check";
import {
  addDays,
  applyGrCommand,
  createGrProcedure,
  type GrCommand,
  type GrProcedureState,
  type Participant,
  type TransitionResult,
} from "@/lib/domain";

export const PARTS: Participant[] = [
  { id: "a", name: "A", scope: "full", scopeTopics: [] },
  { id: "b", name: "B", scope: "full", scopeTopics: [] },
  { id: "c", name: "C", scope: "full", scopeTopics: [] },
  { id: "z", name: "Z", scope: "addendum", scopeTopics: ["zorg_en_veiligheid"] },
  { id: "y", name: "Y", scope: "addendum", scopeTopics: ["iets_anders"] },
];
export const FULL = ["a", "b", "c"];

export interface Step {
  smart: boolean;
  who: number;
  family: number;
  pick: number;
  valid: boolean;
  advance: number;
}
export const stepArb: fc.Arbitrary<Step> = fc.record({
  smart: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  who: fc.nat(4),
  family: fc.nat(24),
  pick: fc.nat(9),
  valid: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  advance: fc.nat(12),
});

function allAnswers(s: GrProcedureState) {
  return s.participants.flatMap((p) =>
    s.raadTracks[p.id].status === "zienswijze_vastgesteld"
      ? (s.raadTracks[p.id].zienswijze?.points ?? []).map((pt) => ({
          participantId: p.id,
          pointNumber: pt.number,
          disposition: "overgenomen" as const,
          answer: "ok",
        }))
      : [],
  );
}

/** Builds a command from random numbers; `smart` steps follow the natural next step. */
export function build(s: GrProcedureState, st: Step, today: string, counter: { n: number }): GrCommand {
  const pid = PARTS[st.who].id;
  const v = st.valid ? (s.currentVersionId ?? "v1") : ["v1", "v2", "vX"][st.pick % 3];
  const d = st.valid ? today : st.pick % 2 ? addDays(today, 3) : "2020-01-01";
  const raad = (event: Extract<GrCommand, { track: "raad" }>["event"]): GrCommand => ({
    track: "raad",
    participantId: pid,
    event,
  });
  const college = (event: Extract<GrCommand, { track: "college" }>["event"]): GrCommand => ({
    track: "college",
    participantId: pid,
    event,
  });
  const reg = (event: Extract<GrCommand, { track: "regional" }>["event"]): GrCommand => ({ track: "regional", event });
  const families: (() => GrCommand)[] = [
    () => reg({ type: "concept_opgesteld", documentVersionId: "v1", label: "v1", createdOn: d }),
    () => reg({ type: "bosd_akkoord", decision: { documentVersionId: v, decidedOn: d } }),
    () => reg({ type: "zienswijzeprocedure_geopend", documentVersionId: v, openedOn: d }),
    () => reg({ type: "zienswijzeprocedure_gesloten", closedOn: d }),
    () =>
      reg({
        type: "nota_van_beantwoording_vastgesteld",
        decidedOn: d,
        answers: st.valid ? allAnswers(s) : allAnswers(s).slice(1),
      }),
    () =>
      reg({
        type: "definitieve_versie_vastgesteld",
        documentVersionId: st.valid ? "v2" : "v1",
        label: "v2",
        createdOn: d,
      }),
    () => reg({ type: "toestemmingsprocedure_geopend", documentVersionId: v, openedOn: d }),
    () =>
      reg({
        type: "herziene_versie_gepubliceerd",
        documentVersionId: `v${3 + counter.n++}`,
        label: "herzien",
        createdOn: d,
        reason: "wijziging",
      }),
    () => reg({ type: "bekendmaking_geregistreerd", publishedOn: d }),
    () => reg({ type: "inwerkingtreding_geregistreerd", effectiveOn: d }),
    () => raad({ type: "ontwerp_ontvangen", receivedOn: d, documentVersionId: v }),
    () => raad({ type: "zienswijze_geagendeerd", agenda: { raadDate: addDays(today, 14) } }),
    () =>
      raad({
        type: "zienswijze_vastgesteld",
        decision: { documentVersionId: v, decidedOn: d },
        points: [{ number: 1, subject: "art. 1", text: "x" }],
      }),
    () => raad({ type: "geen_zienswijze", decidedOn: d }),
    () => raad({ type: "toestemmingsvoorstel_ontvangen", receivedOn: d, documentVersionId: v }),
    () => raad({ type: "toestemming_geagendeerd", agenda: { raadDate: addDays(today, 7) } }),
    () => raad({ type: "toestemming_verleend", decision: { documentVersionId: v, decidedOn: d } }),
    () =>
      raad({
        type: "toestemming_geweigerd",
        decision: { documentVersionId: v, decidedOn: d },
        ground: st.valid ? "strijd_met_het_recht" : "te_duur",
        motivation: "m",
      }),
    () => raad({ type: "toestemming_aangehouden", decidedOn: d, expectedDate: addDays(today, st.valid ? 28 : -1) }),
    () => college({ type: "collegebesluit_genomen", decision: { documentVersionId: v, decidedOn: d } }),
    () => college({ type: "ondertekend", signedOn: d, documentVersionId: v }),
    () => college({ type: "besluit_bekendgemaakt", publishedOn: d }),
    () =>
      raad({
        type: "toestemming_verleend",
        decision: {
          documentVersionId: v,
          decidedOn: d,
          votes: { for: 3, against: 1, zittingHebbendeLeden: 15, aanwezig: 4 },
        },
      }),
    () => ({ track: "raad", participantId: "onbekend", event: { type: "geen_zienswijze", decidedOn: d } }),
    () => raad({ type: "nieuwe_versie_gepubliceerd", documentVersionId: "v9" }),
  ];
  if (!st.smart) return families[st.family % families.length]();

  // natural next step
  const r = s.raadTracks[pid];
  const c = s.collegeTracks[pid];
  // A non-party (addendum participant) has no tracks: any step of it is refused (issue 20 point 3).
  if (!r || !c) return families[st.family % families.length]();
  switch (s.regional.status) {
    case "nieuw":
      return families[0]();
    case "concept_opgesteld":
      return families[1]();
    case "bosd_akkoord":
      return families[2]();
    case "zienswijzeprocedure_geopend":
      if (r.status === "nog_niet_ontvangen") return families[10]();
      if (r.status === "ontvangen" || r.status === "geagendeerd") return families[[11, 12, 13, 13][st.pick % 4]]();
      return families[3]();
    case "zienswijzeprocedure_gesloten":
      return families[4]();
    case "nota_van_beantwoording_gereed":
      return families[5]();
    case "definitieve_versie_vastgesteld":
      return families[6]();
    case "toestemmingsprocedure_geopend":
      if (st.pick === 9 && st.family % 4 === 0) return families[7]();
      if (
        ["zienswijze_vastgesteld", "geen_zienswijze", "ontvangen", "geagendeerd", "herbesluit_nodig"].includes(r.status)
      )
        return families[14]();
      if (r.status === "toestemming_ontvangen") return families[15]();
      if (r.status === "toestemming_geagendeerd" || r.status === "toestemming_aangehouden")
        return families[st.pick === 0 ? 17 : st.pick === 1 ? 18 : 16]();
      if (c.status === "wacht_op_toestemming") return families[19]();
      if (c.status === "collegebesluit_genomen") return families[20]();
      if (c.status === "ondertekend" && st.pick % 2) return families[21]();
      return families[8]();
    case "bekendgemaakt":
      return families[9]();
    case "in_werking":
      return families[21]();
  }
}

/**
 * Walks one random sequence from a fresh procedure: every step is offered to the domain, accepted ones move the
 * state on. `visit` sees each result. Throws when a transition mutated its input (refused or accepted).
 */
export function walkGr(steps: Step[], visit: (res: TransitionResult<GrProcedureState>, today: string) => void): void {
  let s = createGrProcedure({
    id: "p",
    kind: "gr_treffen",
    title: "t",
    topics: ["jeugd", "zorg_en_veiligheid"],
    participants: PARTS,
  });
  let today = "2026-03-01";
  const counter = { n: 0 };
  for (const st of steps) {
    today = addDays(today, st.advance);
    const cmd = build(s, st, today, counter);
    const before = JSON.stringify(s);
    const res = applyGrCommand(s, cmd, {
      actor: { userId: "u", role: "test", gemeenteId: null },
      now: `${today}T12:00:00.000Z`,
      today,
    });
    if (JSON.stringify(s) !== before) throw new Error("input state was mutated");
    visit(res, today);
    if (res.ok) s = res.state;
  }
}
