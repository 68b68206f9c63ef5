/**
 * The legal date of a recorded step (issue 16 point 2): the day it happened in law — the raadsbesluit's date, the
 * agenda date, the version's adoption date — as opposed to the moment it was registered (AuditEvent.at). The domain
 * events carry it in their payload already; this reads it, so no screen dates a fact by its registration.
 */
import type { IsoDate } from "@/lib/domain";
import { formatDutchDate } from "./dates";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isIso = (v: unknown): v is IsoDate => typeof v === "string" && ISO.test(v);

/** Payload fields holding the legal date, most specific first (a decision's date beats a receipt date). */
const DATE_FIELDS = [
  "decidedOn",
  "signedOn",
  "publishedOn",
  "effectiveOn",
  "receivedOn",
  "createdOn",
  "openedOn",
  "closedOn",
  "sentOn",
  "heldOn",
  "joinedOn",
  "leftOn",
  "ingediendOp",
] as const;

export function legalDateOf(payload: unknown): IsoDate | null {
  if (!payload || typeof payload !== "object") return null;
  const p = payload as Record<string, unknown>;
  const decision = p.decision as Record<string, unknown> | undefined;
  if (decision && isIso(decision.decidedOn)) return decision.decidedOn;
  // An agenda step is dated by the meeting it puts the matter on (the raad's, else the commissie's).
  const agenda = p.agenda as Record<string, unknown> | undefined;
  if (agenda && isIso(agenda.raadDate)) return agenda.raadDate;
  if (agenda && isIso(agenda.commissieDate)) return agenda.commissieDate;
  for (const f of DATE_FIELDS) if (isIso(p[f])) return p[f];
  return null;
}

const registrationDay = (at: Date) => at.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });

/** The legal date of a recorded step, or the day (in the Netherlands) it was registered when the fact has none. */
export function legalDateOrRegistration(payload: unknown, at: Date): IsoDate {
  return legalDateOf(payload) ?? registrationDay(at);
}

/**
 * Events in legal order: by legal date (the registration day where the fact has none), then by registration.
 * A besluit dated earlier but registered later is listed before the later decision.
 */
export function sortByLegalDate<T extends { at: Date; payload: unknown }>(events: T[]): (T & { legalDate: IsoDate })[] {
  return events
    .map((e) => ({ ...e, legalDate: legalDateOrRegistration(e.payload, e.at) }))
    .sort((a, b) => a.legalDate.localeCompare(b.legalDate) || a.at.getTime() - b.at.getTime());
}

/** "Vastgesteld op 3 juni 2026, ingediend op 10 juni 2026": each date under its own name, never swapped. */
export function zienswijzeDatesText(z: {
  status: string;
  ingediendOp: Date | string | null;
  besluit: { besluitdatum: Date | string } | null;
}): string {
  const format = formatDutchDate;
  const parts: string[] = [];
  if (z.besluit) parts.push(`Vastgesteld op ${format(z.besluit.besluitdatum)}`);
  else if (z.status !== "CONCEPT") parts.push("Vastgesteld");
  if (z.status === "INGEDIEND")
    parts.push(z.ingediendOp ? `ingediend op ${format(z.ingediendOp)}` : "ingediend (datum niet geregistreerd)");
  const text = parts.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The adoption date of each document version the regional track recorded (concept opgesteld, definitieve versie
 * vastgesteld: `documentVersions[].createdOn`), by version id, over one or more procedures of the document.
 */
export function versionAdoptionDates(regionals: readonly unknown[]): Map<string, string> {
  const adoptedOn = new Map<string, string>();
  for (const regional of regionals) {
    const versions = (regional as { documentVersions?: { id: string; createdOn?: string }[] } | null)?.documentVersions;
    for (const v of versions ?? []) if (v.createdOn) adoptedOn.set(v.id, v.createdOn);
  }
  return adoptedOn;
}

/** The date a document version is shown with: its adoption date; only without one, the day it was entered. */
export function versionDateFact(v: { adoptedOn: string | null; publishedAt: Date }): { label: string; value: string } {
  return v.adoptedOn
    ? { label: "Vastgesteld op", value: formatDutchDate(v.adoptedOn) }
    : { label: "Ingevoerd in GR-volg op", value: formatDutchDate(v.publishedAt) };
}
