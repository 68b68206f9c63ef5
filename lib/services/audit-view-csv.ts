import { stringify } from "csv-stringify/sync";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import type { AuditRow } from "./audit-view";
import { formulaSafe } from "@/lib/export/csv";

/**
 * The audit export as CSV: semicolon-separated with a BOM (what Dutch spreadsheet software
 * expects), Dutch column headers, one row per event. Cells are made formula-safe: a spreadsheet
 * would run text starting with = + - @ (or a tab/carriage return before one) as a formula, and
 * audit cells contain text typed by users (reasons, zienswijze subjects in the payload).
 * Each event is described from the audit catalogue: the Dutch label, the type's code (to filter on
 * in a spreadsheet) and the payload in Dutch words, never the stored JSON.
 */
export const AUDIT_CSV_HEADER = [
  "Nummer",
  "Tijdstip (Nederlandse tijd)",
  "Wie",
  "E-mailadres",
  "Rol",
  "Gemeente",
  "Soort gebeurtenis",
  "Code soort",
  "Soort onderwerp",
  "Onderwerp",
  "Van",
  "Naar",
  "Reden",
  "Gegevens",
  "Hash",
];

// The rule is shared by every CSV export (lib/export/csv.ts).
export { formulaSafe };

const dutchTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-24 13:05:09": sortable, and read as a date and time by spreadsheets. */
export const formatDutchTimestamp = (d: Date) => dutchTime.format(d);

export function auditCsvRow(e: AuditRow): string[] {
  return [
    e.id,
    formatDutchTimestamp(e.at),
    e.actorNaam,
    e.actorEmail ?? "",
    isRole(e.actorRole) ? ROLE_LABELS[e.actorRole] : e.actorRole,
    e.gemeente ?? "",
    e.label,
    e.type,
    e.subjectKind,
    e.subjectId,
    e.fromState ?? "",
    e.toState ?? "",
    e.reason ?? "",
    e.details,
    e.hash,
  ].map(formulaSafe);
}

/** The header (with BOM) or a batch of rows, as CSV text; the route streams these one after another. */
export function auditCsvChunk(rows: AuditRow[], withHeader: boolean): string {
  return stringify(withHeader ? [AUDIT_CSV_HEADER, ...rows.map(auditCsvRow)] : rows.map(auditCsvRow), {
    delimiter: ";",
    bom: withHeader,
  });
}

/** Streams the CSV of every batch; the first chunk carries the header even when there are no events. */
export function auditCsvStream(batches: AsyncGenerator<AuditRow[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await batches.next();
        if (done) {
          if (header) controller.enqueue(encoder.encode(auditCsvChunk([], true)));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(auditCsvChunk(value, header)));
        header = false;
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
