import type { Db } from "@/lib/db/client";

/** Page titles (metadata) of the public pages: only the name, without loading the whole page. */
export async function documentTitle(db: Db, id: string) {
  return (await db.document.findUnique({ where: { id }, select: { titel: true } }))?.titel ?? null;
}

export async function gemeenteName(db: Db, slug: string) {
  return (await db.gemeente.findUnique({ where: { slug }, select: { naam: true } }))?.naam ?? null;
}

export async function regelingName(db: Db, slug: string) {
  return (await db.regeling.findUnique({ where: { slug }, select: { naam: true } }))?.naam ?? null;
}

/** The digest choice of the user an unsubscribe link belongs to (null: no such link). */
export async function findUnsubscribeSubject(db: Db, token: string) {
  return db.user.findUnique({ where: { unsubscribeToken: token }, select: { digestOptIn: true } });
}
