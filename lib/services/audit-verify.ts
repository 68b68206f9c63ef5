import type { Db } from "@/lib/db/client";
import { auditHash } from "./audit";

export type AuditVerification =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: string; reason: string };

/**
 * Walks the audit trail in order and recomputes every hash from the event and the previous
 * hash. Any edit, deletion or reordering breaks the chain at the first affected event.
 * Reads in pages so memory stays flat on a large trail.
 */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditVerification> {
  let prev: string | null = null;
  let cursor: bigint | null = null;
  let checked = 0;
  for (;;) {
    const page: Awaited<ReturnType<typeof db.auditEvent.findMany>> = await db.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: pageSize,
    });
    if (page.length === 0) return { ok: true, checked };
    for (const e of page) {
      if (e.prevHash !== prev) {
        return { ok: false, checked, brokenAt: e.id.toString(), reason: "De verwijzing naar het vorige event klopt niet (event verwijderd of ingevoegd)." };
      }
      const expected = auditHash(prev, {
        type: e.type, actorId: e.actorId, actorRole: e.actorRole, gemeenteId: e.gemeenteId, subjectKind: e.subjectKind,
        subjectId: e.subjectId, fromState: e.fromState, toState: e.toState, payload: e.payload, reason: e.reason, at: e.at,
      });
      if (expected !== e.hash) {
        return { ok: false, checked, brokenAt: e.id.toString(), reason: "De inhoud van dit event is gewijzigd (hash klopt niet)." };
      }
      prev = e.hash;
      checked++;
      cursor = e.id;
    }
  }
}
