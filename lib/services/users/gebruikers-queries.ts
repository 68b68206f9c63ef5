import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { GebruikersFilter } from "@/lib/validation/beheer/gebruiker";

export interface GebruikerRij {
  id: string;
  email: string;
  naam: string;
  role: string;
  gemeenteId: string | null;
  gemeente: string | null;
  actief: boolean;
  heeftWachtwoord: boolean;
  laatsteAanmelding: Date | null;
}

/** The list of the beheer screen: search on name/e-mail, filters on role, gemeente and active. */
export async function listGebruikers(
  db: Db,
  filter: GebruikersFilter,
  limit = 500,
  id?: string,
): Promise<GebruikerRij[]> {
  const where: Prisma.UserWhereInput = {
    ...(id ? { id } : {}),
    ...(filter.q
      ? {
          OR: [
            { email: { contains: filter.q, mode: "insensitive" } },
            { naam: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(filter.rol ? { role: filter.rol } : {}),
    ...(filter.gemeente ? { gemeente: { slug: filter.gemeente } } : {}),
    ...(filter.actief ? { actief: filter.actief === "ja" } : {}),
  };
  const users = await db.user.findMany({
    where,
    orderBy: [{ naam: "asc" }, { email: "asc" }],
    take: limit,
    include: { gemeente: { select: { naam: true } } },
  });
  // Last sign-in: the newest session row (every sign-in makes one; they are revoked, never deleted).
  const last = await db.userSession.groupBy({
    by: ["userId"],
    where: { userId: { in: users.map((u) => u.id) } },
    _max: { createdAt: true },
  });
  const lastBy = new Map(last.map((l) => [l.userId, l._max.createdAt]));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    naam: u.naam,
    role: u.role,
    gemeenteId: u.gemeenteId,
    gemeente: u.gemeente?.naam ?? null,
    actief: u.actief,
    heeftWachtwoord: u.passwordHash !== null,
    laatsteAanmelding: lastBy.get(u.id) ?? null,
  }));
}

/** Gemeenten a user can be placed in (not opgeheven), for the select. */
export function openGemeenten(db: Db) {
  return db.gemeente.findMany({
    where: { opgehevenOp: null },
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, slug: true },
  });
}

/** The user list page: the filtered users, the gemeenten a user may get, and all gemeenten for the filter. */
export async function loadGebruikersPage(db: Db, filter: Parameters<typeof listGebruikers>[1]) {
  const [gebruikers, gemeenten, alleGemeenten] = await Promise.all([
    listGebruikers(db, filter),
    openGemeenten(db),
    db.gemeente.findMany({ orderBy: { naam: "asc" }, select: { slug: true, naam: true } }),
  ]);
  return { gebruikers, gemeenten, alleGemeenten };
}

/** One user's page: the user (or null) and the gemeenten that user may get. */
export async function loadGebruikerPage(db: Db, id: string) {
  const [gebruiker] = await listGebruikers(db, {}, 1, id);
  return { gebruiker: gebruiker ?? null, gemeenten: gebruiker ? await openGemeenten(db) : [] };
}
