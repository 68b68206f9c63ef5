import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  checkMovePlannedStep,
  checkPlanInwerkingtreding,
  checkPlanMeeting,
  checkWithdrawPlannedStep,
  isPlannedStepDue,
  type PlanningContext,
} from "@/lib/domain";
import { ctxOn, inZienswijzeprocedure, newProcedure } from "./procedures/fixtures";

const published: PlanningContext = {
  today: "2026-12-10",
  publishedOn: "2026-12-10",
  inForceOn: undefined,
  active: undefined,
};

describe("planning the inwerkingtreding (Awb 3:40)", () => {
  it("accepts 1 januari 2027 after a bekendmaking in December", () => {
    expect(checkPlanInwerkingtreding("2027-01-01", published)).toBeNull();
  });

  it("refuses before the bekendmaking is registered", () => {
    expect(checkPlanInwerkingtreding("2027-01-01", { ...published, publishedOn: undefined })?.code).toBe(
      "vereiste_stap_ontbreekt",
    );
  });

  it("refuses a date on or before the day of bekendmaking", () => {
    const ctx = { ...published, today: "2026-12-01", publishedOn: "2026-12-10" };
    expect(checkPlanInwerkingtreding("2026-12-10", ctx)?.message).toMatch(/3:40 Awb/);
    expect(checkPlanInwerkingtreding("2026-12-11", ctx)).toBeNull();
  });

  it("refuses today or an earlier day: that is a fact, not a plan", () => {
    expect(checkPlanInwerkingtreding("2026-12-10", published)?.code).toBe("datum_te_vroeg");
    expect(checkPlanInwerkingtreding("2026-12-11", published)).toBeNull();
  });

  it("refuses when the regeling is already in force or already planned", () => {
    expect(checkPlanInwerkingtreding("2027-01-01", { ...published, inForceOn: "2026-12-20" })?.code).toBe(
      "ongeldige_overgang",
    );
    expect(
      checkPlanInwerkingtreding("2027-02-01", { ...published, active: { status: "GEPLAND", plannedOn: "2027-01-01" } })
        ?.message,
    ).toMatch(/al gepland op 2027-01-01/);
  });

  it("refuses an invalid date", () => {
    expect(checkPlanInwerkingtreding("2027-02-30", published)?.code).toBe("ongeldige_datum");
  });
});

describe("moving and withdrawing a planned step", () => {
  const planned = { status: "GEPLAND" as const, plannedOn: "2027-01-01" };

  it("moves a planned step to another later day", () => {
    expect(checkMovePlannedStep(planned, "2027-02-01", published)).toBeNull();
    expect(checkMovePlannedStep(planned, "2027-01-01", published)?.code).toBe("ongeldige_invoer");
    expect(checkMovePlannedStep(planned, "2026-12-10", published)?.code).toBe("datum_te_vroeg");
  });

  it("keeps the Awb 3:40 rule when moving", () => {
    const ctx = { ...published, today: "2026-12-01" };
    expect(checkMovePlannedStep(planned, "2026-12-10", ctx)?.message).toMatch(/3:40 Awb/);
  });

  it("moves or withdraws only what is still planned", () => {
    expect(checkWithdrawPlannedStep(planned)).toBeNull();
    expect(checkWithdrawPlannedStep({ ...planned, status: "UITGEVOERD" })?.code).toBe("ongeldige_overgang");
    expect(checkMovePlannedStep({ ...planned, status: "INGETROKKEN" }, "2027-02-01", published)?.code).toBe(
      "ongeldige_overgang",
    );
  });
});

describe("a planned step is due on its day", () => {
  it("is due from its day on, while still planned", () => {
    const planned = { status: "GEPLAND" as const, plannedOn: "2027-01-01" };
    expect(isPlannedStepDue(planned, "2026-12-31")).toBe(false);
    expect(isPlannedStepDue(planned, "2027-01-01")).toBe(true);
    expect(isPlannedStepDue(planned, "2027-01-05")).toBe(true);
    expect(isPlannedStepDue({ ...planned, status: "INGETROKKEN" }, "2027-01-05")).toBe(false);
  });
});

