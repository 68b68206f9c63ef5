import { describe, expect, it } from "vitest";
import {
  groupTasksByMeeting,
  meetingForStep,
  nextCollegeStep,
  nextRaadStep,
  nextRegionalStep,
  raadIsLate,
} from "@/lib/domain/tasks";
import {
  isVoorgenomenBesluitDue,
  type CollegeTrackState,
  type RaadTrackState,
  type RegionalTrackState,
} from "@/lib/domain";

const trace = (end: string) => ({ end }) as unknown as NonNullable<RaadTrackState["zienswijze"]>["deadline"];
const raad = (status: RaadTrackState["status"], extra: Partial<RaadTrackState> = {}): RaadTrackState => ({
  id: "r",
  participantId: "p",
  status,
  superseded: [],
  ...extra,
});
const college = (status: CollegeTrackState["status"], extra: Partial<CollegeTrackState> = {}): CollegeTrackState => ({
  id: "c",
  participantId: "p",
  status,
  superseded: [],
  ...extra,
});
const regional = (
  status: RegionalTrackState["status"],
  extra: Partial<RegionalTrackState> = {},
): RegionalTrackState => ({
  status,
  ...extra,
});
const latest = { raad: "2026-10-15", college: "2026-11-03", signing: "2026-11-20", publication: "2026-12-30" };
const zienswijze = { documentVersionId: "v1", receivedOn: "2026-05-12", deadline: trace("2026-07-07") };

describe("next step of the raad (griffier)", () => {
  it("uses the statutory zienswijze deadline (Wgr art. 1 lid 3) for agendering and the raadsbesluit", () => {
    expect(nextRaadStep(raad("ontvangen", { zienswijze }), regional("zienswijzeprocedure_geopend"), latest)).toEqual({
      step: "agendering",
      deadline: "2026-07-07",
      inMeeting: true,
    });
    expect(nextRaadStep(raad("geagendeerd", { zienswijze }), regional("zienswijzeprocedure_geopend"), latest)).toEqual({
      step: "zienswijze",
      deadline: "2026-07-07",
      inMeeting: true,
    });
  });

  it("asks for the receipt only once the regio opened the zienswijzeprocedure, and the toestemmingsvoorstel once it opened that one", () => {
    expect(nextRaadStep(raad("nog_niet_ontvangen"), regional("bosd_akkoord"), latest)).toBeNull();
    expect(nextRaadStep(raad("nog_niet_ontvangen"), regional("zienswijzeprocedure_geopend"), latest)?.step).toBe(
      "ontvangst",
    );
    expect(nextRaadStep(raad("geen_zienswijze"), regional("nota_van_beantwoording_gereed"), latest)).toBeNull();
    expect(nextRaadStep(raad("geen_zienswijze"), regional("toestemmingsprocedure_geopend"), latest)?.step).toBe(
      "toestemmingsvoorstel",
    );
  });

  it("takes the toestemming deadline from the worked-back raad date, or the expected date of an aanhouding", () => {
    expect(nextRaadStep(raad("toestemming_geagendeerd"), regional("toestemmingsprocedure_geopend"), latest)).toEqual({
      step: "toestemming",
      deadline: "2026-10-15",
      inMeeting: true,
    });
    const held = raad("toestemming_aangehouden", {
      toestemming: {
        documentVersionId: "v2",
        receivedOn: "2026-09-02",
        aanhoudingen: [{ decidedOn: "2026-09-20", expectedDate: "2026-10-01" }],
      },
    });
    expect(nextRaadStep(held, regional("toestemmingsprocedure_geopend"), latest)?.deadline).toBe("2026-10-01");
    expect(nextRaadStep(raad("toestemming_verleend"), regional("toestemmingsprocedure_geopend"), latest)).toBeNull();
    expect(
      nextRaadStep(
        raad("ontvangen", { zienswijze, endedOn: "2026-06-01" }),
        regional("zienswijzeprocedure_geopend"),
        latest,
      ),
    ).toBeNull();
  });

  it("a raad is late only after its deadline", () => {
    const step = { step: "zienswijze" as const, deadline: "2026-07-07", inMeeting: true };
    expect(raadIsLate(step, "2026-07-07")).toBe(false);
    expect(raadIsLate(step, "2026-07-08")).toBe(true);
    expect(raadIsLate({ ...step, deadline: null }, "2027-01-01")).toBe(false);
    expect(raadIsLate(null, "2027-01-01")).toBe(false);
  });
});

