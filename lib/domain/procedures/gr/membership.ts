/**
 * Toetreding and uittreding of a participant while a GR procedure runs.
 *
 * Consensus: a regeling is made by the bodies that take part (Wgr art. 1 lid 1: "gezamenlijk"), each
 * college only after its own raad's toestemming (art. 1 lid 2–4). So:
 * - a participant that LEAVES is no longer counted: its consent is no longer needed for publication,
 *   its open zienswijze period no longer holds the zienswijzeprocedure open; its tracks are end-dated
 *   and kept (never deleted), so what its raad and college did stays on record. At least two full
 *   participants must remain (a gemeenschappelijke regeling is one between two or more gemeenten).
 * - a participant that JOINS gets fresh tracks and must go through the same steps: its raad must be
 *   able to give a zienswijze on the ontwerp (art. 1 lid 3), so joining is possible only until the
 *   zienswijzeprocedure closes; later, it joins through a wijziging after this procedure (art. 1 lid 5).
 * Once the regeling is published neither is possible within this procedure.
 */
import { checkDate, refuse, todayOf, type Refusal, type TransitionContext } from "../../events";
import { isPartyToRegeling, type Participant } from "../../participants";
import { requireText } from "../common";
import { initialCollegeTrack } from "./college-track";
import type { RegionalStatus } from "./machines";
import { initialRaadTrack } from "./raad-track";
import type { GrProcedureState, RegionalRecordEvent } from "./types";

const JOIN_UNTIL: readonly RegionalStatus[] = [
  "nieuw",
  "concept_opgesteld",
  "bosd_akkoord",
  "zienswijzeprocedure_geopend",
];
const CLOSED: readonly RegionalStatus[] = ["bekendgemaakt", "in_werking"];

type MembershipEvent = Extract<RegionalRecordEvent, { type: "deelnemer_toegetreden" | "deelnemer_uitgetreden" }>;

/** The new state after a toetreding or uittreding, or the Dutch reason why not. */
export function changeMembership(
  p: GrProcedureState,
  event: MembershipEvent,
  ctx: TransitionContext,
): { ok: true; state: GrProcedureState } | Refusal {
  const today = todayOf(ctx);
  const status = p.regional.status;
  const r = requireText("De reden", event.reason);
  if (r) return r;
  if (event.type === "deelnemer_toegetreden") {
    const joining: Participant = event.participant;
    if (!JOIN_UNTIL.includes(status)) {
      return refuse(
        "ongeldige_overgang",
        `${joining.name} kan niet meer toetreden in deze procedure: de raad moet een zienswijze kunnen geven op het ontwerp (artikel 1, derde lid, Wgr) en de zienswijzeprocedure is gesloten. Toetreden kan met een wijziging van de regeling na deze procedure.`,
      );
    }
    // Wgr art. 1 lid 2–5: only a party to the regeling gets a raad and college track in its procedure; a gemeente
    // attached through an addendum to another regeling (Zeewolde, seed 000) takes its step on that regeling (R13/R14).
    if (!isPartyToRegeling(joining)) {
      return refuse(
        "buiten_reikwijdte",
        `${joining.name} neemt alleen deel via een addendum en wordt daarmee geen partij bij deze regeling. Laat ${joining.name} als volwaardige deelnemer toetreden, of leg het addendum vast bij de regeling waarop het betrekking heeft.`,
      );
    }
    if (p.participants.some((x) => x.id === joining.id)) {
      return refuse("ongeldige_invoer", `${joining.name} neemt al deel aan deze procedure.`);
    }
    // Its end-dated tracks stay as they were: a return is a wijziging after this procedure.
    if ((p.formerParticipants ?? []).some((x) => x.participant.id === joining.id)) {
      return refuse(
        "ongeldige_overgang",
        `${joining.name} is in deze procedure uitgetreden; opnieuw toetreden kan met een wijziging van de regeling na deze procedure.`,
      );
    }
    return (
      checkDate("Datum van toetreding", event.joinedOn, { today }) ?? {
        ok: true,
        state: {
          ...p,
          participants: [...p.participants, { ...joining, scopeTopics: [...joining.scopeTopics] }],
          raadTracks: { ...p.raadTracks, [joining.id]: initialRaadTrack(p.id, joining.id) },
          collegeTracks: { ...p.collegeTracks, [joining.id]: initialCollegeTrack(p.id, joining.id) },
          joined: { ...p.joined, [joining.id]: { joinedOn: event.joinedOn, reason: event.reason.trim() } },
        },
      }
    );
  }
  const leaving = p.participants.find((x) => x.id === event.participantId);
  if (!leaving) return refuse("onbekende_deelnemer", "Deze gemeente neemt niet (meer) deel aan deze procedure.");
  if (CLOSED.includes(status)) {
    return refuse(
      "ongeldige_overgang",
      `De regeling is al bekendgemaakt; ${leaving.name} treedt uit volgens de uittredingsbepaling van de regeling, niet in deze procedure.`,
    );
  }
  const remainingFull = p.participants.filter((x) => x.scope === "full" && x.id !== leaving.id).length;
  if (remainingFull < 2) {
    return refuse(
      "vereiste_stap_ontbreekt",
      "Een gemeenschappelijke regeling heeft ten minste twee volwaardige deelnemers; na deze uittreding blijven er te weinig over.",
    );
  }
  const end = <T extends object>(track: T): T => ({ ...track, endedOn: event.leftOn });
  return (
    checkDate("Datum van uittreding", event.leftOn, { today }) ?? {
      ok: true,
      state: {
        ...p,
        participants: p.participants.filter((x) => x.id !== leaving.id),
        raadTracks: { ...p.raadTracks, [leaving.id]: end(p.raadTracks[leaving.id]) },
        collegeTracks: { ...p.collegeTracks, [leaving.id]: end(p.collegeTracks[leaving.id]) },
        formerParticipants: [
          ...(p.formerParticipants ?? []),
          { participant: leaving, leftOn: event.leftOn, reason: event.reason.trim() },
        ],
      },
    }
  );
}
