import type { Db } from "@/lib/db/client";
import { forecast, type ForecastInput, type ForecastResult, type IsoDate } from "@/lib/domain";
import { loadGrProcedure } from "./gr-procedure-store";

const iso = (d: Date) => d.toISOString().slice(0, 10);

const MEETING_KIND: Record<string, "commissie" | "raad" | "college" | "bosd" | undefined> = {
  COMMISSIE: "commissie",
  RAAD: "raad",
  COLLEGE: "college",
  BESTUURLIJK_OVERLEG: "bosd",
};

export class NotFoundError extends Error {
  readonly status = 404;
}

/**
 * Builds the domain forecast's input from the database: the GR procedure's tracks and every
 * participant's meeting calendar and recesses (4 queries, independent of the number of participants).
 */
export async function forecastRegeling(
  db: Db,
  slug: string,
  opts: { today: IsoDate; holdOver?: { gemeenteSlug: string; times?: number } },
): Promise<ForecastResult> {
  const regeling = await db.regeling.findUnique({
    where: { slug },
    include: { participants: { include: { gemeente: { select: { id: true, slug: true, naam: true } } } } },
  });
  if (!regeling) throw new NotFoundError(`Geen regeling gevonden met de naam "${slug}".`);
  const proc = await db.procedure.findFirst({
    where: { regelingId: regeling.id, kind: { in: ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!proc) throw new NotFoundError(`De regeling "${slug}" heeft geen GR-procedure.`);
  const loaded = (await loadGrProcedure(db, proc.id))!;
  const gemeenteIds = regeling.participants.map((p) => p.gemeenteId);
  const bodies = await db.body.findMany({
    where: { gemeenteId: { in: gemeenteIds }, kind: { in: ["RAAD", "COLLEGE"] } },
    include: { meetings: { where: { date: { gte: new Date(`${opts.today}T00:00:00Z`) } } }, recesses: true },
  });

  const participants: ForecastInput["participants"] = regeling.participants.map((p) => {
    const own = bodies.filter((b) => b.gemeenteId === p.gemeenteId);
    return {
      id: p.id,
      name: p.gemeente.naam,
      scope: p.scope === "FULL" ? "full" : "addendum",
      raadTrack: loaded.state.raadTracks[p.id],
      collegeTrack: loaded.state.collegeTracks[p.id],
      meetings: own.flatMap((b) => b.meetings.flatMap((m) => (MEETING_KIND[m.kind] ? [{ kind: MEETING_KIND[m.kind]!, date: iso(m.date) }] : []))),
      recesses: own.flatMap((b) => b.recesses.map((r) => ({ from: iso(r.from), to: iso(r.to) }))),
    };
  });
  const holdOverParticipant = opts.holdOver ? regeling.participants.find((p) => p.gemeente.slug === opts.holdOver!.gemeenteSlug) : undefined;
  if (opts.holdOver && !holdOverParticipant) throw new NotFoundError(`Gemeente "${opts.holdOver.gemeenteSlug}" neemt niet deel aan deze regeling.`);
  const regional = loaded.state.regional;
  return forecast({
    today: opts.today,
    target: {
      signBy: regeling.targetSignBy ? iso(regeling.targetSignBy) : "2026-12-31",
      inForce: regeling.targetInForce ? iso(regeling.targetInForce) : "2027-01-01",
    },
    participants,
    regional: { toestemmingsprocedureOpensOn: regional.toestemmingsprocedure?.openedOn, publishedOn: regional.bekendmaking?.publishedOn },
    scenario: holdOverParticipant ? { holdOver: { participantId: holdOverParticipant.id, times: opts.holdOver!.times } } : undefined,
  });
}
