/**
 * Regional steps of the GR procedure (secretariaat / BOSD). These act on the whole procedure
 * because their guards look at every participant's tracks (R5, R11) and a revised version
 * cascades into the tracks (R8).
 */
import {
  checkDate,
  checkTable,
  refuse,
  todayOf,
  type DomainEvent,
  type Refusal,
  type TransitionContext,
  type TransitionResult,
} from "../../events";
import { validateDecision } from "../../decision";
import { isWithinScope } from "../../participants";
import type { IsoDate } from "../../dates";
import { makeEvent, requireText } from "../common";
import { hasToestemmingFor, transitionCollegeTrack } from "./college-track";
import { REGIONAL_MACHINE } from "./machines";
import { transitionRaadTrack, zienswijzeWindowClosed } from "./raad-track";
import type { GrProcedureState, NotaAnswer, RegionalEvent, RegionalTrackState } from "./types";
import { guaranteed } from "../../invariant";
import { inForceAfterPublicationRefusal } from "./publication";
import { isRegionalRecordEvent, recordRegionalFact } from "./records";
import type { RegionalEventType } from "./machines";

const STEP: Record<RegionalEventType, string> = {
  concept_opgesteld: "Het concept registreren",
  bosd_akkoord: "Het akkoord van het BOSD registreren",
  zienswijzeprocedure_geopend: "De zienswijzeprocedure openen",
  zienswijzeprocedure_gesloten: "De zienswijzeprocedure sluiten",
  nota_van_beantwoording_vastgesteld: "De nota van beantwoording vaststellen",
  definitieve_versie_vastgesteld: "De definitieve versie vaststellen",
  toestemmingsprocedure_geopend: "De toestemmingsprocedure openen",
  herziene_versie_gepubliceerd: "Een herziene versie publiceren",
  bekendmaking_geregistreerd: "De bekendmaking registreren",
  inwerkingtreding_geregistreerd: "De inwerkingtreding registreren",
};

export const NOTA_DISPOSITIONS = ["overgenomen", "deels_overgenomen", "niet_overgenomen"] as const;

export function inScopeParticipants(p: GrProcedureState) {
  return p.participants.filter((x) => isWithinScope(x, p.topics));
}

/** Full participants whose college has not (validly) signed the current version. */
export function fullParticipantsNotSigned(p: GrProcedureState): string[] {
  return p.participants
    .filter((x) => x.scope === "full")
    .filter((x) => {
      const c = p.collegeTracks[x.id];
      const signed =
        (c.status === "ondertekend" || c.status === "besluit_bekendgemaakt") &&
        c.documentVersionId === p.currentVersionId;
      return !(signed && hasToestemmingFor(p.raadTracks[x.id], p.currentVersionId ?? undefined));
    })
    .map((x) => x.name);
}

function newVersionRefusal(p: GrProcedureState, id: string, label: string): Refusal | null {
  const r = requireText("Het versie-id", id) ?? requireText("Het versielabel", label);
  if (r) return r;
  if (p.documentVersions.some((v) => v.id === id))
    return refuse("ongeldige_invoer", `Versie "${id}" bestaat al; een nieuwe versie heeft een nieuw id.`);
  return null;
}

function missingAnswers(p: GrProcedureState, answers: NotaAnswer[]): Refusal | null {
  if (!Array.isArray(answers)) return refuse("ongeldige_invoer", "De nota van beantwoording ontbreekt.");
  const expected = new Set<string>();
  const missing: string[] = [];
  for (const participant of inScopeParticipants(p)) {
    for (const point of p.raadTracks[participant.id].zienswijze?.points ?? []) {
      if (p.raadTracks[participant.id].status !== "zienswijze_vastgesteld") continue;
      const key = `${participant.id}#${point.number}`;
      expected.add(key);
      const a = answers.find((x) => x.participantId === participant.id && x.pointNumber === point.number);
      if (!a) missing.push(`${participant.name} punt ${point.number}`);
      else if (!(NOTA_DISPOSITIONS as readonly string[]).includes(a.disposition) || !a.answer?.trim()) {
        return refuse(
          "ongeldige_invoer",
          `Het antwoord op ${participant.name} punt ${point.number} heeft een reactie en een besluit nodig (overgenomen, deels overgenomen of niet overgenomen).`,
        );
      }
    }
  }
  if (missing.length)
    return refuse("vereiste_stap_ontbreekt", `Nog niet elk zienswijzepunt is beantwoord: ${missing.join(", ")}.`);
  const unknown = answers.find((a) => !expected.has(`${a.participantId}#${a.pointNumber}`));
  if (unknown)
    return refuse(
      "ongeldige_invoer",
      `Antwoord op onbekend zienswijzepunt: ${unknown.participantId} punt ${unknown.pointNumber}.`,
    );
  return null;
}

