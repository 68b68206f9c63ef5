/**
 * The college track of one participant: collegebesluit, ondertekening (R6: only after its OWN
 * raad's toestemming on the SAME version) and publication of its own besluit (R12).
 */
import { checkDate, checkTable, refuse, todayOf, type TransitionContext, type TransitionResult } from "../../events";
import { validateDecision } from "../../decision";
import { scopeRefusal, type Participant } from "../../participants";
import { makeEvent } from "../common";
import { COLLEGE_TRACK_MACHINE } from "./machines";
import type { CollegeTrackEvent, CollegeTrackState, RaadTrackState, RegionalTrackState } from "./types";
import { guaranteed } from "../../invariant";

export interface CollegeTrackContext extends TransitionContext {
  participant: Participant;
  topics: string[];
  /** The participant's OWN raad track. */
  raadTrack: RaadTrackState;
  currentVersionId: string | null;
  /** When the current version was created (bounds the voorgenomen besluit). */
  currentVersionCreatedOn?: string | undefined;
}

export function initialCollegeTrack(procedureId: string, participantId: string): CollegeTrackState {
  return {
    id: `${procedureId}:college:${participantId}`,
    participantId,
    status: "wacht_op_toestemming",
    superseded: [],
  };
}

/** R6: the raad granted toestemming on exactly this version. */
export function hasToestemmingFor(raad: RaadTrackState, versionId: string | undefined): boolean {
  return (
    raad.status === "toestemming_verleend" &&
    versionId !== undefined &&
    raad.toestemming?.documentVersionId === versionId
  );
}

const STEP: Record<Exclude<CollegeTrackEvent["type"], "voorgenomen_besluit_genomen">, string> = {
  collegebesluit_genomen: "Het collegebesluit registreren",
  ondertekend: "De ondertekening registreren",
  besluit_bekendgemaakt: "De bekendmaking van het eigen besluit registreren",
  nieuwe_versie_gepubliceerd: "Een nieuwe versie doorvoeren",
};

export function transitionCollegeTrack(
  track: CollegeTrackState,
  event: CollegeTrackEvent,
  ctx: CollegeTrackContext,
): TransitionResult<CollegeTrackState> {
  const scope = scopeRefusal(ctx.participant, ctx.topics);
  if (scope) return scope;
  if (event.type === "voorgenomen_besluit_genomen") return recordVoorgenomenBesluit(track, event, ctx);
  const t = checkTable(COLLEGE_TRACK_MACHINE, track.status, event.type, STEP[event.type]);
  if (t) return t;
  const today = todayOf(ctx);
  const name = ctx.participant.name;
  let state: CollegeTrackState;
  let reason: string | undefined;

  switch (event.type) {
    case "collegebesluit_genomen": {
      const v = event.decision?.documentVersionId;
      if (v !== ctx.currentVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `Het collegebesluit moet over de geldende versie "${ctx.currentVersionId}" gaan.`,
        );
      }
      if (!hasToestemmingFor(ctx.raadTrack, v)) {
        return refuse(
          "vereiste_stap_ontbreekt",
          `Het college van ${name} kan pas besluiten tot het treffen van de regeling nadat de eigen raad toestemming heeft verleend voor versie "${v}" (Wgr art. 1 lid 4).`,
        );
      }
      const r = validateDecision(event.decision, {
        today,
        notBefore: {
          date: guaranteed(guaranteed(ctx.raadTrack.toestemming, "de toestemming").decision, "het toestemmingsbesluit")
            .decidedOn,
          what: "de toestemming van de raad",
        },
      });
      if (r) return r;
      state = { ...track, status: "collegebesluit_genomen", documentVersionId: v, collegebesluit: event.decision };
      break;
    }
    case "ondertekend": {
      if (event.documentVersionId !== track.documentVersionId || event.documentVersionId !== ctx.currentVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `Ondertekend moet worden de versie waarover het college besloot ("${track.documentVersionId}"), en dat moet de geldende versie zijn.`,
        );
      }
      if (!hasToestemmingFor(ctx.raadTrack, event.documentVersionId)) {
        return refuse(
          "vereiste_stap_ontbreekt",
          `Ondertekenen kan alleen als de raad van ${name} toestemming heeft verleend voor versie "${event.documentVersionId}" (artikel 1, vierde lid, Wgr).`,
        );
      }
      const r = checkDate("Datum van ondertekening", event.signedOn, {
        today,
        notBefore: {
          date: guaranteed(track.collegebesluit, "het collegebesluit").decidedOn,
          what: "het collegebesluit",
        },
      });
      if (r) return r;
      state = { ...track, status: "ondertekend", signedOn: event.signedOn };
      break;
    }
    case "besluit_bekendgemaakt": {
      const r = checkDate("Datum van bekendmaking van het eigen besluit", event.publishedOn, {
        today,
        notBefore: { date: track.signedOn, what: "de ondertekening" },
      });
      if (r) return r;
      const publication: { publishedOn: string; reference?: string } = { publishedOn: event.publishedOn };
      if (event.reference !== undefined) publication.reference = event.reference;
      state = { ...track, status: "besluit_bekendgemaakt", publication };
      break;
    }
    case "nieuwe_versie_gepubliceerd": {
      if (track.documentVersionId === event.documentVersionId) {
        return refuse("ongeldige_invoer", "Het college besloot al over deze versie.");
      }
      const old: CollegeTrackState["superseded"][number] = {
        documentVersionId: guaranteed(track.documentVersionId, "de versie van het collegebesluit"),
      };
      if (track.collegebesluit) old.collegebesluit = track.collegebesluit;
      if (track.signedOn) old.signedOn = track.signedOn;
      state = {
        id: track.id,
        participantId: track.participantId,
        status: "wacht_op_toestemming",
        superseded: [...track.superseded, old],
      };
      reason = `De tekst is gewijzigd (nieuwe versie "${event.documentVersionId}"); het college moet opnieuw besluiten en ondertekenen na nieuwe toestemming.`;
      break;
    }
  }
  const e = makeEvent(
    ctx,
    { kind: "college_track", id: track.id },
    event.type,
    track.status,
    state.status,
    event,
    reason,
  );
  return { ok: true, state, event: e, events: [e] };
}

