import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPublicFixture, REGELING, SECRET, SECRET_NOTE, type PublicFixture } from "./fixtures";
import { loadPublicRegeling, listPublicRegelingen } from "@/lib/services/public/regelingen";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import { loadPublicDocument } from "@/lib/services/public/documenten";
import { explainRegeling } from "@/lib/services/public/explain";
import { must } from "../helpers/must";

let f: PublicFixture;

/** The fixture's client, counting every operation it sends (ops() reads the count). */
function countingOperations() {
  let n = 0;
  const counting = f.prisma.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        n++;
        return query(args);
      },
    },
  });
  return { counting, ops: () => n };
}
beforeAll(async () => {
  f = await openPublicFixture();
});
afterAll(async () => f?.db.close());

describe("public regeling read model", () => {
  it("lists the regelingen with their derived stand", async () => {
    const list = await listPublicRegelingen(f.prisma);
    expect(list.map((r) => r.slug)).toContain(REGELING);
    expect(
      must(
        list.find((r) => r.slug === REGELING),
        "list.find(…)",
      ).procedures.some((p) => p.derivedState === "zienswijzeprocedure"),
    ).toBe(true);
  });

  it("loads participants, documents, public zienswijzen, besluiten and upcoming items in a bounded number of operations", async () => {
    const { counting, ops } = countingOperations();
    const data = must(await loadPublicRegeling(counting as never, REGELING), "loadPublicRegeling(…)");
    // 6 for the page itself + 1 for the register rows: the recorded facts are built from the procedure, tracks and
    // participants the page already read (issue 18, cheap misses; they were 4 more reads, one of them every track again).
    expect(ops()).toBeLessThanOrEqual(7);
    expect(data.regeling.participants).toHaveLength(6);
    expect(data.zienswijzen.map((z) => z.status)).toEqual(["VASTGESTELD"]);
    expect(data.zienswijzen[0].points.map((p) => p.disposition)).toEqual(["DEELS_OVERGENOMEN", null]);
    // The BOSD akkoord's besluit (written by the regional step) and Urk's zienswijze besluit.
    expect(data.besluiten.map((b) => b.type)).toEqual(["BOSD_AKKOORD", "ZIENSWIJZE"]);
    expect(data.besluiten[1].moties[0].titel).toBe("Grip op regionale kosten");
    // The regio's public facts come from the regional track inside the stored procedure state.
    expect(data.regionalFacts.map((x) => x.key)).toContain("bosd");
    const uids = data.upcoming.map((c) => c.uid);
    expect(uids).toContain(`deadline-${f.deadline.id}@gr-volg`);
    expect(uids.some((u) => u.startsWith("zienswijzetermijn-"))).toBe(true);
    const termijn = must(
      data.upcoming.find((c) => c.uid.startsWith("zienswijzetermijn-")),
      "data.upcoming.find(…)",
    );
    expect(termijn.explanation?.join(" ")).toMatch(/Einde termijn: .*2026|Einde termijn: .*2027/);
    expect(data.calendar.map((c) => c.uid)).toContain(`vergadering-${f.meeting.id}@gr-volg`);
    expect(JSON.stringify(data.zienswijzen)).not.toContain(SECRET);
  });

  it("explains the current step in plain Dutch, naming the open deadline", async () => {
    const data = must(await loadPublicRegeling(f.prisma, REGELING), "loadPublicRegeling(…)");
    expect(must(data.explanation, "data.explanation").stand).toBe("Zienswijzeprocedure");
    expect(must(data.explanation, "data.explanation").nu).toContain("mening");
    expect(must(data.explanation, "data.explanation").details.join(" ")).toMatch(
      /Gemeenteraad Urk: zienswijze geven kan tot en met/,
    );
  });

  it("explains every regeling state without jargon codes", () => {
    for (const s of [
      "concept",
      "bosd_akkoord",
      "zienswijzeprocedure",
      "verwerking",
      "definitief",
      "toestemmingsprocedure",
      "ondertekening",
      "bekendgemaakt",
      "in_werking",
    ]) {
      const e = explainRegeling({
        derivedState: s,
        targetSignBy: null,
        targetInForce: new Date("2027-01-01T00:00:00Z"),
        today: "2026-11-24",
        participants: [],
      });
      expect(e.nu).not.toMatch(/_/);
      expect(e.volgende.length).toBeGreaterThan(10);
    }
  });

  it("returns null for an unknown regeling", async () => {
    expect(await loadPublicRegeling(f.prisma, "bestaat-niet")).toBeNull();
  });
});

