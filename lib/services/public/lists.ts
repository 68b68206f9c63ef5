import type { Db } from "@/lib/db/client";
import { publicBesluitQuery, publicBesluitWhere, publicZienswijzeQuery, publicZienswijzeWhere } from "./regelingen";

type Filter = { regeling?: string; gemeente?: string };
type Window = { skip: number; take: number };

/** Resolves slugs to ids; an unknown slug yields an impossible id so the list is empty (not everything). */
async function resolve(db: Db, f: Filter) {
  const [regeling, gemeente] = await Promise.all([
    f.regeling ? db.regeling.findUnique({ where: { slug: f.regeling }, select: { id: true } }) : null,
    f.gemeente ? db.gemeente.findUnique({ where: { slug: f.gemeente }, select: { id: true } }) : null,
  ]);
  return {
    regelingId: f.regeling ? (regeling?.id ?? "-") : undefined,
    gemeenteId: f.gemeente ? (gemeente?.id ?? "-") : undefined,
  };
}

export async function listPublicBesluiten(db: Db, f: Filter, win: Window) {
  const where = await resolve(db, f);
  const [total, items] = await Promise.all([
    db.besluit.count({ where: publicBesluitWhere(where) }),
    publicBesluitQuery(db, where, { skip: win.skip, take: win.take }),
  ]);
  return { total, items };
}

export async function listPublicZienswijzen(db: Db, f: Filter, win: Window) {
  const where = await resolve(db, f);
  const [total, items] = await Promise.all([
    db.zienswijze.count({ where: publicZienswijzeWhere(where) }),
    publicZienswijzeQuery(db, where, { skip: win.skip, take: win.take }),
  ]);
  return { total, items };
}
