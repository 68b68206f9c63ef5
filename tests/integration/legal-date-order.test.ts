import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrScenario } from "./helpers/gr-scenario";
import { loadTrackHistory } from "@/lib/read-models/secretariaat";
import { loadRegelingCalendar } from "@/lib/api/ics-feeds";
import { MILESTONE_KIND_LABELS } from "@/lib/presentation/labels";
import { loadRegelingOverview } from "@/lib/services/overview";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadRegelingTimeline } from "@/lib/services/timeline";
import type { GrScenario } from "@/lib/scenario";

/**
 * Issue 16 point 2: a fact is dated by its legal date, not by the day it was registered, and seeded planning gives way
 * to the registered fact. The seed plans "Concept-GR … naar de raden" for May 2026; the scenario then opens the
 * zienswijzeprocedure on 10 March through the runner. Urk's raad decides (30 March) before Dronten's griffie registers
 * the agenda of its raad meeting of 25 March, and Dronten registers that agenda before its raad's earlier besluit
 * (no zienswijze, 20 March).
 */
const SLUG = "gr-sociaal-domein-flevoland";
const TODAY = "2026-04-10";
const PLANNED = "Concept-GR met bijlage taken voor zienswijze naar de raden";
let ctx: Awaited<ReturnType<typeof openGrScenario>>;
let gr: GrScenario;

beforeAll(async () => {
  ctx = await openGrScenario(new Date(`${TODAY}T10:00:00Z`), async (g) => {
    gr = g;
  });
}, 600_000);
afterAll(async () => ctx?.db.close());

async function plannedMilestone() {
  const pub = await loadPublicRegeling(ctx.db.prisma, SLUG, TODAY);
  const home = await loadRegelingOverview(ctx.db.prisma, SLUG);
  const onPage = pub?.regeling.milestones.find((m) => m.label === PLANNED);
  expect(home?.regeling.milestones.find((m) => m.label === PLANNED)).toEqual(onPage);
  const calendar = await loadRegelingCalendar(ctx.db.prisma, SLUG, TODAY);
  return { onPage, inFeed: calendar?.items.filter((i) => i.title === PLANNED) ?? [] };
}

describe("legal dates", () => {
  it("before the step is registered, the seeded milestone is planned", async () => {
    const { onPage, inFeed } = await plannedMilestone();
    expect(onPage && MILESTONE_KIND_LABELS[onPage.kind]).toBe("Gepland");
    expect(onPage).toMatchObject({
      dateText: "mei 2026",
      plannedText: null,
      plannedStep: "zienswijzeprocedure_geopend",
    });
    // A month is no calendar day: not in the feed yet.
    expect(inFeed).toEqual([]);
  });

  it("once the runner registers the planned step, the fact with its legal date replaces the plan", async () => {
    await gr.through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-03-01", bosd_akkoord: "2026-03-05", zienswijzeprocedure_geopend: "2026-03-10" },
    });
    await gr.ontvangen("dronten", "2026-03-11");
    await gr.ontvangen("urk", "2026-03-11");
    await gr.geenZienswijze("urk", "2026-03-30");
    await gr.agenderen("dronten", "2026-03-25", "zienswijze");
    await gr.geenZienswijze("dronten", "2026-03-20");

    const { onPage, inFeed } = await plannedMilestone();
    expect(onPage && MILESTONE_KIND_LABELS[onPage.kind]).not.toBe("Gepland");
    expect(onPage).toMatchObject({ kind: "FEIT", dateText: "10 maart 2026", plannedText: "gepland: mei 2026" });
    expect(inFeed).toEqual([expect.objectContaining({ kind: "mijlpaal", date: "2026-03-10" })]);
    expect(JSON.stringify(inFeed)).not.toMatch(/Gepland|mei 2026/);
  });

  it("the track history sorts by the legal date and keeps the registration time", async () => {
    const prisma = ctx.db.prisma;
    const procedureId = gr.procedureId;
    const dronten = await prisma.participant.findFirstOrThrow({
      where: { gemeente: { slug: "dronten" }, regeling: { slug: SLUG } },
    });
    const track = await prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: dronten.id, kind: "RAAD" } },
    });
    const history = await loadTrackHistory(prisma, track.id);
    const steps = (history?.events ?? []).filter((e) => e.toState && e.toState !== e.fromState);
    expect(steps.map((e) => [e.legalDate, e.toState])).toEqual([
      ["2026-03-11", "ontvangen"],
      ["2026-03-20", "geen_zienswijze"],
      ["2026-03-25", "geagendeerd"],
    ]);
    // registered in the other order: the agenda before the besluit
    const at = (s: string) => steps.find((e) => e.toState === s)?.id ?? 0n;
    expect(at("geagendeerd") < at("geen_zienswijze")).toBe(true);
  });

  it("the timeline lists an agenda registered after a later decision before that decision", async () => {
    const participants = await ctx.db.prisma.participant.findMany({
      where: { regeling: { slug: SLUG }, gemeente: { slug: { in: ["dronten", "urk"] } } },
      include: { gemeente: { select: { slug: true } } },
    });
    const id = (slug: string) => participants.find((p) => p.gemeente.slug === slug)?.id;
    const timeline = await loadRegelingTimeline(ctx.db.prisma, SLUG, TODAY);
    const keys = (timeline?.model.facts ?? []).map((f) => f.key);
    const agenda = keys.indexOf(`${id("dronten")}-zienswijze-agenda`);
    const urkDecision = keys.indexOf(`${id("urk")}-zienswijze`);
    expect(agenda).toBeGreaterThanOrEqual(0);
    expect(urkDecision).toBeGreaterThan(agenda);
    expect(timeline?.model.facts[agenda]).toMatchObject({ date: "2026-03-25", kind: "gebeurd" });
    expect(timeline?.model.facts[urkDecision]).toMatchObject({ date: "2026-03-30" });
  });
});
