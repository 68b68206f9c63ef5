import type { Db } from "@/lib/db/client";

/**
 * The newest version of a procedure's document (highest number): exports always describe the text
 * as it stands now, not the version an earlier step was about (that one is named where it matters).
 */
export async function newestVersion(db: Db, procedureId: string): Promise<{ titel: string; label: string } | null> {
  const v = await db.documentVersion.findFirst({
    where: { document: { procedures: { some: { id: procedureId } } } },
    orderBy: { number: "desc" },
    select: { label: true, document: { select: { titel: true } } },
  });
  return v ? { titel: v.document.titel, label: v.label } : null;
}
