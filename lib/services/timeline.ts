import type { Db } from "@/lib/db/client";
import { forecast, type IsoDate } from "@/lib/domain";
import { targetVerdict, type TargetVerdict } from "@/lib/presentation/target-verdict";
import { buildRegelingTimeline, gemeenteTimeline, type TimelineModel } from "@/lib/presentation/timeline";
import { forecastInputFor, latestGrProcedure, loadRegelingParticipants, type RegelingParticipants } from "./forecast";

/** What a page shows about a regeling's target: the verdict sentence and the visual timeline. */
export interface RegelingTimeline {
  regeling: { slug: string; naam: string };
  verdict: TargetVerdict;
  model: TimelineModel;
}

/**
 * Read model of the visual timeline and the target verdict of a regeling (issue 16 points 3 and 4):
 * the forecast of its latest GR procedure (four queries, independent of the number of participants).
 * Null when the regeling does not exist, has no GR procedure, or is already in force (no target to reach).
 */
export async function loadRegelingTimeline(db: Db, slug: string, today: IsoDate): Promise<RegelingTimeline | null> {
  const regeling = await loadRegelingParticipants(db, slug);
  return regeling ? timelineOf(db, regeling, today) : null;
}

async function timelineOf(db: Db, regeling: RegelingParticipants, today: IsoDate): Promise<RegelingTimeline | null> {
  if (!regeling.targetInForce) return null;
  const proc = await latestGrProcedure(db, regeling.id);
  if (!proc || proc.regionalStatus === "in_werking") return null;
  const input = await forecastInputFor(db, regeling, proc, { today });
  const result = forecast(input);
  return {
    regeling: { slug: regeling.slug, naam: regeling.naam },
    verdict: targetVerdict(result),
    model: buildRegelingTimeline(regeling.naam, input, result),
  };
}

/** At most this many regelingen get a drawn timeline on a gemeente's page; the rest are linked. */
export const GEMEENTE_TIMELINE_LIMIT = 3;

/** Where the timelines come from: computed here, or a memo of it (lib/read-models/regeling-timeline.ts). */
export type RegelingTimelineSource = (db: Db, slug: string, today: IsoDate) => Promise<RegelingTimeline | null>;

/**
 * The timelines of the regelingen a gemeente takes part in whose GR procedure still runs, each narrowed
 * to the regio and the gemeente itself; `more` lists the regelingen beyond the limit. Each drawn
 * timeline costs four statements, a forecast and ~20 kB of HTML: the public page's summary draws fewer.
 * `source` gives a regeling's whole timeline (the pages pass the memoised one: the forecast of a regeling is
 * the same on its own page and on every participant's page).
 */
export async function loadGemeenteTimelines(
  db: Db,
  gemeenteId: string,
  today: IsoDate,
  limit = GEMEENTE_TIMELINE_LIMIT,
  source: RegelingTimelineSource = loadRegelingTimeline,
): Promise<{ timelines: RegelingTimeline[]; more: { slug: string; naam: string }[] }> {
  // Per regeling the gemeente's first participant row (by id), as the forecast's lanes are per participant.
  const running = await db.$queryRaw<{ slug: string; naam: string; participantId: string; gemeenteNaam: string }[]>`
    SELECT DISTINCT ON (r.naam, r.slug) r.slug, r.naam, p.id AS "participantId", g.naam AS "gemeenteNaam"
    FROM "Participant" p
    JOIN "Regeling" r ON r.id = p."regelingId"
    JOIN "Gemeente" g ON g.id = p."gemeenteId"
    WHERE p."gemeenteId" = ${gemeenteId} AND r."targetInForce" IS NOT NULL AND r."inWerkingOp" IS NULL
      AND EXISTS (SELECT 1 FROM "Procedure" pr WHERE pr."regelingId" = r.id
        AND pr.kind::text IN ('GR_TREFFEN', 'GR_WIJZIGEN', 'GR_OPHEFFEN'))
    ORDER BY r.naam, r.slug, p.id`;
  const timelines: RegelingTimeline[] = [];
  for (const r of running.slice(0, limit)) {
    const t = await source(db, r.slug, today);
    // An addendum participant without tracks in this procedure (Zeewolde on the new GR) is no party to it.
    if (!t || !t.model.lanes.some((l) => l.id === r.participantId)) continue;
    timelines.push({ ...t, model: gemeenteTimeline(t.model, r.participantId, r.gemeenteNaam) });
  }
  return { timelines, more: running.slice(limit).map(({ slug, naam }) => ({ slug, naam })) };
}

/**
 * The target verdict of every regeling with a target whose GR procedure still runs, by slug (issue 16
 * point 4: every page, export and API resource that shows the target says when it is out of reach).
 */
export async function loadTargetVerdicts(
  db: Db,
  slugs: readonly string[],
  today: IsoDate,
  source: RegelingTimelineSource = loadRegelingTimeline,
): Promise<Map<string, TargetVerdict>> {
  const verdicts = new Map<string, TargetVerdict>();
  for (const slug of slugs) {
    const t = await source(db, slug, today);
    if (t) verdicts.set(slug, t.verdict);
  }
  return verdicts;
}
