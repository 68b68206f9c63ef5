import { AUDIT_CATALOGUE, auditLabel, isAuditEventType } from "./catalogue";
import { formatDate } from "./define";

/**
 * Describes a stored audit event for people: its Dutch label and its payload in Dutch words — a
 * sentence from the catalogue, or else (older payloads, unknown types) the fields by Dutch name.
 * Never raw JSON: the view and the CSV show this.
 */
export interface AuditDescription {
  label: string;
  /** False for a type that is not (or no longer) in the catalogue. */
  known: boolean;
  details: string;
}

export function describeAuditEvent(type: string, payload: unknown): AuditDescription {
  const known = isAuditEventType(type);
  const sentence = known ? AUDIT_CATALOGUE[type].describe?.(payload) : null;
  return { label: auditLabel(type), known, details: sentence ?? describeFields(payload) };
}

/** Dutch names of payload fields, for payloads without a sentence. */
const FIELD_LABELS: Record<string, string> = {
  documentVersionId: "documentversie",
  versionId: "documentversie",
  decision: "besluit",
  decidedOn: "besluitdatum",
  receivedOn: "ontvangen op",
  openedOn: "geopend op",
  closedOn: "gesloten op",
  createdOn: "opgesteld op",
  publishedOn: "bekendgemaakt op",
  effectiveOn: "in werking op",
  signedOn: "ondertekend op",
  expectedDate: "verwacht op",
  agenda: "agenda",
  commissieDate: "commissie",
  raadDate: "raad",
  votes: "stemmen",
  for: "voor",
  against: "tegen",
  reason: "reden",
  label: "naam",
  titel: "titel",
  naam: "naam",
  kind: "soort",
  procedureId: "procedure",
  participantId: "deelnemer",
  points: "punten",
  answers: "antwoorden",
  email: "e-mailadres",
  bron: "bronadres",
  bronadres: "bronadres",
  onderwerp: "onderwerp",
  tekst: "tekst",
  notitie: "notitie",
};

const MAX_TEXT = 300;

function value(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "boolean") return v ? "ja" : "nee";
  if (typeof v === "number") return v.toLocaleString("nl-NL");
  if (typeof v === "string") return v.length > MAX_TEXT ? `${formatDate(v).slice(0, MAX_TEXT)}…` : formatDate(v);
  if (Array.isArray(v)) return v.length === 0 ? "geen" : `${v.length} ${v.length === 1 ? "item" : "items"}`;
  if (typeof v === "object") return describeFields(v, true);
  return String(v);
}

/** "ontvangen op: 1 maart 2026; documentversie: v1" — nested objects in parentheses. */
export function describeFields(payload: unknown, nested = false): string {
  if (payload === null || typeof payload !== "object" || Array.isArray(payload))
    return payload === undefined ? "" : value(payload);
  const parts = Object.entries(payload as Record<string, unknown>)
    // The domain's payloads repeat the event type; the label already says it.
    .filter(([k, v]) => k !== "type" && v !== undefined)
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k.replaceAll("_", " ")}: ${value(v)}`);
  if (parts.length === 0) return nested ? "(leeg)" : "";
  return nested ? `(${parts.join(", ")})` : parts.join("; ");
}
