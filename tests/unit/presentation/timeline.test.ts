import { describe, expect, it } from "vitest";
import { forecast, type ForecastInput } from "@/lib/domain";
import { buildRegelingTimeline } from "@/lib/presentation/timeline";
import { seededFlevoland } from "../domain/forecast/fixtures";

type Zienswijze = NonNullable<ForecastInput["participants"][number]["raadTrack"]["zienswijze"]>;

/** Dronten received the ontwerp; its 8 weeks run to 15 January 2027; optionally a raad meeting before that. */
function withDronten(meetings: ForecastInput["participants"][number]["meetings"]): ForecastInput {
  const i = seededFlevoland("2026-12-01");
  i.regional = { status: "zienswijzeprocedure_geopend", zienswijzeprocedureOpenedOn: "2026-11-20" };
  i.participants[1] = {
    ...i.participants[1],
    raadTrack: {
      status: "ontvangen",
      zienswijze: { receivedOn: "2026-11-20", deadline: { end: "2027-01-15" } } as Zienswijze,
    },
    meetings,
  };
  return i;
}

const drontenFacts = (i: ForecastInput) =>
  buildRegelingTimeline("GR", i, forecast(i))
    .facts.filter((f) => f.laneId === "dronten")
    .map((f) => [f.date, f.kind, f.label]);

describe("timeline facts (issue 16 point 3)", () => {
  it("a recorded zienswijze deadline is drawn once, as a deadline (not again the day after)", () => {
    const facts = drontenFacts(withDronten([]));
    expect(facts).toContainEqual(["2026-11-20", "gebeurd", "Raad ontving de concepttekst"]);
    expect(facts).toContainEqual(["2027-01-15", "termijn", "Einde zienswijzetermijn (8 weken)"]);
    expect(facts.map(([d]) => d)).not.toContain("2027-01-16");
  });

  it("a raad meeting before the deadline is the planned zienswijze decision", () => {
    const facts = drontenFacts(withDronten([{ kind: "raad", date: "2026-12-17" }]));
    expect(facts).toContainEqual(["2026-12-17", "gepland", "Raad besluit over de zienswijze"]);
    expect(facts).toContainEqual(["2026-12-17", "vergadering", "Raadsvergadering"]);
  });
});
