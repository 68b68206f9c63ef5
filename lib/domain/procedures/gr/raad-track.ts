/**
 * The raad track of one participant: zienswijze (Wgr art. 1 lid 3) then toestemming (lid 4).
 * Rules: R1/R25 receipt at the griffie starts the 8-week period; R2 statutory deadline with Atw;
 * R3 waiver closes the window; R4 toestemming only after the window closed; R7 refusal grounds;
 * R8 a new text version makes earlier toestemming stale; R9 the vote adopted the recorded besluit (Gemeentewet
 * art. 28–32); after a refusal the college may ask again on the same text (Wgr art. 1 lid 4).
 */
import {
  checkDate,
  checkTable,
  refuse,
  todayOf,
  type Refusal,
  type TransitionContext,
  type TransitionResult,
} from "../../events";
import { computeDeadline, STATUTORY_ZIENSWIJZE_GR } from "../../deadlines/compute";
import { decisionWarnings, validateDecision } from "../../decision";
import { scopeRefusal, type Participant } from "../../participants";
import type { IsoDate } from "../../dates";
import { checkAgenda, cleanAgenda, makeEvent, requireText } from "../common";
import { RAAD_TRACK_MACHINE, RAAD_TRACK_LABELS } from "./machines";
import {
  OTHER_REFUSAL_GROUND,
  REFUSAL_GROUNDS,
  type RaadTrackEvent,
  type RaadTrackState,
  type RefusalGround,
  type RegionalTrackState,
  type ZienswijzePoint,
} from "./types";
import { guaranteed } from "../../invariant";

export interface RaadTrackContext extends TransitionContext {
  participant: Participant;
  topics: string[];
  regional: RegionalTrackState;
  currentVersionId: string | null;
}

export function initialRaadTrack(procedureId: string, participantId: string): RaadTrackState {
  return { id: `${procedureId}:raad:${participantId}`, participantId, status: "nog_niet_ontvangen", superseded: [] };
}

/** R3/R4: the zienswijze window is closed by a zienswijze, a waiver, or the deadline having passed on `onDate`. */
export function zienswijzeWindowClosed(track: RaadTrackState, onDate: IsoDate): boolean {
  switch (track.status) {
    case "nog_niet_ontvangen":
      return false;
    case "ontvangen":
    case "geagendeerd":
      return track.zienswijze !== undefined && onDate > track.zienswijze.deadline.end;
    case "zienswijze_vastgesteld":
    case "geen_zienswijze":
    case "toestemming_ontvangen":
    case "toestemming_geagendeerd":
    case "toestemming_verleend":
    case "toestemming_geweigerd":
    case "toestemming_aangehouden":
    case "herbesluit_nodig":
      return true;
  }
}

function checkPoints(points: ZienswijzePoint[] | undefined): Refusal | null {
  if (!Array.isArray(points) || points.length === 0) {
    return refuse(
      "ongeldige_invoer",
      "Een zienswijze bevat ten minste één genummerd punt. Registreer anders 'geen zienswijze'.",
    );
  }
  const seen = new Set<number>();
  for (const p of points) {
    if (!Number.isInteger(p.number) || p.number < 1)
      return refuse("ongeldige_invoer", "Elk zienswijzepunt heeft een volgnummer ≥ 1.");
    if (seen.has(p.number)) return refuse("ongeldige_invoer", `Zienswijzepunt ${p.number} komt twee keer voor.`);
    seen.add(p.number);
    const r =
      requireText(`Onderwerp (artikel of bijlage) van punt ${p.number}`, p.subject) ??
      requireText(`Tekst van punt ${p.number}`, p.text);
    if (r) return r;
  }
  return null;
}

