import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateScale } from "@/lib/scale/generate";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadPublicBegrotingen } from "@/lib/services/begroting/public";
import { SUMMARY_PARTICIPANTS, SUMMARY_ROWS } from "@/lib/presentation/regeling-summary";
import { openTestDb } from "../helpers/test-db";
import { must } from "../helpers/must";

/**
 * The bounded read of the public regeling page (issue 18 point 2, wave 11): a regeling with many participants
 * reads only what the summary shows — the newest zienswijzen and besluiten, the first coming dates, no meetings —
 * in fewer statements, and each shown list is exactly the head (or tail) of the complete read; a regeling with few
 * participants reads exactly what it read before.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let big: string;
let small: string;
const TODAY = "2026-10-01";

beforeAll(async () => {
  db = await openTestDb();
  await generateScale(db.prisma, { seed: 17, gemeenten: 40, regelingen: 8, jaren: [2026] });
  const counts = await db.prisma.regeling.findMany({
    select: { slug: true, _count: { select: { participants: true } } },
    orderBy: { slug: "asc" },
  });
  // The fixture needs both kinds; the seed is fixed, so this holds or the test says so.
  big = must([...counts].sort((a, b) => b._count.participants - a._count.participants)[0], "a regeling").slug;
  small = must(
    counts.find((c) => c._count.participants <= SUMMARY_PARTICIPANTS),
    "a regeling with few participants",
  ).slug;
}, 300_000);
afterAll(async () => db?.close());

function counting() {
  let n = 0;
  const client = db.prisma.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        n++;
        return query(args);
      },
    },
  });
  return { client: client as unknown as typeof db.prisma, ops: () => n };
}

describe("public regeling page, bounded read", () => {
  it("a regeling with many participants: the newest decisions, the first coming dates, no meetings, fewer statements", async () => {
    const full = counting();
    const all = must(await loadPublicRegeling(full.client, big, TODAY), "complete read");
    const bounded = counting();
    const sum = must(await loadPublicRegeling(bounded.client, big, TODAY, { summary: true }), "bounded read");
    expect(all.regeling.participants.length).toBeGreaterThan(SUMMARY_PARTICIPANTS);
    expect(all.bounded).toBe(false);
    expect(sum.bounded).toBe(true);
    // The meetings query is left out; nothing is added.
    expect(bounded.ops()).toBe(full.ops() - 1);
    expect(sum.meetings).toEqual([]);

    // Each list is the complete read's newest (decisions) or first (coming dates) SUMMARY_ROWS, in the same order.
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    expect(ids(sum.zienswijzen)).toEqual(ids(all.zienswijzen.slice(-SUMMARY_ROWS)));
    expect(ids(sum.besluiten)).toEqual(ids(all.besluiten.slice(-SUMMARY_ROWS)));
    expect(sum.upcoming.map((c) => c.uid)).toEqual(all.upcoming.slice(0, SUMMARY_ROWS).map((c) => c.uid));
    expect(sum.truncated).toEqual({
      zienswijzen: all.zienswijzen.length > SUMMARY_ROWS,
      besluiten: all.besluiten.length > SUMMARY_ROWS,
      upcoming: all.upcoming.length > SUMMARY_ROWS,
    });
    // The dataset is big enough for the summary to cut something (else the comparison above proves little).
    expect(all.besluiten.length + all.upcoming.length).toBeGreaterThan(2 * SUMMARY_ROWS);
    // What the summary computes from stays complete: participants, their tracks, the stand and explanation.
    expect(sum.regeling.participants).toEqual(all.regeling.participants);
    expect(sum.gr).toEqual(all.gr);
    expect(sum.explanation).toEqual(all.explanation);
  });

  it("the begroting summary read: the same cycles, stands and planning, without any zienswijze's points", async () => {
    const { id } = await db.prisma.regeling.findUniqueOrThrow({ where: { slug: big }, select: { id: true } });
    const all = await loadPublicBegrotingen(db.prisma, id);
    const sum = await loadPublicBegrotingen(db.prisma, id, { summary: true });
    const stands = (c: typeof all.current) => c?.raden.map((r) => [r.naam, r.status, r.termijnEinde]);
    expect(stands(sum.current)).toEqual(stands(all.current));
    expect(sum.planning).toEqual(all.planning);
    expect(sum.past.map((c) => c.jaar)).toEqual(all.past.map((c) => c.jaar));
    expect(sum.current?.raden.every((r) => r.zienswijze === null)).toBe(true);
  });

  it("a regeling with few participants reads exactly what it read before, summary asked or not", async () => {
    const all = must(await loadPublicRegeling(db.prisma, small, TODAY), "complete read");
    const sum = must(await loadPublicRegeling(db.prisma, small, TODAY, { summary: true }), "summary read");
    expect(sum.bounded).toBe(false);
    expect(JSON.stringify(sum)).toBe(JSON.stringify(all));
  });
});
