import { expect } from "vitest";
import {
  applyGrCommand,
  createGrProcedure,
  type GrCommand,
  type GrProcedureState,
  type Participant,
  type TransitionContext,
} from "@/lib/domain";

export const PARTICIPANTS: Participant[] = [
  { id: "almere", name: "Almere", scope: "full", scopeTopics: [] },
  { id: "dronten", name: "Dronten", scope: "full", scopeTopics: [] },
  { id: "lelystad", name: "Lelystad", scope: "full", scopeTopics: [] },
  { id: "noordoostpolder", name: "Noordoostpolder", scope: "full", scopeTopics: [] },
  { id: "urk", name: "Urk", scope: "full", scopeTopics: [] },
  { id: "zeewolde", name: "Zeewolde", scope: "addendum", scopeTopics: ["zorg_en_veiligheid"] },
];
export const FULL = PARTICIPANTS.filter((p) => p.scope === "full").map((p) => p.id);

export function newProcedure(
  topics = ["jeugd", "wmo", "zorg_en_veiligheid"],
  participants = PARTICIPANTS,
): GrProcedureState {
  return createGrProcedure({
    id: "gr-sdf",
    kind: "gr_treffen",
    title: "GR Sociaal Domein Flevoland",
    topics,
    participants,
  });
}

export const ctxOn = (today: string): TransitionContext => ({
  actor: { userId: "u1", role: "secretariaat", gemeenteId: null },
  now: `${today}T10:00:00.000Z`,
  today,
});

export function apply(state: GrProcedureState, command: GrCommand, today: string): GrProcedureState {
  const res = applyGrCommand(state, command, ctxOn(today));
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return res.state;
}

export const dec = (documentVersionId: string, decidedOn: string) => ({ documentVersionId, decidedOn });

/** Up to and including the open zienswijzeprocedure on v1 (opened 2026-03-27). */
export function inZienswijzeprocedure(p = newProcedure()): GrProcedureState {
  let s = apply(
    p,
    {
      track: "regional",
      event: { type: "concept_opgesteld", documentVersionId: "v1", label: "Concept v1", createdOn: "2026-03-10" },
    },
    "2026-03-10",
  );
  s = apply(
    s,
    { track: "regional", event: { type: "bosd_akkoord", decision: { ...dec("v1", "2026-03-20"), body: "bosd" } } },
    "2026-03-20",
  );
  return apply(
    s,
    {
      track: "regional",
      event: { type: "zienswijzeprocedure_geopend", documentVersionId: "v1", openedOn: "2026-03-27" },
    },
    "2026-03-27",
  );
}

/** Every in-scope raad received v1 on 2026-03-30 and gave a zienswijze (Almere, 2 points) or none. */
export function afterZienswijzen(p = newProcedure()): GrProcedureState {
  let s = inZienswijzeprocedure(p);
  for (const x of s.participants) {
    if (x.scope === "addendum" && !x.scopeTopics.some((t) => s.topics.includes(t))) continue;
    s = apply(
      s,
      {
        track: "raad",
        participantId: x.id,
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      "2026-03-30",
    );
  }
  s = apply(
    s,
    {
      track: "raad",
      participantId: "almere",
      event: {
        type: "zienswijze_vastgesteld",
        decision: dec("v1", "2026-05-19"),
        points: [
          { number: 1, subject: "art. 4", text: "Meer sturing door de raden." },
          { number: 2, subject: "bijlage", text: "Plustaken apart begroten." },
        ],
      },
    },
    "2026-05-19",
  );
  for (const x of s.participants) {
    if (x.id === "almere" || s.raadTracks[x.id].status !== "ontvangen") continue;
    s = apply(
      s,
      { track: "raad", participantId: x.id, event: { type: "geen_zienswijze", decidedOn: "2026-05-20" } },
      "2026-05-20",
    );
  }
  return s;
}

/** Toestemmingsprocedure open on v2 (2026-09-01). */
export function inToestemming(p = newProcedure()): GrProcedureState {
  let s = afterZienswijzen(p);
  s = apply(
    s,
    { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
    "2026-05-27",
  );
  s = apply(
    s,
    {
      track: "regional",
      event: {
        type: "nota_van_beantwoording_vastgesteld",
        decidedOn: "2026-06-15",
        answers: [
          { participantId: "almere", pointNumber: 1, disposition: "overgenomen", answer: "Art. 4 aangepast." },
          { participantId: "almere", pointNumber: 2, disposition: "niet_overgenomen", answer: "Past in de begroting." },
        ],
      },
    },
    "2026-06-15",
  );
  s = apply(
    s,
    {
      track: "regional",
      event: {
        type: "definitieve_versie_vastgesteld",
        documentVersionId: "v2",
        label: "Definitief v2",
        createdOn: "2026-06-20",
      },
    },
    "2026-06-20",
  );
  return apply(
    s,
    {
      track: "regional",
      event: { type: "toestemmingsprocedure_geopend", documentVersionId: "v2", openedOn: "2026-09-01" },
    },
    "2026-09-01",
  );
}

export function grantToestemming(s: GrProcedureState, id: string, version = "v2", on = "2026-10-07"): GrProcedureState {
  s = apply(
    s,
    {
      track: "raad",
      participantId: id,
      event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: version },
    },
    on,
  );
  s = apply(
    s,
    {
      track: "raad",
      participantId: id,
      event: { type: "toestemming_geagendeerd", agenda: { commissieDate: "2026-09-29", raadDate: on } },
    },
    on,
  );
  return apply(
    s,
    {
      track: "raad",
      participantId: id,
      event: { type: "toestemming_verleend", decision: { ...dec(version, on), body: "raad" } },
    },
    on,
  );
}

export function sign(s: GrProcedureState, id: string, version = "v2", on = "2026-11-03"): GrProcedureState {
  s = apply(
    s,
    {
      track: "college",
      participantId: id,
      event: { type: "collegebesluit_genomen", decision: { ...dec(version, on), body: "college" } },
    },
    on,
  );
  return apply(
    s,
    { track: "college", participantId: id, event: { type: "ondertekend", signedOn: on, documentVersionId: version } },
    on,
  );
}

/** The domain's refusal of `command`; fails when it is accepted or when the refusal changed the state. */
export function refusal(state: GrProcedureState, command: GrCommand, today: string) {
  const frozen = structuredClone(state);
  const res = applyGrCommand(state, command, ctxOn(today));
  expect(res.ok).toBe(false);
  expect(state).toEqual(frozen); // a refusal never changes state
  if (res.ok) throw new Error("expected refusal");
  expect(res.message.length).toBeGreaterThan(10);
  return res;
}

/** The raad of `participantId` received the ontwerp on `on` (starts its zienswijzetermijn, R1/R2). */
export function receiveOntwerp(s: GrProcedureState, participantId: string, on: string, version = "v1") {
  return apply(
    s,
    { track: "raad", participantId, event: { type: "ontwerp_ontvangen", receivedOn: on, documentVersionId: version } },
    on,
  );
}
