import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { loadGemeenteTimelines, loadRegelingTimeline, loadTargetVerdicts } from "@/lib/services/timeline";
import { raadsvoorstelData } from "@/lib/services/exports/raadsvoorstel";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { regelingDetail } from "@/lib/api/resources";
import { loadConsensusMatrix } from "@/lib/services/consensus";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

const SLUG = "gr-sociaal-domein-flevoland";
const OUT_OF_REACH =
  "De beoogde datum 1 januari 2027 is niet meer haalbaar: de zienswijzetermijn van 8 weken loopt tot 4 maart 2027. Vroegst haalbaar: 28 mei 2027.";

describe("timeline and target verdict read models (issue 16 points 3 and 4)", () => {
  it("the seeded regeling on 2026-12-01: out of reach in words, a lane per party, the target and today drawn", async () => {
    const t = await loadRegelingTimeline(db.prisma, SLUG, "2026-12-01");
    expect(t?.verdict.reachable).toBe(false);
    expect(t?.verdict.text.startsWith(OUT_OF_REACH)).toBe(true);
    // the five raden on the new GR; Zeewolde (addendum, no tracks on it) is no party
    expect(t?.model.lanes.map((l) => l.name)).toEqual([
      "Regio",
      "Almere",
      "Dronten",
      "Lelystad",
      "Noordoostpolder",
      "Urk",
    ]);
    expect(t?.model.lines.map((l) => [l.kind, l.date])).toEqual(
      expect.arrayContaining([
        ["vandaag", "2026-12-01"],
        ["doel", "2027-01-01"],
        ["vroegst", "2027-05-28"],
      ]),
    );
    expect(t?.model.lanes.slice(1).every((l) => l.verdict?.makesIt === false)).toBe(true);
    expect(await loadRegelingTimeline(db.prisma, "bestaat-niet", "2026-12-01")).toBeNull();
  });

  it("per gemeente: the regio and its own lane; Zeewolde has no timeline on the new GR", async () => {
    const gemeenten = await db.prisma.gemeente.findMany({ select: { id: true, naam: true } });
    const urk = gemeenten.find((g) => g.naam === "Urk");
    const zeewolde = gemeenten.find((g) => g.naam === "Zeewolde");
    const forUrk = await loadGemeenteTimelines(db.prisma, urk?.id ?? "", "2026-12-01");
    expect(forUrk.timelines).toHaveLength(1);
    expect(forUrk.timelines[0].model.lanes.map((l) => l.name)).toEqual(["Regio", "Urk"]);
    expect(forUrk.timelines[0].verdict.text.startsWith(OUT_OF_REACH)).toBe(true);
    const forZeewolde = await loadGemeenteTimelines(db.prisma, zeewolde?.id ?? "", "2026-12-01");
    expect(forZeewolde.timelines.filter((t) => t.regeling.slug === SLUG)).toEqual([]);
  });

  it("the consensus matrix carries the same sentence for its header", async () => {
    const m = await loadConsensusMatrix(db.prisma, SLUG, "2026-12-01");
    expect(m.targetVerdict?.text.startsWith(OUT_OF_REACH)).toBe(true);
  });

  it("the list of all regelingen, the draft raadsvoorstel and the API resource say it too (point 4)", async () => {
    const verdicts = await loadTargetVerdicts(db.prisma, [SLUG, "bestaat-niet"], "2026-12-01");
    expect([...verdicts.keys()]).toEqual([SLUG]);
    expect(verdicts.get(SLUG)?.text.startsWith(OUT_OF_REACH)).toBe(true);
    const proc = await db.prisma.procedure.findFirstOrThrow({
      where: { kind: "GR_TREFFEN", regeling: { slug: SLUG } },
    });
    const voorstel = await raadsvoorstelData(db.prisma, proc.id, "urk", { today: "2026-12-01" });
    expect(voorstel.inleiding.some((l) => l.startsWith(OUT_OF_REACH))).toBe(true);
    const data = await loadPublicRegeling(db.prisma, SLUG, "2026-12-01");
    const json = regelingDetail(data ?? never(), verdicts.get(SLUG) ?? null);
    expect(json.doelHaalbaarheid?.haalbaar).toBe(false);
    expect(json.doelHaalbaarheid?.tekst.startsWith(OUT_OF_REACH)).toBe(true);
  });
});

function never(): never {
  throw new Error("the seeded regeling is missing");
}