describe("next step of the college", () => {
  it("the collegebesluit only after the own raad's toestemming (R6), then signing and the own bekendmaking", () => {
    const open = regional("toestemmingsprocedure_geopend", {
      toestemmingsprocedure: { documentVersionId: "v", openedOn: "2026-08-01" },
    });
    expect(
      nextCollegeStep(college("wacht_op_toestemming"), raad("toestemming_geagendeerd"), open, latest, "v"),
    ).toEqual({
      step: "voorgenomen_besluit",
      deadline: "2026-10-15",
      inMeeting: true,
    });
    expect(
      nextCollegeStep(
        college("wacht_op_toestemming", {
          voorgenomenBesluit: { documentVersionId: "v", decidedOn: "2026-09-01", body: "college" } as never,
        }),
        raad("toestemming_geagendeerd"),
        open,
        latest,
        "v",
      ),
    ).toBeNull();
    expect(nextCollegeStep(college("wacht_op_toestemming"), raad("toestemming_verleend"), open, latest, "v")).toEqual({
      step: "collegebesluit",
      deadline: "2026-11-03",
      inMeeting: true,
    });
    expect(
      nextCollegeStep(college("collegebesluit_genomen"), raad("toestemming_verleend"), open, latest, "v")?.deadline,
    ).toBe("2026-11-20");
    expect(nextCollegeStep(college("ondertekend"), raad("toestemming_verleend"), open, latest, "v")?.step).toBe(
      "eigen_bekendmaking",
    );
    expect(
      nextCollegeStep(
        college("wacht_op_toestemming"),
        raad("ontvangen"),
        regional("zienswijzeprocedure_geopend"),
        latest,
        "v",
      ),
    ).toBeNull();
  });
});

describe("next regional step (secretariat)", () => {
  it("closes the zienswijzeprocedure after the last raad's deadline; publishes before the in-force date", () => {
    const raden = [
      raad("ontvangen", { zienswijze }),
      raad("ontvangen", { zienswijze: { ...zienswijze, deadline: trace("2026-07-21") } }),
      raad("nog_niet_ontvangen"),
    ];
    expect(nextRegionalStep(regional("zienswijzeprocedure_geopend"), raden, "2026-12-31")).toEqual({
      step: "zienswijzeprocedure_sluiten",
      deadline: "2026-07-21",
      inMeeting: false,
    });
    expect(nextRegionalStep(regional("toestemmingsprocedure_geopend"), raden, "2026-12-31")?.deadline).toBe(
      "2026-12-31",
    );
    expect(
      nextRegionalStep(
        regional("bekendgemaakt", { bekendmaking: { publishedOn: "2026-12-01", plannedInForceOn: "2027-01-01" } }),
        [],
        null,
      ),
    ).toMatchObject({ step: "inwerkingtreding", deadline: "2027-01-01" });
    expect(nextRegionalStep(regional("concept_opgesteld"), [], null)).toMatchObject({
      step: "bosd_akkoord",
      inMeeting: true,
    });
    expect(nextRegionalStep(regional("in_werking"), [], null)).toBeNull();
  });
});