describe("public gemeente read model", () => {
  it("builds Urk's timeline from decided facts only, with its deadline and meeting coming", async () => {
    const data = must(await loadPublicGemeente(f.prisma, "urk"), "loadPublicGemeente(…)");
    expect(data.timeline.map((e) => e.what)).toContain("Concepttekst ontvangen door de raad");
    expect(data.timeline.every((e) => !e.what.includes("notitie"))).toBe(true);
    expect(data.coming.map((e) => e.key)).toEqual(expect.arrayContaining([`vergadering-${f.meeting.id}@gr-volg`]));
    expect(data.coming.some((e) => e.key.startsWith("zienswijzetermijn-"))).toBe(true);
    expect(data.besluiten).toHaveLength(1);
    expect(data.zienswijzen).toHaveLength(1);
    const serialized = JSON.stringify({ t: data.timeline, c: data.coming });
    expect(serialized).not.toContain(SECRET_NOTE);
  });

  it("never shows Almere's draft zienswijze or its draft audit event", async () => {
    const data = must(await loadPublicGemeente(f.prisma, "almere"), "loadPublicGemeente(…)");
    expect(data.zienswijzen).toHaveLength(0);
    expect(data.timeline).toHaveLength(0);
    expect(JSON.stringify({ t: data.timeline, z: data.zienswijzen })).not.toContain(SECRET);
  });

  it("a recent window keeps the newest steps and decisions and says where it cut", async () => {
    // Two steps for Dronten's raad, through the griffie's doors, so "the newest one" means something.
    await f.gr.ontvangen("dronten", f.today);
    await f.gr.agenderen("dronten", f.addDays(f.today, 14), "zienswijze");
    const full = must(await loadPublicGemeente(f.prisma, "dronten"), "loadPublicGemeente(…)");
    const recent = must(
      await loadPublicGemeente(f.prisma, "dronten", undefined, { recent: 1 }),
      "loadPublicGemeente(…)",
    );
    expect(full.timeline.map((e) => e.what)).toEqual([
      "Concepttekst ontvangen door de raad",
      "Zienswijze op de agenda gezet",
    ]);
    expect(recent.timeline.map((e) => e.what)).toEqual(["Zienswijze op de agenda gezet"]);
    expect(recent.truncated.timeline).toBe(true);
    expect(recent.coming).toEqual(full.coming.slice(0, 1));
    expect(recent.truncated.coming).toBe(full.coming.length > 1);
    expect(full.truncated).toEqual({ timeline: false, besluiten: false, zienswijzen: false, coming: false });

    const decisionsOnly = must(
      await loadPublicGemeente(f.prisma, "urk", undefined, { recent: 5, recentDecisions: 0 }),
      "loadPublicGemeente(…)",
    );
    expect(decisionsOnly.besluiten).toHaveLength(0);
    expect(decisionsOnly.truncated).toMatchObject({ besluiten: true, zienswijzen: true, timeline: false });
    const urk = must(await loadPublicGemeente(f.prisma, "urk", undefined, { recent: 1 }), "loadPublicGemeente(…)");
    expect(urk.besluiten).toHaveLength(1);
    expect(urk.truncated.besluiten).toBe(false);
    const none = must(await loadPublicGemeente(f.prisma, "urk", undefined, { recent: 0 }), "loadPublicGemeente(…)");
    expect([none.besluiten.length, none.zienswijzen.length, none.timeline.length]).toEqual([0, 0, 0]);
    expect(none.truncated).toMatchObject({ besluiten: true, zienswijzen: true, timeline: true });
  });

  it("keeps the number of operations bounded", async () => {
    const { counting, ops } = countingOperations();
    await loadPublicGemeente(counting as never, "urk");
    expect(ops()).toBeLessThanOrEqual(7);
  });
});

describe("public document read model", () => {
  it("returns every version with its ordered articles and content hash", async () => {
    const doc = must(await loadPublicDocument(f.prisma, f.proc.documentId), "loadPublicDocument(…)");
    expect(doc.versions.length).toBeGreaterThanOrEqual(1);
    const v = doc.versions[0];
    expect(v.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v.articles.map((a) => a.position)).toEqual([...v.articles.map((a) => a.position)].sort((a, b) => a - b));
  });
});