export function transitionRaadTrack(
  track: RaadTrackState,
  event: RaadTrackEvent,
  ctx: RaadTrackContext,
): TransitionResult<RaadTrackState> {
  const scope = scopeRefusal(ctx.participant, ctx.topics);
  if (scope) return scope;
  const tableRefusal = checkTable(RAAD_TRACK_MACHINE, track.status, event.type, stepName(event.type));
  if (tableRefusal) return tableRefusal;
  const today = todayOf(ctx);
  const next = guardAndApply(track, event, ctx, today);
  if (!next.ok) return next;
  const subject = { kind: "raad_track" as const, id: track.id };
  // Gemeentewet art. 32a lid 1: a raadsbesluit is co-signed by the griffier; a missing co-signature is recorded in
  // the event (a warning: the besluit is not void for it).
  const warnings = "decision" in event && event.decision ? decisionWarnings(event.decision) : [];
  const reason = [next.reason, ...warnings].filter((r) => r !== undefined && r !== "").join(" ") || undefined;
  const e = makeEvent(ctx, subject, event.type, track.status, next.state.status, event, reason);
  return { ok: true, state: next.state, event: e, events: [e] };
}

type Applied = { ok: true; state: RaadTrackState; reason?: string } | Refusal;

function guardAndApply(track: RaadTrackState, event: RaadTrackEvent, ctx: RaadTrackContext, today: IsoDate): Applied {
  const name = ctx.participant.name;
  switch (event.type) {
    case "ontwerp_ontvangen": {
      const zp = ctx.regional.zienswijzeprocedure;
      if (!zp) {
        return refuse(
          "vereiste_stap_ontbreekt",
          "De ontvangst van het ontwerp kan nog niet worden geregistreerd: de zienswijzeprocedure is nog niet geopend. Registreer de ontvangst nadat de opening van de zienswijzeprocedure is geregistreerd.",
        );
      }
      // Wgr art. 1 lid 3: after the closing the termijn is history; an assumed receipt moves only with a corrected
      // send date (the regional correction of the sending), never by a late confirmation here.
      if (ctx.regional.status !== "zienswijzeprocedure_geopend") {
        return refuse(
          "ongeldige_overgang",
          "De ontvangst van het ontwerp kan niet meer worden geregistreerd: de zienswijzeprocedure is al gesloten. Was het ontwerp op een andere dag verzonden? Laat het secretariaat dan de datum van de verzending corrigeren.",
        );
      }
      if (event.documentVersionId !== zp.documentVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `De zienswijzeprocedure loopt over versie "${zp.documentVersionId}", niet over "${event.documentVersionId}".`,
        );
      }
      // Once received, only an assumed receipt (send date + delivery assumption) can still be confirmed (R25).
      if (track.status !== "nog_niet_ontvangen" && !track.zienswijze?.assumed) {
        return refuse("ongeldige_overgang", `De ontvangst van het ontwerp door ${name} is al geregistreerd.`);
      }
      const sentOn = ctx.regional.ontwerpVerzonden?.[track.participantId];
      const r = checkDate("Datum van ontvangst door de griffie", event.receivedOn, {
        today,
        notBefore:
          sentOn && sentOn > zp.openedOn
            ? { date: sentOn, what: "de verzending van het ontwerp aan de raad" }
            : { date: zp.openedOn, what: "de opening van de zienswijzeprocedure" },
      });
      if (r) return r;
      const deadline = computeDeadline(
        { start: event.receivedOn, period: STATUTORY_ZIENSWIJZE_GR, kind: "statutory" },
        ctx.calendar,
      );
      return {
        ok: true,
        state: {
          ...track,
          status: track.status === "geagendeerd" ? "geagendeerd" : "ontvangen",
          zienswijze: {
            documentVersionId: event.documentVersionId,
            receivedOn: event.receivedOn,
            deadline,
            ...(track.zienswijze?.agenda ? { agenda: track.zienswijze.agenda } : {}),
          },
        },
        reason: `Zienswijzetermijn (Wgr art. 1 lid 3) loopt tot en met ${deadline.end}.`,
      };
    }
    case "zienswijze_geagendeerd": {
      const zw = guaranteed(track.zienswijze, "de zienswijzetermijn");
      const r = checkAgenda(event.agenda, { date: zw.receivedOn, what: "de ontvangst van het ontwerp" });
      if (r) return r;
      return {
        ok: true,
        state: { ...track, status: "geagendeerd", zienswijze: { ...zw, agenda: cleanAgenda(event.agenda) } },
      };
    }
    case "zienswijze_vastgesteld": {
      const zw = guaranteed(track.zienswijze, "de zienswijzetermijn");
      const r =
        validateDecision(event.decision, {
          today,
          expectedVersionId: zw.documentVersionId,
          notBefore: { date: zw.receivedOn, what: "de ontvangst van het ontwerp" },
          expectVote: "aangenomen",
        }) ?? checkPoints(event.points);
      if (r) return r;
      const late = event.decision.decidedOn > zw.deadline.end;
      // Wgr art. 1 lid 3: a zienswijze that arrives after the nota van beantwoording is still the raad's zienswijze;
      // it is recorded, flagged, so the secretariat answers it (it never vanishes).
      const afterNota = ctx.regional.notaVanBeantwoording !== undefined;
      const z = { ...zw, decision: event.decision, points: event.points, late };
      return {
        ok: true,
        state: { ...track, status: "zienswijze_vastgesteld", zienswijze: afterNota ? { ...z, afterNota } : z },
        reason: zienswijzeReason(late, afterNota, zw.deadline.end),
      };
    }
    case "geen_zienswijze": {
      const zw = guaranteed(track.zienswijze, "de zienswijzetermijn");
      const r =
        checkDate("Datum besluit geen zienswijze", event.decidedOn, {
          today,
          notBefore: { date: zw.receivedOn, what: "de ontvangst van het ontwerp" },
        }) ??
        (event.decision
          ? validateDecision(event.decision, {
              today,
              expectedVersionId: zw.documentVersionId,
              expectVote: "aangenomen",
            })
          : null);
      if (r) return r;
      const z = { ...zw, waived: true };
      if (event.decision) z.decision = event.decision;
      return { ok: true, state: { ...track, status: "geen_zienswijze", zienswijze: z } };
    }
    case "toestemmingsvoorstel_ontvangen": {
      const tp = ctx.regional.toestemmingsprocedure;
      if (ctx.regional.status !== "toestemmingsprocedure_geopend" || !tp) {
        return refuse(
          "vereiste_stap_ontbreekt",
          "De regionale toestemmingsprocedure is nog niet geopend; eerst moeten de zienswijzen verwerkt zijn en de definitieve versie vastgesteld.",
        );
      }
      if (event.documentVersionId !== ctx.currentVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `Het toestemmingsvoorstel moet over de geldende versie "${ctx.currentVersionId}" gaan, niet over "${event.documentVersionId}".`,
        );
      }
      const refusedOn = track.status === "toestemming_geweigerd" ? track.toestemming?.decision?.decidedOn : undefined;
      const r = checkDate("Datum van ontvangst van het toestemmingsvoorstel", event.receivedOn, {
        today,
        notBefore: refusedOn
          ? { date: refusedOn, what: "het besluit tot weigeren (een nieuw raadsvoorstel volgt op de weigering)" }
          : { date: tp.openedOn, what: "de opening van de toestemmingsprocedure" },
      });
      if (r) return r;
      if (!zienswijzeWindowClosed(track, event.receivedOn)) {
        return refuse(
          "vereiste_stap_ontbreekt",
          `De zienswijzetermijn van ${name} loopt nog (tot en met ${track.zienswijze?.deadline.end}). Registreer eerst de zienswijze of 'geen zienswijze', of wacht tot de termijn voorbij is.`,
        );
      }
      const superseded = track.toestemming ? [...track.superseded, track.toestemming] : track.superseded;
      return {
        ok: true,
        state: {
          ...track,
          status: "toestemming_ontvangen",
          superseded,
          toestemming: { documentVersionId: event.documentVersionId, receivedOn: event.receivedOn, aanhoudingen: [] },
        },
      };
    }
    case "toestemming_geagendeerd": {
      const t = guaranteed(track.toestemming, "het toestemmingsvoorstel");
      const r = checkAgenda(event.agenda, { date: t.receivedOn, what: "de ontvangst van het toestemmingsvoorstel" });
      if (r) return r;
      return {
        ok: true,
        state: {
          ...track,
          status: "toestemming_geagendeerd",
          toestemming: { ...t, agenda: cleanAgenda(event.agenda) },
        },
      };
    }
    case "toestemming_verleend":
    case "toestemming_geweigerd": {
      const t = guaranteed(track.toestemming, "het toestemmingsvoorstel");
      const lastHold = t.aanhoudingen[t.aanhoudingen.length - 1];
      const notBefore = lastHold
        ? { date: lastHold.decidedOn, what: "het besluit tot aanhouden" }
        : { date: t.receivedOn, what: "de ontvangst van het toestemmingsvoorstel" };
      // The counts are the vote on the proposal to grant toestemming: adopted for verleend, not adopted for geweigerd.
      const r = validateDecision(event.decision, {
        today,
        expectedVersionId: t.documentVersionId,
        notBefore,
        expectVote: event.type === "toestemming_verleend" ? "aangenomen" : "niet_aangenomen",
      });
      if (r) return r;
      if (t.documentVersionId !== ctx.currentVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `Er is een nieuwere versie ("${ctx.currentVersionId}"); een besluit over de oude versie telt niet.`,
        );
      }
      if (event.type === "toestemming_verleend") {
        return {
          ok: true,
          state: { ...track, status: "toestemming_verleend", toestemming: { ...t, decision: event.decision } },
        };
      }
      const meetsWgrGrounds = (REFUSAL_GROUNDS as readonly string[]).includes(event.ground);
      if (!meetsWgrGrounds && event.ground !== OTHER_REFUSAL_GROUND) {
        return refuse(
          "ongeldige_weigeringsgrond",
          `"${event.ground}" is geen wettelijke grond. Toestemming kan alleen worden onthouden wegens strijd met het recht of strijd met het algemeen belang (Wgr art. 1 lid 4); kies anders "andere grond".`,
        );
      }
      const m = requireText("De motivering van de weigering", event.motivation);
      if (m) return m;
      const ground = event.ground as RefusalGround | typeof OTHER_REFUSAL_GROUND;
      return {
        ok: true,
        state: {
          ...track,
          status: "toestemming_geweigerd",
          toestemming: {
            ...t,
            decision: event.decision,
            refusal: { ground, motivation: event.motivation, meetsWgrGrounds },
          },
        },
        // Wgr art. 1 lid 4: the refusal binds the college until it is vernietigd, even on another ground.
        reason: meetsWgrGrounds ? event.motivation : `${OUTSIDE_WGR_GROUNDS_WARNING} ${event.motivation}`,
      };
    }
    case "toestemming_aangehouden": {
      const t = guaranteed(track.toestemming, "het toestemmingsvoorstel");
      const lastHold = t.aanhoudingen[t.aanhoudingen.length - 1];
      const r =
        checkDate("Datum besluit tot aanhouden", event.decidedOn, {
          today,
          notBefore: lastHold
            ? { date: lastHold.decidedOn, what: "het vorige besluit tot aanhouden" }
            : { date: t.receivedOn, what: "de ontvangst van het toestemmingsvoorstel" },
        }) ?? checkDate("Verwachte nieuwe besluitdatum", event.expectedDate);
      if (r) return r;
      if (event.expectedDate <= event.decidedOn) {
        return refuse(
          "ongeldige_invoer",
          "De verwachte nieuwe besluitdatum moet na de datum van het aanhouden liggen.",
        );
      }
      const hold: { decidedOn: IsoDate; expectedDate: IsoDate; reason?: string } = {
        decidedOn: event.decidedOn,
        expectedDate: event.expectedDate,
      };
      if (event.reason !== undefined) hold.reason = event.reason;
      return {
        ok: true,
        state: {
          ...track,
          status: "toestemming_aangehouden",
          toestemming: { ...t, aanhoudingen: [...t.aanhoudingen, hold] },
        },
        reason: event.reason,
      };
    }
    case "besluit_gecorrigeerd":
      return applyCorrection(track, event, today);
    case "nieuwe_versie_gepubliceerd": {
      const t = guaranteed(track.toestemming, "het toestemmingsvoorstel");
      if (t.documentVersionId === event.documentVersionId) {
        return refuse("ongeldige_invoer", "Deze raad besluit al over deze versie; er is geen nieuw besluit nodig.");
      }
      const { toestemming: _old, ...rest } = track;
      return {
        ok: true,
        state: { ...rest, status: "herbesluit_nodig", superseded: [...track.superseded, t] },
        reason: `De tekst is gewijzigd (nieuwe versie "${event.documentVersionId}"); de raad moet opnieuw besluiten over toestemming.`,
      };
    }
  }
}