describe("meeting of a step and grouping", () => {
  const meetings = [
    { id: "m2", date: "2026-07-30", titel: null },
    { id: "m0", date: "2026-05-01", titel: null },
    { id: "m1", date: "2026-06-18", titel: null },
  ];
  it("picks the first meeting from today on, on or before the deadline", () => {
    expect(meetingForStep({ deadline: "2026-07-07", inMeeting: true }, meetings, "2026-06-01")?.id).toBe("m1");
    expect(meetingForStep({ deadline: "2026-07-07", inMeeting: true }, meetings, "2026-06-19")).toBeNull();
    expect(meetingForStep({ deadline: null, inMeeting: true }, meetings, "2026-06-19")?.id).toBe("m2");
    expect(meetingForStep({ deadline: "2026-07-07", inMeeting: false }, meetings, "2026-06-01")).toBeNull();
    expect(meetingForStep({ deadline: "2026-06-18", inMeeting: true }, meetings, "2026-06-18")?.id).toBe("m1");
  });

  it("groups by meeting (earliest first, none last) and orders each group by deadline", () => {
    const m1 = meetings[2];
    const m2 = meetings[0];
    const groups = groupTasksByMeeting([
      { n: "a", meeting: null, deadline: null },
      { n: "b", meeting: m2, deadline: "2026-08-01" },
      { n: "c", meeting: m1, deadline: "2026-07-07" },
      { n: "d", meeting: m1, deadline: "2026-06-30" },
      { n: "e", meeting: null, deadline: "2026-06-01" },
    ]);
    expect(groups.map((g) => [g.meeting?.id ?? null, g.tasks.map((t) => t.n)])).toEqual([
      ["m1", ["d", "c"]],
      ["m2", ["b"]],
      [null, ["e", "a"]],
    ]);
  });
});

describe("when the voorgenomen collegebesluit is due (one rule for the workspace and Mijn taken, Wgr art. 1 lid 4)", () => {
  const open = regional("toestemmingsprocedure_geopend", {
    toestemmingsprocedure: { documentVersionId: "v2", openedOn: "2026-08-01" },
  });
  const waiting = college("wacht_op_toestemming");
  it("is due once the toestemmingsprocedure is open and the own raad has not given toestemming", () => {
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_ontvangen"), waiting, "v2")).toBe(true);
    expect(isVoorgenomenBesluitDue(open, undefined, undefined, "v2")).toBe(true);
  });
  it("is not due before the toestemmingsprocedure, without a geldende version, or after the toestemming", () => {
    expect(isVoorgenomenBesluitDue(regional("zienswijzeprocedure_geopend"), raad("ontvangen"), waiting, "v2")).toBe(
      false,
    );
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_ontvangen"), waiting, null)).toBe(false);
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_verleend"), waiting, "v2")).toBe(false);
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_ontvangen"), college("collegebesluit_genomen"), "v2")).toBe(
      false,
    );
  });
  it("is not due when taken on the geldende version, again when that version changed (R8), never on ended tracks", () => {
    const on = (v: string) =>
      college("wacht_op_toestemming", { voorgenomenBesluit: { documentVersionId: v } as never });
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_ontvangen"), on("v2"), "v2")).toBe(false);
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_ontvangen"), on("v1"), "v2")).toBe(true);
    expect(isVoorgenomenBesluitDue(open, raad("toestemming_ontvangen", { endedOn: "2026-09-01" }), waiting, "v2")).toBe(
      false,
    );
    expect(
      isVoorgenomenBesluitDue(
        open,
        raad("toestemming_ontvangen"),
        college("wacht_op_toestemming", { endedOn: "2026-09-01" }),
        "v2",
      ),
    ).toBe(false);
  });
  it("the college workspace and Mijn taken agree", () => {
    const r = raad("toestemming_ontvangen");
    expect(nextCollegeStep(waiting, r, open, latest, "v2")?.step).toBe("voorgenomen_besluit");
    expect(nextCollegeStep(waiting, r, regional("zienswijzeprocedure_geopend"), latest, "v2")).toBeNull();
  });
});