/**
 * The college step that can be recorded next for one participant, or null when there is none yet:
 * the collegebesluit only after the own raad's toestemming (R6), then the signature, then the
 * college's own publication (R12).
 */
export function nextCollegeEvent(
  raadStatus: RaadTrackState["status"] | undefined,
  collegeStatus: CollegeTrackState["status"] | undefined,
): "collegebesluit_genomen" | "ondertekend" | "besluit_bekendgemaakt" | null {
  switch (collegeStatus) {
    case "wacht_op_toestemming":
      return raadStatus === "toestemming_verleend" ? "collegebesluit_genomen" : null;
    case "collegebesluit_genomen":
      return "ondertekend";
    case "ondertekend":
      return "besluit_bekendgemaakt";
    default:
      return null;
  }
}

/**
 * When the college's voorgenomen besluit is due (the one rule for the college workspace and "Mijn taken"). Wgr art. 1
 * lid 4: the college treft the regeling only after its raad's toestemming, so the voornemen is what the college puts
 * to its raad with the toestemmingsvoorstel: due once the regio opened the toestemmingsprocedure (art. 1 lid 4), as
 * long as the own raad has not given toestemming, and not yet taken on the geldende version (a new version after an
 * earlier voornemen needs a new one, R8).
 */
export function isVoorgenomenBesluitDue(
  regional: Pick<RegionalTrackState, "toestemmingsprocedure">,
  raad: Pick<RaadTrackState, "status" | "endedOn"> | undefined,
  college: Pick<CollegeTrackState, "status" | "voorgenomenBesluit" | "endedOn"> | undefined,
  currentVersionId: string | null,
): boolean {
  if (currentVersionId === null || regional.toestemmingsprocedure === undefined) return false;
  if (raad?.endedOn || college?.endedOn) return false;
  if (raad?.status === "toestemming_verleend") return false;
  if (college !== undefined && college.status !== "wacht_op_toestemming") return false;
  return college?.voorgenomenBesluit?.documentVersionId !== currentVersionId;
}

/**
 * The college's voorgenomen besluit to take part in the regeling (a record, not a step: the track's
 * status stays). Wgr art. 1 lid 2: the college treft the regeling only after its raad's toestemming,
 * so the voornemen is what the college puts to its raad: it is taken before the raad's toestemming,
 * on the geldende version, not in the future and not before that version existed.
 */
function recordVoorgenomenBesluit(
  track: CollegeTrackState,
  event: Extract<CollegeTrackEvent, { type: "voorgenomen_besluit_genomen" }>,
  ctx: CollegeTrackContext,
): TransitionResult<CollegeTrackState> {
  if (ctx.currentVersionId === null) {
    return refuse(
      "vereiste_stap_ontbreekt",
      "Er is nog geen versie van de regeling waarover het college kan besluiten.",
    );
  }
  // The college track only leaves wacht_op_toestemming after this toestemming, so this one check covers both.
  if (ctx.raadTrack.status === "toestemming_verleend") {
    return refuse(
      "ongeldige_overgang",
      `De raad van ${ctx.participant.name} heeft al toestemming verleend; een voorgenomen besluit gaat daaraan vooraf. Registreer nu het collegebesluit.`,
    );
  }
  const r = validateDecision(event.decision, {
    today: todayOf(ctx),
    label: "Datum van het voorgenomen besluit",
    expectedVersionId: ctx.currentVersionId,
    notBefore: { date: ctx.currentVersionCreatedOn, what: "het opstellen van deze versie" },
  });
  if (r) return r;
  const state: CollegeTrackState = { ...track, voorgenomenBesluit: event.decision };
  const e = makeEvent(ctx, { kind: "college_track", id: track.id }, event.type, track.status, track.status, event);
  return { ok: true, state, event: e, events: [e] };
}
