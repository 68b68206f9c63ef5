import { z } from "zod";
import type { RefusalGround, RegionalRecordEvent } from "@/lib/domain/procedures/gr/types";
import { CORRECTABLE_REGIONAL_STEP_KEYS, CORRECTABLE_REGIONAL_STEPS } from "@/lib/domain/procedures/gr/corrections";
import { REFUSAL_GROUND_LABELS } from "@/lib/presentation/labels";
import type { CollegeTrackEventType, RaadTrackEventType, RegionalEventType } from "@/lib/domain/procedures/gr/machines";
import {
  type AuditEventDefinition,
  agendaEvent,
  decisionEvent,
  heldOverEvent,
  receivedEvent,
  count,
  decision,
  decisionText,
  defineEvent,
  formatDate,
  id,
  isoDate,
  plural,
} from "../define";

/**
 * The GR procedure's domain events (lib/domain/procedures/gr), stored under their own type by
 * lib/services/gr-procedure-store.ts. The payload is the domain's command object (types.ts), so the
 * schemas mirror RegionalEvent, RaadTrackEvent and CollegeTrackEvent. Typed by the domain's event
 * names: a new step in the domain does not compile until it has an entry here.
 */
type GrDomainEventType =
  | RegionalEventType
  | RaadTrackEventType
  | CollegeTrackEventType
  | RegionalRecordEvent["type"]
  | "voorgenomen_besluit_genomen";

const version = z.object({ documentVersionId: id, label: z.string(), createdOn: isoDate });
const publication = z.object({ publishedOn: isoDate, reference: z.string().optional() });
const reference = (r?: string) => (r ? ` (vindplaats: ${r})` : "");