export function transitionRegional(
  p: GrProcedureState,
  event: RegionalEvent,
  ctx: TransitionContext,
): TransitionResult<GrProcedureState> {
  if (isRegionalRecordEvent(event)) return recordRegionalFact(p, event, ctx);
  const tr = checkTable(REGIONAL_MACHINE, p.regional.status, event.type, STEP[event.type]);
  if (tr) return tr;
  const today = todayOf(ctx);
  const reg = p.regional;
  const to = guaranteed(
    REGIONAL_MACHINE.transitions.find((t) => t.from === reg.status && t.event === event.type),
    "de overgang (checkTable liet hem toe)",
  ).to;
  let next: GrProcedureState = p;
  const regional: RegionalTrackState = { ...reg, status: to };
  const cascade: DomainEvent[] = [];
  let reason: string | undefined;

  switch (event.type) {
    case "concept_opgesteld": {
      const r =
        newVersionRefusal(p, event.documentVersionId, event.label) ??
        checkDate("Datum van het concept", event.createdOn, { today });
      if (r) return r;
      regional.conceptVersionId = event.documentVersionId;
      next = {
        ...p,
        currentVersionId: event.documentVersionId,
        documentVersions: [
          ...p.documentVersions,
          { id: event.documentVersionId, label: event.label, kind: "concept", createdOn: event.createdOn },
        ],
      };
      break;
    }
    case "bosd_akkoord": {
      const created = guaranteed(
        p.documentVersions.find((v) => v.id === reg.conceptVersionId),
        "de conceptversie",
      ).createdOn;
      const r = validateDecision(event.decision, {
        today,
        expectedVersionId: reg.conceptVersionId,
        notBefore: { date: created, what: "het opstellen van het concept" },
      });
      if (r) return r;
      regional.bosdAkkoord = event.decision;
      break;
    }
    case "zienswijzeprocedure_geopend": {
      if (event.documentVersionId !== reg.conceptVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `Het BOSD gaf akkoord op versie "${reg.conceptVersionId}"; open de zienswijzeprocedure op die versie.`,
        );
      }
      const r = checkDate("Datum opening zienswijzeprocedure", event.openedOn, {
        today,
        notBefore: {
          date: guaranteed(reg.bosdAkkoord, "het akkoord van het BOSD").decidedOn,
          what: "het akkoord van het BOSD",
        },
      });
      if (r) return r;
      regional.zienswijzeprocedure = { documentVersionId: event.documentVersionId, openedOn: event.openedOn };
      break;
    }
    case "zienswijzeprocedure_gesloten": {
      const zp = guaranteed(reg.zienswijzeprocedure, "de zienswijzeprocedure");
      const r = checkDate("Datum sluiting zienswijzeprocedure", event.closedOn, {
        today,
        notBefore: { date: zp.openedOn, what: "de opening" },
      });
      if (r) return r;
      const open: string[] = [];
      for (const participant of inScopeParticipants(p)) {
        const track = p.raadTracks[participant.id];
        if (track.status === "nog_niet_ontvangen") open.push(`${participant.name} (ontwerp nog niet ontvangen)`);
        else if (!zienswijzeWindowClosed(track, event.closedOn)) {
          open.push(
            `${participant.name} (termijn loopt tot en met ${guaranteed(track.zienswijze, "de zienswijzetermijn").deadline.end})`,
          );
        }
      }
      if (open.length) {
        return refuse(
          "vereiste_stap_ontbreekt",
          `De zienswijzeprocedure kan nog niet sluiten; nog open: ${open.join(", ")}.`,
        );
      }
      regional.zienswijzeprocedure = { ...zp, closedOn: event.closedOn };
      break;
    }
    case "nota_van_beantwoording_vastgesteld": {
      const r =
        checkDate("Datum nota van beantwoording", event.decidedOn, {
          today,
          notBefore: {
            date: guaranteed(reg.zienswijzeprocedure, "de zienswijzeprocedure").closedOn,
            what: "de sluiting van de zienswijzeprocedure",
          },
        }) ?? missingAnswers(p, event.answers);
      if (r) return r;
      regional.notaVanBeantwoording = { decidedOn: event.decidedOn, answers: event.answers };
      break;
    }
    case "definitieve_versie_vastgesteld": {
      const r =
        newVersionRefusal(p, event.documentVersionId, event.label) ??
        checkDate("Datum definitieve versie", event.createdOn, {
          today,
          notBefore: {
            date: guaranteed(reg.notaVanBeantwoording, "de nota van beantwoording").decidedOn,
            what: "de nota van beantwoording",
          },
        });
      if (r) return r;
      regional.definitiveVersionId = event.documentVersionId;
      next = {
        ...p,
        currentVersionId: event.documentVersionId,
        documentVersions: [
          ...p.documentVersions,
          { id: event.documentVersionId, label: event.label, kind: "definitief", createdOn: event.createdOn },
        ],
      };
      break;
    }
    case "toestemmingsprocedure_geopend": {
      if (event.documentVersionId !== reg.definitiveVersionId) {
        return refuse(
          "versie_komt_niet_overeen",
          `Open de toestemmingsprocedure op de definitieve versie "${reg.definitiveVersionId}".`,
        );
      }
      const created = guaranteed(
        p.documentVersions.find((v) => v.id === reg.definitiveVersionId),
        "de definitieve versie",
      ).createdOn;
      const r = checkDate("Datum opening toestemmingsprocedure", event.openedOn, {
        today,
        notBefore: { date: created, what: "het vaststellen van de definitieve versie" },
      });
      if (r) return r;
      regional.toestemmingsprocedure = { documentVersionId: event.documentVersionId, openedOn: event.openedOn };
      break;
    }
    case "herziene_versie_gepubliceerd": {
      const r =
        newVersionRefusal(p, event.documentVersionId, event.label) ??
        requireText("De reden van de herziening", event.reason) ??
        checkDate("Datum herziene versie", event.createdOn, {
          today,
          notBefore: {
            date: guaranteed(reg.toestemmingsprocedure, "de toestemmingsprocedure").openedOn,
            what: "de opening van de toestemmingsprocedure",
          },
        });
      if (r) return r;
      const v = event.documentVersionId;
      regional.toestemmingsprocedure = {
        ...guaranteed(reg.toestemmingsprocedure, "de toestemmingsprocedure"),
        documentVersionId: v,
      };
      next = {
        ...p,
        currentVersionId: v,
        documentVersions: [
          ...p.documentVersions,
          { id: v, label: event.label, kind: "herzien", createdOn: event.createdOn },
        ],
        raadTracks: { ...p.raadTracks },
        collegeTracks: { ...p.collegeTracks },
      };
      reason = event.reason;
      for (const participant of p.participants) {
        const raad = p.raadTracks[participant.id];
        const stale = [
          "toestemming_ontvangen",
          "toestemming_geagendeerd",
          "toestemming_verleend",
          "toestemming_geweigerd",
          "toestemming_aangehouden",
        ];
        if (stale.includes(raad.status) && raad.toestemming && raad.toestemming.documentVersionId !== v) {
          const res = transitionRaadTrack(
            raad,
            { type: "nieuwe_versie_gepubliceerd", documentVersionId: v },
            {
              ...ctx,
              participant,
              topics: p.topics,
              regional,
              currentVersionId: v,
            },
          );
          if (!res.ok) return res;
          next.raadTracks[participant.id] = res.state;
          cascade.push(...res.events);
        }
        const college = p.collegeTracks[participant.id];
        if (college.status !== "wacht_op_toestemming" && college.documentVersionId !== v) {
          const res = transitionCollegeTrack(
            college,
            { type: "nieuwe_versie_gepubliceerd", documentVersionId: v },
            {
              ...ctx,
              participant,
              topics: p.topics,
              raadTrack: next.raadTracks[participant.id],
              currentVersionId: v,
            },
          );
          if (!res.ok) return res;
          next.collegeTracks[participant.id] = res.state;
          cascade.push(...res.events);
        }
      }
      break;
    }
    case "bekendmaking_geregistreerd":
    case "inwerkingtreding_geregistreerd": {
      const missing = fullParticipantsNotSigned(p);
      if (missing.length) {
        return refuse(
          "vereiste_stap_ontbreekt",
          `Nog niet alle volwaardige deelnemers hebben de geldende versie ondertekend na toestemming van hun raad: ${missing.join(", ")}.`,
        );
      }
      if (event.type === "bekendmaking_geregistreerd") {
        const lastSigned = p.participants
          .filter((x) => x.scope === "full")
          .map((x) => p.collegeTracks[x.id].signedOn)
          .reduce<IsoDate>((a, b) => (b !== undefined && b > a ? b : a), "0000-01-01");
        const r = checkDate("Datum van bekendmaking", event.publishedOn, {
          today,
          notBefore: { date: lastSigned, what: "de laatste ondertekening" },
        });
        if (r) return r;
        const publication = publicationOf(p, event);
        if ("ok" in publication) return publication;
        regional.bekendmaking = publication;
      } else {
        const published: IsoDate = guaranteed(reg.bekendmaking, "de bekendmaking").publishedOn;
        // Awb art. 3:40: in force only AFTER the day of publication (see publication.ts).
        const r =
          checkDate("Datum van inwerkingtreding", event.effectiveOn, { today }) ??
          inForceAfterPublicationRefusal("De datum van inwerkingtreding", event.effectiveOn, published);
        if (r) return r;
        regional.inwerkingtreding = { effectiveOn: event.effectiveOn };
      }
      break;
    }
  }

  const e = makeEvent(ctx, { kind: "gr_procedure", id: p.id }, event.type, reg.status, to, event, reason);
  const state: GrProcedureState = { ...next, regional };
  return { ok: true, state, event: e, events: [e, ...cascade] };
}

