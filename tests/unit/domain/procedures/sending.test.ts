import { describe, expect, it } from "vitest";
import {
  assumedReceipt,
  DEFAULT_DELIVERY_DAYS,
  pdfRequired,
  type GrCommand,
  type GrProcedureState,
  type RegionalCorrectionEvent,
} from "@/lib/domain";
import { apply, inToestemming, inZienswijzeprocedure, refusal } from "./fixtures";

const sent = (participantIds: string[], sentOn: string, deliveryDays?: number): GrCommand => ({
  track: "regional",
  event: { type: "ontwerp_verzonden", participantIds, sentOn, ...(deliveryDays === undefined ? {} : { deliveryDays }) },
});
const received = (participantId: string, receivedOn: string): GrCommand => ({
  track: "raad",
  participantId,
  event: { type: "ontwerp_ontvangen", receivedOn, documentVersionId: "v1" },
});
const correct = (e: Omit<RegionalCorrectionEvent, "type">): GrCommand => ({
  track: "regional",
  event: { type: "regionale_stap_gecorrigeerd", ...e },
});

describe("R25a: assumed receipt = send date + the regeling's delivery assumption (Awb art. 3:41)", () => {
  it("adds the delivery days; falls back to the default for a missing or impossible assumption", () => {
    expect(assumedReceipt("2026-03-27", 2)).toBe("2026-03-29");
    expect(assumedReceipt("2026-03-27", 0)).toBe("2026-03-27");
    expect(assumedReceipt("2026-12-30", 3)).toBe("2027-01-02");
    expect(DEFAULT_DELIVERY_DAYS).toBe(2);
    expect(assumedReceipt("2026-03-27", undefined)).toBe("2026-03-29");
    expect(assumedReceipt("2026-03-27", -1)).toBe("2026-03-29");
    expect(assumedReceipt("2026-03-27", 31)).toBe("2026-03-29");
    expect(assumedReceipt("2026-03-27", 1.5)).toBe("2026-03-29");
  });

  it("gives every raad sent to an assumed receipt, marked, with the 8-week deadline from it", () => {
    const s = apply(inZienswijzeprocedure(), sent(["almere", "urk"], "2026-03-27", 3), "2026-03-28");
    for (const id of ["almere", "urk"]) {
      const t = s.raadTracks[id];
      expect(t.status).toBe("ontvangen");
      expect(t.zienswijze).toMatchObject({ receivedOn: "2026-03-30", assumed: true, documentVersionId: "v1" });
      // 8 weeks from 30 March 2026 (a Monday) end on Monday 25 May 2026 (2e Pinksterdag: Atw → Tuesday 26 May).
      expect(t.zienswijze?.deadline.end).toBe("2026-05-26");
    }
    expect(s.raadTracks.dronten.status).toBe("nog_niet_ontvangen");
    expect(s.raadTracks.dronten.zienswijze).toBeUndefined();
  });

  it("never replaces a receipt the griffie already confirmed", () => {
    const s0 = apply(inZienswijzeprocedure(), received("almere", "2026-03-28"), "2026-03-28");
    const s = apply(s0, sent(["almere"], "2026-03-27"), "2026-03-28");
    expect(s.raadTracks.almere.zienswijze).toMatchObject({ receivedOn: "2026-03-28" });
    expect(s.raadTracks.almere.zienswijze?.assumed).toBeUndefined();
  });
});

describe("R25b: the griffie's confirmation supersedes the assumed receipt", () => {
  it("replaces the date, recomputes the deadline, drops the mark and keeps the agenda and status", () => {
    let s = apply(inZienswijzeprocedure(), sent(["almere"], "2026-03-27"), "2026-03-28");
    s = apply(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "zienswijze_geagendeerd", agenda: { raadDate: "2026-05-19" } },
      },
      "2026-03-29",
    );
    s = apply(s, received("almere", "2026-04-01"), "2026-04-02");
    const t = s.raadTracks.almere;
    expect(t.status).toBe("geagendeerd");
    expect(t.zienswijze?.receivedOn).toBe("2026-04-01");
    expect(t.zienswijze?.assumed).toBeUndefined();
    expect(t.zienswijze?.agenda).toEqual({ raadDate: "2026-05-19" });
    expect(t.zienswijze?.deadline.end).toBe("2026-05-27");
  });

  it("refuses a second confirmation, and a receipt before the send date", () => {
    const s = apply(inZienswijzeprocedure(), sent(["almere"], "2026-03-30"), "2026-03-30");
    expect(refusal(s, received("almere", "2026-03-29"), "2026-03-31").code).toBe("datum_te_vroeg");
    const confirmed = apply(s, received("almere", "2026-03-31"), "2026-03-31");
    expect(refusal(confirmed, received("almere", "2026-03-31"), "2026-03-31")).toMatchObject({
      code: "ongeldige_overgang",
      message: expect.stringContaining("al geregistreerd"),
    });
  });
});

