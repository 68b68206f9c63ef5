import type { AuditEventDefinition } from "./define";
import { ACCOUNT_EVENTS } from "./events/account";
import { BEHEER_EVENTS } from "./events/beheer";
import { BELEIDSKADER_DOMAIN_EVENTS } from "./events/beleidskader";
import { GR_DOMAIN_EVENTS, GR_SERVICE_EVENTS } from "./events/gr-procedure";
import { GRIFFIE_EVENTS } from "./events/griffie";
import { USER_EVENTS } from "./events/users";
import { AGENDA_FEED_EVENTS } from "./events/agenda-feeds";
import { PLANNED_STEP_EVENTS } from "./events/planned-steps";
import { BEGROTING_DOMAIN_EVENTS } from "./events/begroting";
import { BEGROTING_PLANNING_EVENTS } from "./events/begroting-planning";
import { BEGROTINGSWIJZIGING_EVENTS } from "./events/begrotingswijziging";
import { DVH_DOMAIN_EVENTS } from "./events/dienstverleningshandvest";
import { GRIFFIE_AGENDA_EVENTS } from "./events/griffie-agenda";

/**
 * THE list of audit event types: every event the application appends is one of these, with a Dutch
 * label and a zod schema for its payload (checked by appendAudit before the append). The audit view
 * and CSV describe each event from here. Events of a type that is no longer listed (older trails)
 * still verify and are shown as "Onbekende gebeurtenis (<type>)".
 */
export const AUDIT_AREAS = {
  grDomain: GR_DOMAIN_EVENTS,
  grService: GR_SERVICE_EVENTS,
  beleidskader: BELEIDSKADER_DOMAIN_EVENTS,
  griffie: GRIFFIE_EVENTS,
  account: ACCOUNT_EVENTS,
  users: USER_EVENTS,
  beheer: BEHEER_EVENTS,
  agendaFeeds: AGENDA_FEED_EVENTS,
  plannedSteps: PLANNED_STEP_EVENTS,
  begroting: BEGROTING_DOMAIN_EVENTS,
  begrotingPlanning: BEGROTING_PLANNING_EVENTS,
  begrotingswijziging: BEGROTINGSWIJZIGING_EVENTS,
  dienstverleningshandvest: DVH_DOMAIN_EVENTS,
  griffieAgenda: GRIFFIE_AGENDA_EVENTS,
} as const;

type Areas = typeof AUDIT_AREAS;
export type AuditEventType = { [A in keyof Areas]: keyof Areas[A] & string }[keyof Areas];

export const AUDIT_CATALOGUE: Readonly<Record<AuditEventType, AuditEventDefinition>> = Object.assign(
  {},
  ...Object.values(AUDIT_AREAS),
);

export const AUDIT_EVENT_TYPES = Object.keys(AUDIT_CATALOGUE) as AuditEventType[];

export function isAuditEventType(type: string): type is AuditEventType {
  return Object.hasOwn(AUDIT_CATALOGUE, type);
}

/** A programming error: the code tried to append an event the catalogue does not allow. */
export class AuditCatalogueError extends Error {
  override name = "AuditCatalogueError";
}

/** The type of a domain event as stored; throws when the domain emits a type the catalogue lacks. */
export function domainAuditType(type: string): AuditEventType {
  if (!isAuditEventType(type))
    throw new AuditCatalogueError(`Domeingebeurtenis "${type}" staat niet in de auditcatalogus (lib/audit).`);
  return type;
}

/**
 * Checks one event against the catalogue before it is appended. The payload is checked as it will
 * be stored (JSON: dates become strings, undefined fields disappear), so the schema describes the
 * stored data that the view later reads.
 */
export function assertCatalogueEvent(type: string, payload: unknown): void {
  if (!isAuditEventType(type))
    throw new AuditCatalogueError(`Auditgebeurtenis "${type}" staat niet in de auditcatalogus (lib/audit).`);
  const stored = payload === undefined ? {} : JSON.parse(JSON.stringify(payload));
  const parsed = AUDIT_CATALOGUE[type].payload.safeParse(stored);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(payload)"}: ${i.message}`).join("; ");
    throw new AuditCatalogueError(`Ongeldige gegevens voor auditgebeurtenis "${type}": ${where}`);
  }
}

/** The Dutch label of a stored type; older types no longer in the catalogue still get a name. */
export function auditLabel(type: string): string {
  return isAuditEventType(type) ? AUDIT_CATALOGUE[type].label : `Onbekende gebeurtenis (${type})`;
}

/** The filter's choices: every catalogue type by its Dutch label, alphabetically. */
export function auditTypeChoices(): { value: AuditEventType; label: string }[] {
  return AUDIT_EVENT_TYPES.map((value) => ({ value, label: AUDIT_CATALOGUE[value].label })).sort((a, b) =>
    a.label.localeCompare(b.label, "nl"),
  );
}
