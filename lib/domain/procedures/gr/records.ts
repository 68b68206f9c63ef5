/**
 * Regional records: facts the secretariat keeps with a GR procedure that do not move its regional
 * status — the day each college sent the ontwerp to its raad, and the regional raadsledenoverleg
 * (klankbord). They go through the same entry point (applyGrCommand) as the steps, so they are
 * audited and versioned like them.
 */
import { checkDate, refuse, todayOf, type TransitionContext, type TransitionResult } from "../../events";
import { findParticipant, isWithinScope } from "../../participants";
import { makeEvent, requireText } from "../common";
import { changeMembership } from "./membership";
import { correctRegionalStep } from "./corrections";
import { withAssumedReceipt } from "./sending";
import type { GrProcedureState, RegionalEvent, RegionalRecordEvent } from "./types";

const RECORD_TYPES: readonly string[] = [
  "ontwerp_verzonden",
  "raadsledenoverleg_gehouden",
  "deelnemer_toegetreden",
  "deelnemer_uitgetreden",
  "regionale_stap_gecorrigeerd",
  "vergadering_gehouden",
];

export function isRegionalRecordEvent(event: RegionalEvent): event is RegionalRecordEvent {
  return RECORD_TYPES.includes(event.type);
}

/** In-scope participants whose college has not yet been recorded as sending the ontwerp to its raad. */
export function participantsAwaitingOntwerp(p: GrProcedureState): string[] {
  const sent = p.regional.ontwerpVerzonden ?? {};
  return p.participants.filter((x) => isWithinScope(x, p.topics) && sent[x.id] === undefined).map((x) => x.id);
}

export function recordRegionalFact(
  p: GrProcedureState,
  event: RegionalRecordEvent,
  ctx: TransitionContext,
): TransitionResult<GrProcedureState> {
  const today = todayOf(ctx);
  const reg = p.regional;
  let regional = reg;
  let next = p;
  switch (event.type) {
    case "regionale_stap_gecorrigeerd": {
      const res = correctRegionalStep(p, event, { ...ctx, today });
      if (!res.ok) return res;
      next = res.state;
      regional = res.state.regional;
      break;
    }
    case "deelnemer_toegetreden":
    case "deelnemer_uitgetreden": {
      const res = changeMembership(p, event, ctx);
      if (!res.ok) return res;
      next = res.state;
      break;
    }
    case "ontwerp_verzonden": {
      // Wgr art. 1 lid 2–3: the colleges send the ontwerp to their raden, whose 8 weeks for a
      // zienswijze then start; the ontwerp is the one the zienswijzeprocedure was opened on.
      if (!reg.zienswijzeprocedure) {
        return refuse(
          "vereiste_stap_ontbreekt",
          "Het verzenden van het ontwerp aan de raden kan pas worden geregistreerd als de zienswijzeprocedure is geopend.",
        );
      }
      if (!Array.isArray(event.participantIds) || event.participantIds.length === 0) {
        return refuse("ongeldige_invoer", "Kies ten minste één raad waaraan het ontwerp is verzonden.");
      }
      const r = checkDate("Datum van verzending", event.sentOn, {
        today,
        notBefore: { date: reg.zienswijzeprocedure.openedOn, what: "de opening van de zienswijzeprocedure" },
      });
      if (r) return r;
      const sent: Record<string, string> = { ...reg.ontwerpVerzonden };
      for (const id of event.participantIds) {
        const participant = findParticipant(p.participants, id);
        if ("ok" in participant) return participant;
        if (!isWithinScope(participant, p.topics)) {
          return refuse(
            "buiten_reikwijdte",
            `${participant.name} neemt aan deze procedure niet deel; het ontwerp gaat niet naar die raad.`,
          );
        }
        if (sent[id] !== undefined) {
          return refuse(
            "ongeldige_invoer",
            `Voor ${participant.name} is de verzending al geregistreerd (${sent[id]}).`,
          );
        }
        const received = p.raadTracks[id]?.zienswijze?.receivedOn;
        if (received !== undefined && event.sentOn > received) {
          return refuse(
            "ongeldige_invoer",
            `De raad van ${participant.name} ontving het ontwerp al op ${received}; het kan niet later (${event.sentOn}) zijn verzonden.`,
          );
        }
        sent[id] = event.sentOn;
      }
      regional = { ...reg, ontwerpVerzonden: sent };
      // Until its griffie confirms the receipt, each raad works with the assumed receipt (sending.ts).
      const tracks = { ...p.raadTracks };
      const zp = reg.zienswijzeprocedure;
      for (const id of event.participantIds) {
        const track = tracks[id];
        if (track)
          tracks[id] = withAssumedReceipt(
            track,
            { documentVersionId: zp.documentVersionId, sentOn: event.sentOn, deliveryDays: event.deliveryDays },
            ctx,
          );
      }
      next = { ...p, raadTracks: tracks };
      break;
    }
    case "vergadering_gehouden": {
      // planned.ts: only that the meeting about the regeling was held — its decision is registered as a besluit.
      const concept = p.documentVersions.find((v) => v.id === reg.conceptVersionId);
      if (!concept)
        return refuse(
          "vereiste_stap_ontbreekt",
          "Een vergadering over de regeling kan pas worden geregistreerd als er een concept is.",
        );
      const r = checkDate("Datum van de vergadering", event.heldOn, {
        today,
        notBefore: { date: concept.createdOn, what: "het opstellen van het concept" },
      });
      if (r) return r;
      if (event.body === "raad") {
        const participant = findParticipant(p.participants, event.participantId ?? "");
        if ("ok" in participant) return participant;
        if (!isWithinScope(participant, p.topics))
          return refuse("buiten_reikwijdte", `${participant.name} neemt aan deze procedure niet deel.`);
      }
      const held = {
        body: event.body,
        ...(event.participantId ? { participantId: event.participantId } : {}),
        heldOn: event.heldOn,
      };
      regional = { ...reg, vergaderingen: [...(reg.vergaderingen ?? []), held] };
      break;
    }
    case "raadsledenoverleg_gehouden": {
      const concept = p.documentVersions.find((v) => v.id === reg.conceptVersionId);
      if (!concept) {
        return refuse(
          "vereiste_stap_ontbreekt",
          "Een raadsledenoverleg over de regeling kan pas worden geregistreerd als er een concept is.",
        );
      }
      const r =
        checkDate("Datum van het raadsledenoverleg", event.heldOn, {
          today,
          notBefore: { date: concept.createdOn, what: "het opstellen van het concept" },
        }) ?? requireText("Het verslag of de aantekeningen", event.notes);
      if (r) return r;
      regional = {
        ...reg,
        raadsledenoverleggen: [
          ...(reg.raadsledenoverleggen ?? []),
          { heldOn: event.heldOn, notes: event.notes.trim() },
        ],
      };
      break;
    }
  }
  const e = makeEvent(ctx, { kind: "gr_procedure", id: p.id }, event.type, reg.status, reg.status, event);
  return { ok: true, state: { ...next, regional }, event: e, events: [e] };
}
