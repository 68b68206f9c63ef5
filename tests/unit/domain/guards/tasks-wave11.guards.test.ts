/**
 * Wave 11 (issue 20 point 13): "Mijn taken" tells each party its next step, the day by which it must be done and
 * whether a meeting must decide it. Every step, deadline and meeting flag is pinned as a whole object, also without
 * worked-back dates (`latest` null: no meeting calendar yet).
 */
import { describe, expect, it } from "vitest";
import type { CollegeTrackState, RaadTrackState, RegionalTrackState } from "@/lib/domain";
import {
  groupTasksByMeeting,
  meetingForStep,
  nextCollegeStep,
  nextRaadStep,
  nextRegionalStep,
} from "@/lib/domain/tasks";

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
const open = regional("toestemmingsprocedure_geopend", {
  toestemmingsprocedure: { documentVersionId: "v2", openedOn: "2026-08-01" },
});
const toestemming = (aanhoudingen: { decidedOn: string; expectedDate: string }[]) => ({
  documentVersionId: "v2",
  receivedOn: "2026-09-02",
  aanhoudingen,
});

describe("the raad's next step (Wgr art. 1 lid 3–4)", () => {
  it("the toestemmingsvoorstel and the receipt are no meeting steps and have no deadline", () => {
    expect(nextRaadStep(raad("geen_zienswijze"), open, latest)).toEqual({
      step: "toestemmingsvoorstel",
      deadline: null,
      inMeeting: false,
    });
    expect(nextRaadStep(raad("nog_niet_ontvangen"), regional("zienswijzeprocedure_geopend"), latest)).toEqual({
      step: "ontvangst",
      deadline: null,
      inMeeting: false,
    });
  });

  it("a received toestemmingsvoorstel must be put on a raad agenda by the worked-back raad date", () => {
    expect(nextRaadStep(raad("toestemming_ontvangen"), open, latest)).toEqual({
      step: "toestemming_agendering",
      deadline: "2026-10-15",
      inMeeting: true,
    });
  });

  it("an agendered toestemming keeps the worked-back date, even after an earlier aanhouding with an expected date", () => {
    const reAgendered = raad("toestemming_geagendeerd", {
      toestemming: toestemming([{ decidedOn: "2026-09-20", expectedDate: "2026-10-01" }]),
    });
    expect(nextRaadStep(reAgendered, open, latest)).toEqual({
      step: "toestemming",
      deadline: "2026-10-15",
      inMeeting: true,
    });
  });

  it("an aangehouden toestemming: the expected date of the last aanhouding, else the worked-back date", () => {
    const held = raad("toestemming_aangehouden", {
      toestemming: toestemming([
        { decidedOn: "2026-09-10", expectedDate: "2026-09-24" },
        { decidedOn: "2026-09-24", expectedDate: "2026-10-01" },
      ]),
    });
    expect(nextRaadStep(held, open, latest)).toEqual({ step: "toestemming", deadline: "2026-10-01", inMeeting: true });
    // No aanhouding recorded (or no toestemming on the track): fall back to the worked-back date, no crash.
    expect(nextRaadStep(raad("toestemming_aangehouden", { toestemming: toestemming([]) }), open, latest)).toEqual({
      step: "toestemming",
      deadline: "2026-10-15",
      inMeeting: true,
    });
    expect(nextRaadStep(raad("toestemming_aangehouden"), open, latest)?.deadline).toBe("2026-10-15");
  });

  it("without worked-back dates the toestemming steps have no deadline", () => {
    expect(nextRaadStep(raad("toestemming_geagendeerd"), open, null)).toEqual({
      step: "toestemming",
      deadline: null,
      inMeeting: true,
    });
  });
});

