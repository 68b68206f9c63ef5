import { describe, expect, it } from "vitest";
import {
  checkMovePlannedStep,
  checkPlanInwerkingtreding,
  checkWithdrawPlannedStep,
  isPlannedStepDue,
  type PlanningContext,
} from "@/lib/domain";

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