function stepName(type: RaadTrackEvent["type"]): string {
  const names: Record<RaadTrackEvent["type"], string> = {
    ontwerp_ontvangen: "Ontvangst van het ontwerp registreren",
    zienswijze_geagendeerd: "De zienswijze agenderen",
    zienswijze_vastgesteld: "Een zienswijze registreren",
    geen_zienswijze: "'Geen zienswijze' registreren",
    toestemmingsvoorstel_ontvangen: "Het toestemmingsvoorstel registreren",
    toestemming_geagendeerd: "Het toestemmingsvoorstel agenderen",
    toestemming_verleend: "Toestemming verlenen",
    toestemming_geweigerd: "Toestemming weigeren",
    toestemming_aangehouden: "Het besluit aanhouden",
    nieuwe_versie_gepubliceerd: "Een nieuwe versie doorvoeren",
    besluit_gecorrigeerd: "Een raadsbesluit corrigeren",
  };
  return names[type];
}

/** Shown wherever a refusal outside Wgr art. 1 lid 4 is listed (screens, audit). */
export const OUTSIDE_WGR_GROUNDS_WARNING =
  "Let op: deze weigering berust niet op een grond uit de Wgr (artikel 1, vierde lid: strijd met het recht of met het algemeen belang). Het raadsbesluit geldt wel en bindt het college tot het is vernietigd.";

