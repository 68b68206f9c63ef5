import type { Db } from "@/lib/db/client";
import { versionAdoptionDates } from "@/lib/presentation/legal-date";

/** Every document with its versions (without article texts): two queries. */
export async function listPublicDocumenten(db: Db, opts: { skip?: number; take?: number; regeling?: string } = {}) {
  const where = opts.regeling ? { regeling: { slug: opts.regeling } } : {};
  const [total, items] = await Promise.all([
    db.document.count({ where }),
    db.document.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: opts.skip,
      take: opts.take,
      include: {
        regeling: { select: { slug: true, naam: true } },
        versions: {
          orderBy: { number: "asc" },
          select: { id: true, number: true, label: true, status: true, contentHash: true, publishedAt: true },
        },
      },
    }),
  ]);
  return { total, items };
}

/**
 * One document, each version with its ordered articles and content hash, and its adoption date (the legal date the
 * procedure recorded for the version; issue 16 point 2), not the day it was entered.
 */
export async function loadPublicDocument(db: Db, id: string) {
  const doc = await db.document.findUnique({
    where: { id },
    include: {
      regeling: { select: { slug: true, naam: true } },
      // Read for the versions' adoption dates only; never returned (the regional state holds internal notes).
      procedures: { select: { regional: true } },
      versions: {
        orderBy: { number: "asc" },
        include: {
          articles: {
            orderBy: { position: "asc" },
            select: { id: true, key: true, nummer: true, titel: true, tekst: true, position: true, contentHash: true },
          },
        },
      },
    },
  });
  if (!doc) return null;
  const { procedures, ...rest } = doc;
  const adoptedOn = versionAdoptionDates(procedures.map((p) => p.regional));
  return { ...rest, versions: rest.versions.map((v) => ({ ...v, adoptedOn: adoptedOn.get(v.id) ?? null })) };
}
export type PublicDocument = NonNullable<Awaited<ReturnType<typeof loadPublicDocument>>>;