export const GR_DOMAIN_EVENTS: Record<GrDomainEventType, AuditEventDefinition> = {
  // ---- regional steps (secretariaat, BOSD)
  concept_opgesteld: defineEvent(
    "Concepttekst opgesteld",
    version,
    (p) => `Concept "${p.label}" opgesteld op ${formatDate(p.createdOn)}.`,
  ),
  bosd_akkoord: defineEvent(
    "Akkoord van het BOSD",
    z.object({ decision }),
    (p) => `Het BOSD heeft ingestemd met het concept, ${decisionText(p.decision)}.`,
  ),
  zienswijzeprocedure_geopend: defineEvent(
    "Zienswijzeprocedure geopend",
    z.object({ documentVersionId: id, openedOn: isoDate }),
    (p) => `De zienswijzeprocedure is geopend op ${formatDate(p.openedOn)}.`,
  ),
  zienswijzeprocedure_gesloten: defineEvent(
    "Zienswijzeprocedure gesloten",
    z.object({ closedOn: isoDate }),
    (p) => `De zienswijzeprocedure is gesloten op ${formatDate(p.closedOn)}.`,
  ),
  nota_van_beantwoording_vastgesteld: defineEvent(
    "Nota van beantwoording vastgesteld",
    z.object({
      decidedOn: isoDate,
      answers: z.array(
        z.object({
          participantId: id,
          pointNumber: z.number().int(),
          disposition: z.enum(["overgenomen", "deels_overgenomen", "niet_overgenomen"]),
          answer: z.string(),
        }),
      ),
    }),
    (p) =>
      `De nota van beantwoording is vastgesteld op ${formatDate(p.decidedOn)}, met ${plural(p.answers.length, "antwoord", "antwoorden")}.`,
  ),
  definitieve_versie_vastgesteld: defineEvent(
    "Definitieve tekst vastgesteld",
    version,
    (p) => `Definitieve tekst "${p.label}" vastgesteld op ${formatDate(p.createdOn)}.`,
  ),
  toestemmingsprocedure_geopend: defineEvent(
    "Toestemmingsprocedure geopend",
    z.object({ documentVersionId: id, openedOn: isoDate }),
    (p) => `De toestemmingsprocedure is geopend op ${formatDate(p.openedOn)}.`,
  ),
  herziene_versie_gepubliceerd: defineEvent(
    "Herziene tekst gepubliceerd",
    version.extend({ reason: z.string() }),
    (p) => `Herziene tekst "${p.label}" gepubliceerd op ${formatDate(p.createdOn)}. Reden: ${p.reason}`,
  ),
  bekendmaking_geregistreerd: defineEvent(
    "Bekendmaking geregistreerd",
    publication.extend({ publishingParticipantId: id.optional(), plannedInForceOn: isoDate.optional() }),
    (p) =>
      `De regeling is bekendgemaakt op ${formatDate(p.publishedOn)}${reference(p.reference)}${
        p.plannedInForceOn ? `; inwerkingtreding gepland op ${formatDate(p.plannedInForceOn)}` : ""
      }.`,
  ),
  ontwerp_verzonden: defineEvent(
    "Ontwerp aan de raden verzonden",
    z.object({ participantIds: z.array(id), sentOn: isoDate, deliveryDays: z.number().int().optional() }),
    (p) =>
      `Het college heeft het ontwerp op ${formatDate(p.sentOn)} aan de raad verzonden (${plural(p.participantIds.length, "gemeente", "gemeenten")}).${
        p.deliveryDays === undefined
          ? ""
          : ` Aangenomen ontvangst: ${plural(p.deliveryDays, "dag", "dagen")} na verzending, tot de griffie de ontvangst bevestigt.`
      }`,
  ),
  regionale_stap_gecorrigeerd: defineEvent(
    "Regionale stap gecorrigeerd",
    z.object({
      step: z.enum(CORRECTABLE_REGIONAL_STEP_KEYS),
      participantId: id.optional(),
      date: isoDate,
      reason: z.string(),
      deliveryDays: z.number().int().optional(),
    }),
    (p) =>
      `De datum van ${CORRECTABLE_REGIONAL_STEPS[p.step]} is gecorrigeerd naar ${formatDate(p.date)}. Reden: ${p.reason}`,
  ),
  deelnemer_toegetreden: defineEvent(
    "Deelnemer toegetreden tijdens de procedure",
    z.object({
      participant: z.object({ id, name: z.string(), scope: z.string(), scopeTopics: z.array(z.string()) }),
      joinedOn: isoDate,
      reason: z.string(),
    }),
    (p) => `${p.participant.name} is op ${formatDate(p.joinedOn)} toegetreden tot de procedure. Reden: ${p.reason}`,
  ),
  deelnemer_uitgetreden: defineEvent(
    "Deelnemer uitgetreden tijdens de procedure",
    z.object({ participantId: id, leftOn: isoDate, reason: z.string() }),
    (p) =>
      `Een deelnemer is op ${formatDate(p.leftOn)} uitgetreden; de sporen zijn afgesloten en bewaard. Reden: ${p.reason}`,
  ),
  raadsledenoverleg_gehouden: defineEvent(
    "Regionaal raadsledenoverleg gehouden",
    z.object({ heldOn: isoDate, notes: z.string() }),
    (p) => `Regionaal raadsledenoverleg gehouden op ${formatDate(p.heldOn)}. Aantekeningen: ${p.notes}`,
  ),
  vergadering_gehouden: defineEvent(
    "Geplande vergadering gehouden",
    z.object({ body: z.enum(["raad", "bosd"]), participantId: id.optional(), heldOn: isoDate }),
    (p) =>
      `De geplande ${p.body === "raad" ? "raadsvergadering" : "vergadering van het BOSD"} over de regeling is gehouden op ${formatDate(p.heldOn)}. Het besluit zelf wordt apart geregistreerd.`,
  ),
  inwerkingtreding_geregistreerd: defineEvent(
    "Inwerkingtreding geregistreerd",
    z.object({ effectiveOn: isoDate }),
    (p) => `De regeling is in werking getreden op ${formatDate(p.effectiveOn)}.`,
  ),

  // ---- raad track (griffie, per gemeente)
  ontwerp_ontvangen: receivedEvent("Ontwerp ontvangen door de raad", "Het ontwerp"),
  zienswijze_geagendeerd: agendaEvent("Zienswijze geagendeerd", "De zienswijze"),
  zienswijze_vastgesteld: defineEvent(
    "Zienswijze vastgesteld door de raad",
    z.object({
      decision,
      points: z.array(z.object({ number: z.number().int(), subject: z.string(), text: z.string() })),
    }),
    (p) =>
      `De raad heeft een zienswijze met ${plural(p.points.length, "punt", "punten")} vastgesteld, ${decisionText(p.decision)}.`,
  ),
  geen_zienswijze: defineEvent(
    "Geen zienswijze",
    z.object({ decidedOn: isoDate, decision: decision.optional() }),
    (p) => `De raad geeft geen zienswijze (besloten op ${formatDate(p.decidedOn)}).`,
  ),
  toestemmingsvoorstel_ontvangen: receivedEvent("Toestemmingsvoorstel ontvangen", "Het toestemmingsvoorstel"),
  toestemming_geagendeerd: agendaEvent("Toestemming geagendeerd", "Het besluit over toestemming"),
  toestemming_verleend: decisionEvent("Toestemming verleend", "De raad heeft toestemming verleend"),
  toestemming_geweigerd: defineEvent(
    "Toestemming geweigerd",
    z.object({ decision, ground: z.string(), motivation: z.string() }),
    (p) =>
      `De raad heeft toestemming geweigerd, ${decisionText(p.decision)}. Grond: ${
        REFUSAL_GROUND_LABELS[p.ground as RefusalGround] ??
        "andere grond (geen grond uit de Wgr, artikel 1, vierde lid)"
      }. Motivering: ${p.motivation}`,
  ),
  toestemming_aangehouden: heldOverEvent("Besluit over toestemming aangehouden", "Het besluit over toestemming"),
  besluit_gecorrigeerd: defineEvent(
    "Raadsbesluit gecorrigeerd (spoor)",
    z.object({ of: z.enum(["zienswijze", "toestemming"]), decision, reason: z.string() }),
    (p) =>
      `Het ${p.of === "zienswijze" ? "besluit over de zienswijze" : "besluit over toestemming"} is gecorrigeerd, ${decisionText(p.decision)}. Reden: ${p.reason}`,
  ),
  nieuwe_versie_gepubliceerd: defineEvent(
    "Nieuwe tekst: opnieuw besluiten nodig",
    z.object({ documentVersionId: id }),
    () => "Er is een nieuwe tekst gepubliceerd; het eerdere besluit geldt niet meer voor die tekst.",
  ),

  // ---- college track (per gemeente)
  collegebesluit_genomen: decisionEvent("Collegebesluit genomen", "Het college heeft besloten tot deelname"),
  voorgenomen_besluit_genomen: decisionEvent(
    "Voorgenomen collegebesluit",
    "Het college heeft het voorgenomen besluit tot deelname genomen",
  ),
  ondertekend: defineEvent(
    "Regeling ondertekend",
    z.object({ signedOn: isoDate, documentVersionId: id }),
    (p) => `De regeling is ondertekend op ${formatDate(p.signedOn)}.`,
  ),
  besluit_bekendgemaakt: defineEvent(
    "Besluit bekendgemaakt",
    publication,
    (p) => `Het besluit is bekendgemaakt op ${formatDate(p.publishedOn)}${reference(p.reference)}.`,
  ),
};

