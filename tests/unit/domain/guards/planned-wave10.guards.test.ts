/**
 * Survivors of lib/domain/procedures/planned.ts in the wave-10 mutation run (issue 20 point 13): the Dutch texts of
 * each planning refusal, a step already carried out versus withdrawn, and moving a planned BOSD meeting (no Awb 3:40
 * bound, which holds for the inwerkingtreding only).
 */
import { describe, expect, it } from "vitest";
import {
  checkMovePlannedStep,
  checkPlanInwerkingtreding,
  checkPlanMeeting,
  checkWithdrawPlannedStep,
  isPlannedMeeting,
} from "@/lib/domain";

const ctx = { today: "2026-12-01", publishedOn: "2026-11-20", inForceOn: undefined, active: undefined };

describe("planned steps: wave-10 survivors", () => {
  it("names each refusal of planning the inwerkingtreding", () => {
    expect(checkPlanInwerkingtreding("2027-01-01", { ...ctx, inForceOn: "2026-11-25" })?.message).toBe(
      "De regeling is al in werking getreden op 2026-11-25; er valt niets meer te plannen.",
    );
    expect(checkPlanInwerkingtreding("2027-01-01", { ...ctx, publishedOn: undefined })?.message).toBe(
      "Registreer eerst de bekendmaking: een regeling treedt niet in werking voordat zij is bekendgemaakt (artikel 3:40 Awb).",
    );
    const active = { status: "GEPLAND" as const, plannedOn: "2027-01-01" };
    expect(checkPlanInwerkingtreding("2027-02-01", { ...ctx, active })).toMatchObject({ code: "ongeldige_overgang" });
    expect(checkPlanInwerkingtreding("1 jan", ctx)?.message).toBe(
      'De geplande datum van inwerkingtreding: ongeldige datum "1 jan" (gebruik JJJJ-MM-DD).',
    );
    expect(checkPlanInwerkingtreding("2026-12-01", ctx)?.message).toBe(
      "De geplande datum van inwerkingtreding (2026-12-01) moet na vandaag (2026-12-01) liggen. Is de regeling al in werking getreden? Registreer dan de inwerkingtreding zelf.",
    );
  });

  it("a step carried out and a withdrawn one are told apart, for moving and for withdrawing", () => {
    expect(checkWithdrawPlannedStep({ status: "UITGEVOERD", plannedOn: "2026-11-01" })?.message).toBe(
      "Deze stap is al uitgevoerd op 2026-11-01; intrekken kan niet meer.",
    );
    expect(checkWithdrawPlannedStep({ status: "INGETROKKEN", plannedOn: "2026-11-01" })?.message).toBe(
      "Deze planning is ingetrokken; intrekken kan niet meer.",
    );
    expect(checkMovePlannedStep({ status: "UITGEVOERD", plannedOn: "2026-11-01" }, "2027-01-01", ctx)?.message).toBe(
      "Deze stap is al uitgevoerd op 2026-11-01; verplaatsen kan niet meer.",
    );
    expect(checkMovePlannedStep({ status: "GEPLAND", plannedOn: "2027-01-01" }, "2027-01-01", ctx)?.message).toBe(
      "De stap staat al gepland op 2027-01-01; kies een andere datum.",
    );
  });

  it("a planned BOSD meeting moves without the bekendmaking; its refusal names the meeting", () => {
    expect(isPlannedMeeting("raadsvergadering")).toBe(true);
    expect(isPlannedMeeting("bosd_vergadering")).toBe(true);
    expect(isPlannedMeeting("inwerkingtreding")).toBe(false);
    const bosd = { status: "GEPLAND" as const, plannedOn: "2027-01-10", step: "bosd_vergadering" as const };
    expect(checkMovePlannedStep(bosd, "2027-01-17", { ...ctx, publishedOn: undefined })).toBeNull();
    expect(checkMovePlannedStep(bosd, "2026-12-01", ctx)?.message).toBe(
      "De datum van de geplande vergadering van het BOSD (2026-12-01) moet na vandaag (2026-12-01) liggen. Is het al gebeurd? Registreer het dan als feit.",
    );
  });

  it("names each refusal of planning a meeting", () => {
    const m = { today: "2026-12-01", inForceOn: undefined, participantInScope: true, duplicate: false };
    expect(checkPlanMeeting("raadsvergadering", "2027-01-01", { ...m, inForceOn: "2026-11-25" })?.message).toBe(
      "De regeling is al in werking getreden op 2026-11-25; er valt geen vergadering meer over te plannen.",
    );
    expect(checkPlanMeeting("raadsvergadering", "2027-01-01", { ...m, participantInScope: false })?.message).toBe(
      "Kies de raad van een gemeente die aan deze procedure deelneemt; alleen die raad besluit erover.",
    );
    expect(checkPlanMeeting("bosd_vergadering", "2027-01-01", { ...m, duplicate: true })?.message).toBe(
      "Deze vergadering staat op 2027-01-01 al gepland voor deze procedure.",
    );
  });
});
