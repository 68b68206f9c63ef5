import type { Db } from "@/lib/db/client";

/**
 * `gr-volg audit verify --state`: does the current data still match the trail? Every event
 * carries the digest of the rows it wrote, computed inside the database when it was appended.
 * For every row that has at least one event, the digest in its LATEST event must equal the
 * digest of the row as it is now (same SQL function, gr_volg_row_digests). A row changed, deleted
 * or re-created without an event was changed outside the application.
 */
export interface StateFinding {
  table: string;
  id: string;
  eventId: string;
  change: "gewijzigd" | "verwijderd" | "aangemaakt";
}

export interface StateVerification {
  checkedRows: number;
  findings: StateFinding[];
}

export async function verifyAuditState(db: Db): Promise<StateVerification> {
  // The latest event per row, then per table one call that digests all those rows as they are now.
  const rows = await db.$queryRaw<
    { tbl: string; id: string; eventId: string; then: string | null; now: string | null; checked: string }[]
  >`
    WITH latest AS (
      SELECT DISTINCT ON (r->>'table', r->>'id') r->>'table' AS tbl, r->>'id' AS id, r->>'digest' AS digest, e."id" AS event_id
      FROM "AuditEvent" e CROSS JOIN LATERAL jsonb_array_elements(e."rowDigests") r
      WHERE e."rowDigests" IS NOT NULL
      ORDER BY r->>'table', r->>'id', e."id" DESC
    ), current AS (
      SELECT t.tbl, d.id, d.digest
      FROM (SELECT tbl, array_agg(id) AS ids FROM latest GROUP BY tbl) t
      CROSS JOIN LATERAL "gr_volg_row_digests"(t.tbl, t.ids) d
    )
    SELECT l.tbl, l.id, l.event_id::text AS "eventId", l.digest AS then, c.digest AS now,
           (SELECT count(*) FROM latest)::text AS checked
    FROM latest l JOIN current c ON c.tbl = l.tbl AND c.id = l.id
    WHERE l.digest IS DISTINCT FROM c.digest
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, (SELECT count(*) FROM latest)::text
    ORDER BY 1 NULLS FIRST, 2`;
  const checkedRows = Number(rows[0]?.checked ?? 0);
  const findings = rows
    .filter((r) => r.tbl !== null)
    .map(
      (r): StateFinding => ({
        table: r.tbl,
        id: r.id,
        eventId: r.eventId,
        change: r.now === null ? "verwijderd" : r.then === null ? "aangemaakt" : "gewijzigd",
      }),
    );
  return { checkedRows, findings };
}

const DESCRIBE: Record<StateFinding["change"], string> = {
  gewijzigd: "gewijzigd buiten de applicatie",
  verwijderd: "verwijderd buiten de applicatie",
  aangemaakt: "opnieuw aangemaakt buiten de applicatie",
};

export function describeStateFinding(f: StateFinding): string {
  return `${f.table} ${f.id}: ${DESCRIBE[f.change]} (laatste gebeurtenis ${f.eventId}).`;
}
