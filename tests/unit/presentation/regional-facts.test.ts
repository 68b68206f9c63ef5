import { describe, expect, it } from "vitest";
import { regionalFacts } from "@/lib/presentation/regional-facts";

describe("regionalFacts", () => {
  it("shows the BOSD date and number, the nota's adoption date and the Gemeenteblad reference again", () => {
    const facts = regionalFacts(
      {
        status: "bekendgemaakt",
        bosdAkkoord: { documentVersionId: "v1", decidedOn: "2026-03-10", besluitnummer: "BOSD-2026-07" },
        notaVanBeantwoording: { decidedOn: "2026-07-02", answers: [] },
        toestemmingsprocedure: { documentVersionId: "v2", openedOn: "2026-09-01" },
        bekendmaking: { publishedOn: "2026-12-15", reference: "Gmb. 2026, 51234", publishingParticipantId: "p-almere" },
        raadsledenoverleggen: [{ heldOn: "2026-06-01", notes: "INTERN" }],
      },
      (id) => (id === "p-almere" ? "Almere" : "?"),
      (id) => (id === "v2" ? "Definitief (versie 2)" : undefined),
    );
    const text = facts.map((f) => `${f.label}: ${f.value}`);
    expect(text).toEqual([
      "Akkoord BOSD: 10 maart 2026, besluitnummer BOSD-2026-07",
      "Nota van beantwoording vastgesteld: 2 juli 2026",
      "Toestemmingsprocedure geopend: 1 september 2026 (Definitief (versie 2))",
      "Bekendgemaakt: 15 december 2026, Gmb. 2026, 51234 (Gemeenteblad van Almere)",
    ]);
    expect(JSON.stringify(facts)).not.toContain("INTERN");
  });
  it("is empty without a regional state", () => {
    expect(regionalFacts(null, () => "")).toEqual([]);
  });
});
