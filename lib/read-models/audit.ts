import type { Db } from "@/lib/db/client";

/** Every gemeente by name: the gemeente filter of the audit trail (for users who see all gemeenten). */
export async function listGemeenteChoices(db: Db) {
  return db.gemeente.findMany({ select: { slug: true, naam: true }, orderBy: { naam: "asc" } });
}
