import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrScenario } from "./helpers/gr-scenario";
import { loadTrackHistory } from "@/lib/read-models/secretariaat";
import type { GrScenario } from "@/lib/scenario";

/**
 * Issue 16 point 2: a fact is dated by its legal date, not by the day it was registered. Dronten's griffie first
 * registers the agenda (raad meeting of 25 March), then the raad's earlier besluit (no zienswijze, 20 March):
 * the track history lists the besluit first, and still shows when each was registered.
 */
let ctx: Awaited<ReturnType<typeof openGrScenario>>;
let gr: GrScenario;

beforeAll(async () => {
  ctx = await openGrScenario(new Date("2026-04-10T10:00:00Z"), async (g) => {
    gr = g;
    await g.through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-03-01", bosd_akkoord: "2026-03-05", zienswijzeprocedure_geopend: "2026-03-10" },
    });
    await g.ontvangen("dronten", "2026-03-11");
    await g.agenderen("dronten", "2026-03-25", "zienswijze");
    await g.geenZienswijze("dronten", "2026-03-20");
  });
}, 600_000);
afterAll(async () => ctx?.db.close());

describe("legal dates", () => {
  it("the track history sorts by the legal date and keeps the registration time", async () => {
    const prisma = ctx.db.prisma;
    const procedureId = gr.procedureId;
    const dronten = await prisma.participant.findFirstOrThrow({
      where: { gemeente: { slug: "dronten" }, regeling: { slug: "gr-sociaal-domein-flevoland" } },
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
});
