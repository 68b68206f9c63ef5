import { milestonesWithFacts } from "@/lib/presentation/milestones";
import type { Db } from "@/lib/db/client";

/**
 * Read model for the home page: one regeling with its participants, its procedures and where
 * each participant's raad and college stand. Three queries, independent of the number of
 * participants (no N+1).
 */
export async function loadRegelingOverview(db: Db, slug: string) {
  const regeling = await db.regeling.findUnique({
    where: { slug },
    include: {
      regio: { select: { naam: true } },
      vervangt: { select: { naam: true, citeertitel: true } },
      participants: {
        include: { gemeente: { select: { id: true, naam: true, slug: true } } },
        orderBy: { gemeente: { naam: "asc" } },
      },
      milestones: { orderBy: [{ date: "asc" }, { position: "asc" }] },
    },
  });
  if (!regeling) return null;
  const procedures = await db.procedure.findMany({
    where: { regelingId: regeling.id },
    include: { document: { select: { titel: true, slug: true, kind: true } } },
    orderBy: { createdAt: "asc" },
  });
  const tracks = await db.track.findMany({
    where: { procedureId: { in: procedures.map((p) => p.id) } },
    select: { procedureId: true, participantId: true, kind: true, status: true },
  });
  // Seeded planning whose step is now registered shows as the fact with its legal date (issue 16 point 2).
  const milestones = milestonesWithFacts(
    regeling.milestones,
    procedures.filter((p) => p.kind.startsWith("GR_")).map((p) => p.regional),
  );
  return { regeling: { ...regeling, milestones }, procedures, tracks };
}

export type RegelingOverview = NonNullable<Awaited<ReturnType<typeof loadRegelingOverview>>>;

/** The regeling shown on the home page: the seeded default, or the first one. */
export async function defaultRegelingSlug(db: Db): Promise<string | null> {
  const preferred = process.env.DEFAULT_REGELING ?? "gr-sociaal-domein-flevoland";
  const found = await db.regeling.findUnique({ where: { slug: preferred }, select: { slug: true } });
  if (found) return found.slug;
  const first = await db.regeling.findFirst({
    where: { vervangenDoor: { is: null } },
    orderBy: { createdAt: "asc" },
    select: { slug: true },
  });
  return first?.slug ?? null;
}
