import type { Db } from "@/lib/db/client";
import { auditHash } from "./audit";

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: string; reason: string };

/**
 * Walks the audit trail in order and recomputes every hash from the event and the previous
 * hash. Any edit, deletion or reordering breaks the chain at the first affected event.
 * Reads in pages so memory stays flat on a large trail.
 *
 * Version 2 events (hashed inside the database) are recomputed by the same SQL function that
 * hashed them (gr_volg_audit_hash_v2), so the check agrees with the append byte for byte;
 * version 1 events (hashed in the app before that) with the old JS algorithm. A version 1 event
 * after a version 2 event cannot be genuine: it would be an insert in the old, app-computable format.
 */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditVerification> {
  let prev: string | null = null;
  let cursor: bigint | null = null;
  let checked = 0;
  let seenV2 = false;
  for (;;) {
    const page: Awaited<ReturnType<typeof db.auditEvent.findMany>> = await db.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    const last = page.at(-1);
    if (!last) return { ok: true, checked };
    const v2 = await recomputedV2Hashes(db, cursor ?? BigInt(0), last.id);
    for (const e of page) {
      if (e.prevHash !== prev) {
        return {
          ok: false,
          checked,
          brokenAt: e.id.toString(),
          reason: "De verwijzing naar het vorige event klopt niet (event verwijderd of ingevoegd).",
        };
      }
      let expected: string | undefined;
      if (e.hashVersion === 2) {
        seenV2 = true;
        expected = v2.get(e.id.toString());
      } else if (e.hashVersion === 1 && !seenV2) {
        // The stored row has every hashed field; auditHash picks them by name, so extra columns do not count.
        expected = auditHash(prev, e);
      } else {
        return {
          ok: false,
          checked,
          brokenAt: e.id.toString(),
          reason: "Dit event heeft een hashversie die hier niet kan voorkomen (ingevoegd buiten de database-functie).",
        };
      }
      if (expected !== e.hash) {
        return {
          ok: false,
          checked,
          brokenAt: e.id.toString(),
          reason: "De inhoud van dit event is gewijzigd (hash klopt niet).",
        };
      }
      prev = e.hash;
      checked++;
      cursor = e.id;
    }
  }
}

async function recomputedV2Hashes(db: Db, after: bigint, upTo: bigint): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ id: string; h: string }[]>`
    SELECT e."id"::text AS id, "gr_volg_audit_hash_v2"(e) AS h FROM "AuditEvent" e
    WHERE e."id" > ${after}::bigint AND e."id" <= ${upTo}::bigint AND e."hashVersion" = 2`;
  return new Map(rows.map((r) => [r.id, r.h]));
}
