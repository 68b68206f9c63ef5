import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPublicFixture, type PublicFixture } from "./fixtures";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import { loadPublicGemeenteSummary } from "@/lib/services/public/gemeente-summary";
import { must } from "../helpers/must";

/**
 * The bounded read model of the public gemeente page (issue 18 point 2, wave 11) reads only what the
 * page shows. For a gemeente whose procedures all fit it must equal the complete read model with the
 * same window; for one in more, it keeps the newest procedures' tracks and the same steps and coming items.
 */
let f: PublicFixture;
beforeAll(async () => {
  f = await openPublicFixture();
  // Two steps for Dronten's raad, so the recent window has something to cut.
  await f.gr.ontvangen("dronten", f.today);
  await f.gr.agenderen("dronten", f.addDays(f.today, 14), "zienswijze");
});
afterAll(async () => f?.db.close());

const WINDOWS = [
  { recent: 30, recentDecisions: 10 },
  { recent: 1, recentDecisions: 0 },
];

function shown(data: NonNullable<Awaited<ReturnType<typeof loadPublicGemeente>>>) {
  return {
    tracks: data.tracks.map((t) => ({ ...t, label: data.trackLabel(t) })),
    timeline: data.timeline,
    coming: data.coming,
    truncated: data.truncated,
    meetings: data.meetings.filter((m) => m.date.toISOString().slice(0, 10) >= data.today),
    besluiten: data.besluiten,
    zienswijzen: data.zienswijzen,
    gemeente: data.gemeente,
  };
}

describe("public gemeente summary read model", () => {
  it("equals the complete read model for every gemeente whose procedures all fit", async () => {
    const gemeenten = await f.prisma.gemeente.findMany({ select: { slug: true } });
    for (const { slug } of gemeenten)
      for (const w of WINDOWS) {
        const full = must(await loadPublicGemeente(f.prisma, slug, f.today, w), slug);
        const summary = must(
          await loadPublicGemeenteSummary(f.prisma, slug, f.today, { ...w, procedures: 1000 }),
          slug,
        );
        expect(shown(summary as never), `${slug} ${JSON.stringify(w)}`).toEqual(shown(full));
        expect(summary.procedures).toBe(new Set(full.tracks.map((t) => t.procedureId)).size);
      }
    // The fixture has what the comparison needs to mean something.
    const urk = must(await loadPublicGemeente(f.prisma, "urk", f.today, WINDOWS[0]), "urk");
    expect(urk.coming.some((e) => e.key.startsWith("zienswijzetermijn-"))).toBe(true);
    expect(urk.coming.some((e) => e.key.startsWith("deadline-"))).toBe(true);
    expect(urk.coming.some((e) => e.key.startsWith("vergadering-"))).toBe(true);
    const dronten = must(await loadPublicGemeente(f.prisma, "dronten", f.today, WINDOWS[1]), "dronten");
    expect(dronten.truncated.timeline).toBe(true);
  });

  it("keeps only the newest procedures' tracks of a gemeente in more, and every step and coming item", async () => {
    const full = must(await loadPublicGemeente(f.prisma, "urk", f.today, WINDOWS[0]), "urk");
    const total = new Set(full.tracks.map((t) => t.procedureId)).size;
    expect(total).toBeGreaterThan(1);
    const summary = must(
      await loadPublicGemeenteSummary(f.prisma, "urk", f.today, { ...WINDOWS[0], procedures: 1 }),
      "urk",
    );
    expect(summary.procedures).toBe(total);
    const kept = new Set(summary.tracks.map((t) => t.procedureId));
    expect(kept.size).toBe(1);
    // Both tracks of the kept procedure, with their full JSON (the stand and explanation need it).
    expect(summary.tracks).toEqual(full.tracks.filter((t) => kept.has(t.procedureId)));
    // The kept procedure is a newest one.
    const created = await f.prisma.procedure.findMany({
      where: { id: { in: [...new Set(full.tracks.map((t) => t.procedureId))] } },
      select: { id: true, createdAt: true },
    });
    const keptAt = must(
      created.find((p) => kept.has(p.id)),
      "kept",
    ).createdAt.getTime();
    expect(created.every((p) => p.createdAt.getTime() <= keptAt)).toBe(true);
    // The steps and the coming items do not depend on which procedures are shown.
    expect(summary.timeline).toEqual(full.timeline);
    expect(summary.coming).toEqual(full.coming);
  });

  it("uses the smaller windows of the bounded summary only for a gemeente in more procedures", async () => {
    const small = { recent: 1, recentDecisions: 0 };
    const fits = must(
      await loadPublicGemeenteSummary(f.prisma, "urk", f.today, { ...WINDOWS[0], procedures: 1000, bounded: small }),
      "urk",
    );
    expect(fits.window).toEqual(WINDOWS[0]);
    expect(fits.meetingsCut).toBe(false);
    const bounded = must(
      await loadPublicGemeenteSummary(f.prisma, "urk", f.today, { ...WINDOWS[0], procedures: 1, bounded: small }),
      "urk",
    );
    const full = must(await loadPublicGemeente(f.prisma, "urk", f.today, small), "urk");
    expect(bounded.window).toEqual(small);
    expect(bounded.timeline).toEqual(full.timeline);
    expect(bounded.coming).toEqual(full.coming);
    expect(bounded.truncated).toEqual(full.truncated);
    expect(bounded.besluiten).toEqual([]);
    // The next meeting only, and it says so when there are more.
    const coming = full.meetings.filter((m) => m.date.toISOString().slice(0, 10) >= f.today);
    expect(bounded.meetings).toEqual(coming.slice(0, 1));
    expect(bounded.meetingsCut).toBe(coming.length > 1);
  });

  it("returns null for an unknown gemeente", async () => {
    expect(
      await loadPublicGemeenteSummary(f.prisma, "bestaat-niet", f.today, { ...WINDOWS[0], procedures: 10 }),
    ).toBeNull();
  });

  it("sends no more statements than the complete read model (no statement per procedure or track)", async () => {
    let n = 0;
    const counting = f.prisma.$extends({
      query: {
        $allOperations: async ({ args, query }) => {
          n++;
          return query(args);
        },
      },
    });
    const count = async (fn: () => Promise<unknown>) => {
      n = 0;
      await fn();
      return n;
    };
    const full = await count(() => loadPublicGemeente(counting as never, "urk", f.today, WINDOWS[0]));
    const summary = await count(() =>
      loadPublicGemeenteSummary(counting as never, "urk", f.today, { ...WINDOWS[0], procedures: 1 }),
    );
    expect(summary).toBe(7);
    expect(summary).toBeLessThanOrEqual(full);
  });
});