describe("meetings as planned steps (issue 15 point 2): planned, moved, and held — never the decision", () => {
  const ctx = { today: "2026-09-10", inForceOn: undefined, participantInScope: true, duplicate: false };

  it("plans a raadsvergadering of a participant in scope and a BOSD meeting on a later day", () => {
    expect(checkPlanMeeting("raadsvergadering", "2026-10-07", ctx)).toBeNull();
    expect(checkPlanMeeting("bosd_vergadering", "2026-09-11", { ...ctx, participantInScope: undefined })).toBeNull();
  });

  it("refuses today or earlier, a raad outside the procedure, a double plan, and a regeling already in force", () => {
    expect(checkPlanMeeting("bosd_vergadering", "2026-09-10", ctx)?.code).toBe("datum_te_vroeg");
    expect(checkPlanMeeting("raadsvergadering", "2026-10-07", { ...ctx, participantInScope: false })?.code).toBe(
      "buiten_reikwijdte",
    );
    expect(checkPlanMeeting("raadsvergadering", "2026-10-07", { ...ctx, participantInScope: undefined })?.code).toBe(
      "buiten_reikwijdte",
    );
    expect(checkPlanMeeting("bosd_vergadering", "2026-10-07", { ...ctx, duplicate: true })?.code).toBe(
      "ongeldige_invoer",
    );
    expect(checkPlanMeeting("bosd_vergadering", "2026-10-07", { ...ctx, inForceOn: "2026-01-01" })?.code).toBe(
      "ongeldige_overgang",
    );
  });

  it("moves a meeting to any later day: the Awb 3:40 bound is the inwerkingtreding's only", () => {
    const meeting = { status: "GEPLAND" as const, plannedOn: "2026-10-07", step: "raadsvergadering" as const };
    // A bekendmaking on 2026-12-15 bounds a planned inwerkingtreding, not a raadsvergadering.
    const moveCtx = { today: "2026-09-10", publishedOn: "2026-12-15", inForceOn: undefined };
    expect(checkMovePlannedStep(meeting, "2026-10-14", moveCtx)).toBeNull();
    expect(checkMovePlannedStep({ ...meeting, step: "inwerkingtreding" }, "2026-10-14", moveCtx)?.code).toBe(
      "datum_te_vroeg",
    );
    expect(checkMovePlannedStep(meeting, "2026-09-10", moveCtx)?.code).toBe("datum_te_vroeg");
  });

  it("the fact on its day is the meeting held, with no decision and no change of status", () => {
    const s = inZienswijzeprocedure();
    const held = applyGrCommand(
      s,
      {
        track: "regional",
        event: { type: "vergadering_gehouden", body: "raad", participantId: "urk", heldOn: "2026-04-08" },
      },
      ctxOn("2026-04-08"),
    );
    if (!held.ok) throw new Error(held.message);
    expect(held.state.regional.vergaderingen).toEqual([{ body: "raad", participantId: "urk", heldOn: "2026-04-08" }]);
    expect(held.state.regional.status).toBe(s.regional.status);
    expect(held.state.raadTracks.urk).toEqual(s.raadTracks.urk);
    const bosd = {
      track: "regional" as const,
      event: { type: "vergadering_gehouden" as const, body: "bosd" as const, heldOn: "2026-04-09" },
    };
    // Facts keep refusing future dates; a meeting needs a concept to be about; a raad must take part.
    const future = applyGrCommand(s, bosd, ctxOn("2026-04-08"));
    expect(future.ok ? null : future.code).toBe("datum_in_toekomst");
    const noConcept = applyGrCommand(newProcedure(), bosd, ctxOn("2026-04-09"));
    expect(noConcept.ok ? null : noConcept.code).toBe("vereiste_stap_ontbreekt");
    const stranger = applyGrCommand(
      s,
      {
        track: "regional",
        event: { type: "vergadering_gehouden", body: "raad", participantId: "nergens", heldOn: "2026-04-08" },
      },
      ctxOn("2026-04-08"),
    );
    expect(stranger.ok).toBe(false);
  });
});