function zienswijzeReason(late: boolean, afterNota: boolean, deadlineEnd: IsoDate): string | undefined {
  const parts = [
    late ? `Zienswijze vastgesteld na afloop van de termijn (${deadlineEnd}).` : "",
    afterNota ? "Zienswijze vastgesteld na de nota van beantwoording: nog te beantwoorden." : "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : undefined;
}

type Correction = Extract<RaadTrackEvent, { type: "besluit_gecorrigeerd" }>;

/**
 * A correction of the registered zienswijze- or toestemmingsbesluit: the same checks as the registration (version,
 * date, quorum, the vote adopted it), then the track's decision becomes the corrected one — no stale state.
 */
function applyCorrection(track: RaadTrackState, event: Correction, today: IsoDate): Applied {
  const reason = requireText("De reden van de correctie", event.reason);
  if (reason) return reason;
  const record = event.of === "zienswijze" ? track.zienswijze : track.toestemming;
  if (!record?.decision) {
    return refuse(
      "vereiste_stap_ontbreekt",
      "Er is voor deze raad nog geen besluit geregistreerd dat kan worden gecorrigeerd.",
    );
  }
  const r = validateDecision(event.decision, {
    today,
    expectedVersionId: record.documentVersionId,
    notBefore: { date: record.receivedOn, what: "de ontvangst van het voorstel" },
    expectVote: event.of === "toestemming" && track.toestemming?.refusal ? "niet_aangenomen" : "aangenomen",
  });
  if (r) return r;
  const state =
    event.of === "zienswijze"
      ? { ...track, zienswijze: { ...guaranteed(track.zienswijze, "de zienswijze"), decision: event.decision } }
      : { ...track, toestemming: { ...guaranteed(track.toestemming, "de toestemming"), decision: event.decision } };
  return { ok: true, state, reason: event.reason };
}

export { RAAD_TRACK_LABELS };