/**
 * The bekendmaking as recorded: the Gemeenteblad reference and the publishing gemeente (Wgr art. 26:
 * the designated gemeentebestuur publishes in its Gemeenteblad), and the in-force date the regeling
 * names, which must lie after the day of publication (Awb art. 3:40).
 */
function publicationOf(
  p: GrProcedureState,
  event: Extract<RegionalEvent, { type: "bekendmaking_geregistreerd" }>,
): NonNullable<RegionalTrackState["bekendmaking"]> | Refusal {
  const publication: NonNullable<RegionalTrackState["bekendmaking"]> = { publishedOn: event.publishedOn };
  if (event.reference !== undefined) publication.reference = event.reference;
  if (event.publishingParticipantId !== undefined) {
    const publisher = p.participants.find((x) => x.id === event.publishingParticipantId);
    if (publisher?.scope !== "full") {
      return refuse(
        "onbekende_deelnemer",
        "De publicerende gemeente moet een volwaardige deelnemer aan de regeling zijn (artikel 26 Wgr).",
      );
    }
    publication.publishingParticipantId = publisher.id;
  }
  if (event.plannedInForceOn !== undefined) {
    const r =
      checkDate("Geplande datum van inwerkingtreding", event.plannedInForceOn) ??
      inForceAfterPublicationRefusal(
        "De geplande datum van inwerkingtreding",
        event.plannedInForceOn,
        event.publishedOn,
      );
    if (r) return r;
    publication.plannedInForceOn = event.plannedInForceOn;
  }
  return publication;
}