describe("R28: a regional step is corrected by a new event with a reason", () => {
  const base = (): GrProcedureState =>
    apply(inZienswijzeprocedure(), sent(["almere", "urk"], "2026-03-27"), "2026-03-28");

  it("corrects a send date: the old date stays in the corrections, the assumed receipt moves with it", () => {
    const s = apply(
      base(),
      correct({
        step: "ontwerp_verzonden",
        participantId: "almere",
        date: "2026-03-30",
        reason: " Poststempel 30-3. ",
        deliveryDays: 2,
      }),
      "2026-04-01",
    );
    expect(s.regional.ontwerpVerzonden).toEqual({ almere: "2026-03-30", urk: "2026-03-27" });
    expect(s.regional.corrections).toEqual([
      {
        step: "ontwerp_verzonden",
        participantId: "almere",
        from: "2026-03-27",
        to: "2026-03-30",
        reason: "Poststempel 30-3.",
        correctedOn: "2026-04-01",
      },
    ]);
    expect(s.raadTracks.almere.zienswijze).toMatchObject({ receivedOn: "2026-04-01", assumed: true });
    expect(s.raadTracks.urk.zienswijze?.receivedOn).toBe("2026-03-29");
    expect(s.regional.status).toBe("zienswijzeprocedure_geopend");
  });

  it("keeps a confirmed receipt and refuses a send date after it", () => {
    const s = apply(base(), received("almere", "2026-03-28"), "2026-03-28");
    const ok = apply(
      s,
      correct({ step: "ontwerp_verzonden", participantId: "almere", date: "2026-03-28", reason: "x" }),
      "2026-04-01",
    );
    expect(ok.raadTracks.almere.zienswijze).toMatchObject({ receivedOn: "2026-03-28" });
    expect(ok.raadTracks.almere.zienswijze?.assumed).toBeUndefined();
    expect(
      refusal(
        s,
        correct({ step: "ontwerp_verzonden", participantId: "almere", date: "2026-03-29", reason: "x" }),
        "2026-04-01",
      ).code,
    ).toBe("datum_te_vroeg");
  });

  it("refuses without a reason, in the future, unchanged, unrecorded, before the opening", () => {
    const s = base();
    const c = (e: Omit<RegionalCorrectionEvent, "type">) => refusal(s, correct(e), "2026-04-01");
    expect(c({ step: "ontwerp_verzonden", participantId: "almere", date: "2026-03-28", reason: "  " }).code).toBe(
      "ongeldige_invoer",
    );
    expect(c({ step: "ontwerp_verzonden", participantId: "almere", date: "2026-04-02", reason: "x" }).code).toBe(
      "datum_in_toekomst",
    );
    expect(
      c({ step: "ontwerp_verzonden", participantId: "almere", date: "2026-03-27", reason: "x" }).message,
    ).toContain("niets te corrigeren");
    expect(c({ step: "ontwerp_verzonden", participantId: "dronten", date: "2026-03-28", reason: "x" }).code).toBe(
      "vereiste_stap_ontbreekt",
    );
    expect(c({ step: "toestemmingsprocedure_geopend", date: "2026-03-28", reason: "x" }).code).toBe(
      "vereiste_stap_ontbreekt",
    );
    expect(c({ step: "ontwerp_verzonden", participantId: "almere", date: "2026-03-26", reason: "x" }).code).toBe(
      "datum_te_vroeg",
    );
  });

  it("corrects the opening of the zienswijzeprocedure, not after a send date", () => {
    const s = base();
    const earlier = apply(
      s,
      correct({ step: "zienswijzeprocedure_geopend", date: "2026-03-26", reason: "typefout" }),
      "2026-04-01",
    );
    expect(earlier.regional.zienswijzeprocedure?.openedOn).toBe("2026-03-26");
    expect(earlier.regional.corrections?.[0]).toMatchObject({ from: "2026-03-27", to: "2026-03-26" });
    expect(
      refusal(s, correct({ step: "zienswijzeprocedure_geopend", date: "2026-03-28", reason: "x" }), "2026-04-01").code,
    ).toBe("datum_te_vroeg");
  });

  it("corrects the opening of the toestemmingsprocedure, not after a raad received the voorstel", () => {
    // One raad received the toestemmingsvoorstel the day after the opening: the opening cannot move past it.
    const s = apply(
      inToestemming(),
      {
        track: "raad",
        participantId: "dronten",
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
      },
      "2026-09-02",
    );
    const opened = s.regional.toestemmingsprocedure?.openedOn ?? "";
    const ok = apply(
      s,
      correct({ step: "toestemmingsprocedure_geopend", date: "2026-08-31", reason: "x" }),
      "2026-12-01",
    );
    expect(ok.regional.toestemmingsprocedure?.openedOn).toBe("2026-08-31");
    expect(ok.regional.corrections?.[0].from).toBe(opened);
    const firstReceipt = Object.values(s.raadTracks)
      .map((t) => t.toestemming?.receivedOn)
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    expect(firstReceipt).toBeDefined();
    {
      const after = new Date(`${firstReceipt ?? ""}T00:00:00Z`);
      after.setUTCDate(after.getUTCDate() + 1);
      expect(
        refusal(
          s,
          correct({ step: "toestemmingsprocedure_geopend", date: after.toISOString().slice(0, 10), reason: "x" }),
          "2026-12-01",
        ).code,
      ).toBe("datum_te_vroeg");
    }
  });
});

describe("R29: which raadsbesluiten need their PDF (Wgr art. 1 lid 3–4)", () => {
  it("by default only the zienswijze and the toestemming (verleend, geweigerd)", () => {
    expect(pdfRequired("BESLUITEN", "zienswijze")).toBe(true);
    expect(pdfRequired("BESLUITEN", "toestemming_verleend")).toBe(true);
    expect(pdfRequired("BESLUITEN", "toestemming_geweigerd")).toBe(true);
    expect(pdfRequired("BESLUITEN", "toestemming_aangehouden")).toBe(false);
    expect(pdfRequired("BESLUITEN", "geen_zienswijze")).toBe(false);
  });
  it("every raadsbesluit when the regio agreed so", () => {
    for (const kind of [
      "zienswijze",
      "geen_zienswijze",
      "toestemming_verleend",
      "toestemming_geweigerd",
      "toestemming_aangehouden",
    ] as const)
      expect(pdfRequired("ALLE", kind)).toBe(true);
  });
});
