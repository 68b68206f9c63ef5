import type { Db } from "@/lib/db/client";

/** Read side of the beheer workspace (no authorization here: the pages check "beheer.bekijken"). */
export function listRegios(db: Db) {
  return db.regio.findMany({
    orderBy: { naam: "asc" },
    include: { _count: { select: { gemeenten: true, regelingen: true } } },
  });
}

export function loadRegio(db: Db, slug: string) {
  return db.regio.findUnique({
    where: { slug },
    include: {
      gemeenten: { orderBy: { naam: "asc" }, include: { bodies: { where: { kind: { in: ["RAAD", "GRIFFIE"] } } } } },
      regelingen: { orderBy: { naam: "asc" }, select: { id: true, slug: true, naam: true, vorm: true } },
    },
  });
}

export function loadGemeente(db: Db, slug: string) {
  return db.gemeente.findUnique({ where: { slug }, include: { bodies: true, regio: true } });
}

export function loadRegeling(db: Db, slug: string) {
  return db.regeling.findUnique({
    where: { slug },
    include: {
      regio: {
        include: { gemeenten: { orderBy: { naam: "asc" }, select: { id: true, naam: true, opgehevenOp: true } } },
      },
      participants: { include: { gemeente: { select: { id: true, naam: true, opgehevenOp: true } } } },
      procedures: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, titel: true, derivedState: true } },
      // R14: the regeling this one replaces, whose end date beheer records.
      vervangt: { select: { id: true, naam: true, beeindigdOp: true } },
    },
  });
}

/** Regelingen another regeling may replace (any but itself). */
export function replaceableRegelingen(db: Db) {
  return db.regeling.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } });
}
