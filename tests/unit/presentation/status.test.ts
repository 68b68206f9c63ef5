import { describe, expect, it } from "vitest";
import {
  cellWithoutRaadTrack,
  collegeStatusText,
  publicGemeenteText,
  raadNextStep,
  raadTableCaption,
} from "@/lib/presentation/status";

const gr = (raad: string, college: string, zienswijzeStatus?: string) => ({
  procedureKind: "GR_TREFFEN",
  raad: { status: raad },
  college: { status: college },
  zienswijzeStatus,
});

describe("collegeStatusText", () => {
  it("does not say the college waits for toestemming after its raad refused or granted it", () => {
    expect(collegeStatusText(gr("toestemming_geweigerd", "wacht_op_toestemming"))).toBe(
      "De raad heeft toestemming geweigerd; het college mag niet ondertekenen",
    );
    expect(collegeStatusText(gr("toestemming_verleend", "wacht_op_toestemming"))).toMatch(/^Toestemming van de raad/);
  });
  it("says the college waits while the raad still has to decide on toestemming", () => {
    expect(collegeStatusText(gr("toestemming_geagendeerd", "wacht_op_toestemming"))).toBe(
      "Wacht op toestemming van de raad",
    );
    expect(collegeStatusText(gr("ontvangen", "wacht_op_toestemming"))).toMatch(/zienswijze/);
    expect(collegeStatusText(gr("herbesluit_nodig", "wacht_op_toestemming"))).toMatch(/nieuw besluit/);
  });
  it("names the college's own step once taken", () => {
    expect(collegeStatusText(gr("toestemming_verleend", "ondertekend"))).toBe("Regeling ondertekend");
  });
});

describe("raadNextStep", () => {
  it("asks to submit a zienswijze only while it is not submitted", () => {
    expect(raadNextStep(gr("zienswijze_vastgesteld", "wacht_op_toestemming", "VASTGESTELD"))).toMatch(
      /^Dien de zienswijze in/,
    );
    const after = raadNextStep(gr("zienswijze_vastgesteld", "wacht_op_toestemming", "INGEDIEND"));
    expect(after).not.toMatch(/Dien/);
    expect(after).toMatch(/is ingediend/);
  });
  it("does not promise a signature that already happened", () => {
    expect(raadNextStep(gr("toestemming_verleend", "wacht_op_toestemming"))).toMatch(/kan de regeling ondertekenen/);
    expect(raadNextStep(gr("toestemming_verleend", "besluit_bekendgemaakt"))).toMatch(/heeft de regeling ondertekend/);
  });
});

describe("publicGemeenteText", () => {
  it("no 'Nu ondertekent het college' after signing and bekendmaking", () => {
    const text = publicGemeenteText("Urk", gr("toestemming_verleend", "besluit_bekendgemaakt"));
    expect(text).not.toMatch(/ondertekent/);
    expect(text).toMatch(/heeft de regeling ondertekend/);
  });
  it("a refusal is not followed by 'wacht op toestemming'", () => {
    const text = publicGemeenteText("Lelystad", gr("toestemming_geweigerd", "wacht_op_toestemming"));
    expect(text).not.toMatch(/wacht op toestemming/i);
  });
  it("says when the raad has nothing to decide", () => {
    expect(publicGemeenteText("Zeewolde", { procedureKind: "GR_TREFFEN" })).toMatch(/hoeft .* niets/);
  });
});

describe("captions and matrix cells", () => {
  it("heads the raden table by the phase", () => {
    expect(raadTableCaption("zienswijzeprocedure_geopend")).toMatch(/zienswijzetermijn/);
    expect(raadTableCaption("toestemmingsprocedure_geopend")).toBe("Raden: stand en toestemming");
  });
  it("says what is true for the Dienstverleningshandvest instead of 'Neemt niet deel'", () => {
    expect(cellWithoutRaadTrack("DVH_ACTUALISEREN")).toMatch(/college besluit, de raad wordt geïnformeerd/);
    expect(cellWithoutRaadTrack("GR_TREFFEN")).toBe("Neemt niet deel");
  });
});