/** Events the procedure services write around the domain's steps. */
export const GR_SERVICE_EVENTS = {
  procedure_aangemaakt: defineEvent(
    "Procedure aangemaakt",
    z.object({ kind: z.string(), titel: z.string(), participants: z.array(id).optional(), tracks: count.optional() }),
    (p) => `Procedure "${p.titel}" aangemaakt.`,
  ),
  document_aangemaakt: defineEvent(
    "Document aangemaakt",
    z.object({ regelingId: id, slug: z.string(), kind: z.string(), titel: z.string() }),
    (p) => `Document "${p.titel}" aangemaakt.`,
  ),
  versie_gepubliceerd: defineEvent(
    "Tekstversie gepubliceerd",
    z.object({
      versionId: id,
      label: z.string(),
      status: z.string(),
      contentHash: z.string(),
      articles: count,
      sameTextAsPrevious: z.boolean(),
    }),
    (p) =>
      `Versie "${p.label}" gepubliceerd met ${plural(p.articles, "artikel", "artikelen")}${
        p.sameTextAsPrevious ? "; de tekst is gelijk aan de vorige versie" : ""
      }.`,
  ),
  zienswijzepunt_beantwoord: defineEvent(
    "Zienswijzepunt beantwoord",
    z.object({ procedureId: id, antwoord: z.string(), changedArticleId: z.string().nullable().optional() }),
    (p) => `Antwoord: ${p.antwoord}`,
  ),
  nota_beantwoord: defineEvent(
    "Nota van beantwoording opgeslagen",
    z.object({
      procedureId: id,
      points: z.array(
        z.object({
          pointId: id,
          antwoord: z.string(),
          disposition: z.string(),
          changedArticleId: z.string().nullable(),
        }),
      ),
    }),
    (p) => `${plural(p.points.length, "antwoord", "antwoorden")} opgeslagen.`,
  ),
} satisfies Record<string, AuditEventDefinition>;