describe("the college's next step (R6, Wgr art. 1 lid 4)", () => {
  it("signing and the own bekendmaking are no meeting steps, with their worked-back days", () => {
    const given = raad("toestemming_verleend");
    expect(nextCollegeStep(college("collegebesluit_genomen"), given, open, latest, "v2")).toEqual({
      step: "ondertekening",
      deadline: "2026-11-20",
      inMeeting: false,
    });
    expect(nextCollegeStep(college("ondertekend"), given, open, latest, "v2")).toEqual({
      step: "eigen_bekendmaking",
      deadline: "2026-12-30",
      inMeeting: false,
    });
  });

  it("without worked-back dates every college step has no deadline", () => {
    const given = raad("toestemming_verleend");
    expect(nextCollegeStep(college("wacht_op_toestemming"), given, open, null, "v2")?.deadline).toBeNull();
    expect(nextCollegeStep(college("collegebesluit_genomen"), given, open, null, "v2")?.deadline).toBeNull();
    expect(nextCollegeStep(college("ondertekend"), given, open, null, "v2")?.deadline).toBeNull();
    expect(nextCollegeStep(college("wacht_op_toestemming"), raad("toestemming_ontvangen"), open, null, "v2")).toEqual({
      step: "voorgenomen_besluit",
      deadline: null,
      inMeeting: true,
    });
  });

  it("an ended college track (the gemeente left the procedure) has no next step", () => {
    const ended = college("wacht_op_toestemming", { endedOn: "2026-09-01" });
    expect(nextCollegeStep(ended, raad("toestemming_verleend"), open, latest, "v2")).toBeNull();
    expect(
      nextCollegeStep(
        college("ondertekend", { endedOn: "2026-09-01" }),
        raad("toestemming_verleend"),
        open,
        latest,
        "v2",
      ),
    ).toBeNull();
  });
});

describe("the secretariat's next step", () => {
  const plain = (step: string, deadline: string | null = null) => ({ step, deadline, inMeeting: false });
  it("every regional status has its own step", () => {
    expect(nextRegionalStep(regional("nieuw"), [], null)).toEqual(plain("concept"));
    expect(nextRegionalStep(regional("bosd_akkoord"), [], null)).toEqual(plain("zienswijzeprocedure_openen"));
    expect(nextRegionalStep(regional("zienswijzeprocedure_gesloten"), [], null)).toEqual(plain("nota"));
    expect(nextRegionalStep(regional("nota_van_beantwoording_gereed"), [], null)).toEqual(plain("definitieve_versie"));
    expect(nextRegionalStep(regional("definitieve_versie_vastgesteld"), [], null)).toEqual(
      plain("toestemmingsprocedure"),
    );
    expect(nextRegionalStep(regional("toestemmingsprocedure_geopend"), [], "2026-12-31")).toEqual(
      plain("bekendmaking", "2026-12-31"),
    );
    expect(nextRegionalStep(regional("bekendgemaakt"), [], null)).toEqual(plain("inwerkingtreding"));
  });

  it("the zienswijzeprocedure closes after the LATEST raad deadline, whatever the order of the raden (Wgr art. 1 lid 3)", () => {
    const z = (end: string) => ({ documentVersionId: "v1", receivedOn: "2026-05-12", deadline: trace(end) });
    const raden = [
      raad("ontvangen", { zienswijze: z("2026-07-21") }),
      raad("ontvangen", { zienswijze: z("2026-07-07") }),
      raad("ontvangen", { zienswijze: z("2026-07-14") }),
    ];
    expect(nextRegionalStep(regional("zienswijzeprocedure_geopend"), raden, null)).toEqual(
      plain("zienswijzeprocedure_sluiten", "2026-07-21"),
    );
  });
});

describe("meetings and grouping", () => {
  it("the first meeting in time, whatever the order of the calendar", () => {
    const meetings = [
      { id: "late", date: "2026-06-25", titel: null },
      { id: "early", date: "2026-06-11", titel: null },
    ];
    expect(meetingForStep({ deadline: "2026-07-01", inMeeting: true }, meetings, "2026-06-01")?.id).toBe("early");
  });

  it("groups by meeting date in order, whatever the input order; each group by deadline, none last", () => {
    const m = (id: string, date: string) => ({ id, date, titel: null });
    const a = m("a", "2026-05-01");
    const b = m("b", "2026-06-01");
    const c = m("c", "2026-07-01");
    // Not in order, nor in reverse order (a comparator that always answers "before" reverses the input).
    const groups = groupTasksByMeeting([
      { n: 4, meeting: b, deadline: "2026-05-30" },
      { n: 1, meeting: null, deadline: null },
      { n: 6, meeting: c, deadline: "2026-06-10" },
      { n: 3, meeting: b, deadline: null },
      { n: 5, meeting: a, deadline: "2026-04-30" },
      { n: 2, meeting: c, deadline: "2026-06-20" },
      { n: 7, meeting: b, deadline: "2026-05-20" },
    ]);
    expect(groups.map((g) => [g.meeting?.id ?? null, g.tasks.map((t) => t.n)])).toEqual([
      ["a", [5]],
      ["b", [7, 4, 3]],
      ["c", [6, 2]],
      [null, [1]],
    ]);
  });
});
