/**
 * The GR procedure aggregate: creation and ONE entry point for every command. Services load the
 * procedure, call `applyGrCommand`, and persist the changed track(s) plus the returned events.
 */
import { refuse, type TransitionContext, type TransitionResult } from "../../events";
import { findParticipant, partiesToRegeling } from "../../participants";
import { initialCollegeTrack, transitionCollegeTrack } from "./college-track";
import { GR_KINDS } from "./machines";
import { initialRaadTrack, transitionRaadTrack } from "./raad-track";
import { transitionRegional } from "./regional";
import type { GrCommand, GrProcedureState } from "./types";

/** What a new procedure starts from (for gr_wijzigen, `variant` toetreden/uittreden is a wijziging: Wgr art. 1 lid 5). */
export type CreateGrProcedureInput = Pick<
  GrProcedureState,
  "id" | "kind" | "variant" | "title" | "topics" | "participants"
>;

export function createGrProcedure(input: CreateGrProcedureInput): GrProcedureState {
  if (!GR_KINDS.includes(input.kind)) throw new Error(`Onbekend soort GR-procedure: ${String(input.kind)}`);
  if (input.variant && input.kind !== "gr_wijzigen")
    throw new Error("Toetreden en uittreden zijn een vorm van 'gr_wijzigen' (Wgr art. 1 lid 5).");
  const ids = new Set(input.participants.map((p) => p.id));
  if (ids.size !== input.participants.length) throw new Error("Elke deelnemer mag maar één keer voorkomen.");
  // Wgr art. 1 lid 2–5: zienswijze, toestemming and signature belong to the parties to the regeling
  // only; an addendum participant of another regeling gets no track here (issue 20 point 3).
  const parties = partiesToRegeling(input.participants);
  const state: GrProcedureState = {
    id: input.id,
    kind: input.kind,
    title: input.title,
    topics: [...input.topics],
    participants: parties.map((p) => ({ ...p, scopeTopics: [...p.scopeTopics] })),
    documentVersions: [],
    currentVersionId: null,
    regional: { status: "nieuw" },
    raadTracks: Object.fromEntries(parties.map((p) => [p.id, initialRaadTrack(input.id, p.id)])),
    collegeTracks: Object.fromEntries(parties.map((p) => [p.id, initialCollegeTrack(input.id, p.id)])),
  };
  if (input.variant) state.variant = input.variant;
  return state;
}

/** The participant a raad or college command acts for; a new version never enters through a participant's track. */
function trackParticipant(p: GrProcedureState, command: Exclude<GrCommand, { track: "regional" }>) {
  const participant = findParticipant(p.participants, command.participantId);
  if ("ok" in participant) return participant;
  if (command.event.type === "nieuwe_versie_gepubliceerd")
    return refuse(
      "ongeldige_overgang",
      "Een nieuwe versie wordt doorgevoerd via de regionale stap 'herziene versie publiceren'.",
    );
  return participant;
}

export function applyGrCommand(
  p: GrProcedureState,
  command: GrCommand,
  ctx: TransitionContext,
): TransitionResult<GrProcedureState> {
  switch (command.track) {
    case "regional":
      return transitionRegional(p, command.event, ctx);
    case "raad": {
      const participant = trackParticipant(p, command);
      if ("ok" in participant) return participant;
      const res = transitionRaadTrack(p.raadTracks[participant.id], command.event, {
        ...ctx,
        participant,
        topics: p.topics,
        regional: p.regional,
        currentVersionId: p.currentVersionId,
      });
      if (!res.ok) return res;
      return { ...res, state: { ...p, raadTracks: { ...p.raadTracks, [participant.id]: res.state } } };
    }
    case "college": {
      const participant = trackParticipant(p, command);
      if ("ok" in participant) return participant;
      const res = transitionCollegeTrack(p.collegeTracks[participant.id], command.event, {
        ...ctx,
        participant,
        topics: p.topics,
        raadTrack: p.raadTracks[participant.id],
        currentVersionId: p.currentVersionId,
        currentVersionCreatedOn: p.documentVersions.find((v) => v.id === p.currentVersionId)?.createdOn,
      });
      if (!res.ok) return res;
      return { ...res, state: { ...p, collegeTracks: { ...p.collegeTracks, [participant.id]: res.state } } };
    }
  }
}
