// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { AuditTable } from "@/components/audit/AuditTable";
import { AuditFilterForm } from "@/components/audit/AuditFilterForm";
import { AUDIT_EVENT_TYPES } from "@/lib/audit/catalogue";
import type { AuditRow } from "@/lib/services/audit-view";

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: "12",
  at: new Date("2026-10-07T18:00:00Z"),
  actorId: "u1",
  actorNaam: "Griffier Almere",
  actorEmail: "griffier.almere@demo.gr-volg.nl",
  actorRole: "GRIFFIER",
  gemeente: "Almere",
  type: "toestemming_verleend",
  label: "Toestemming verleend",
  details: "De raad heeft toestemming verleend, besloten op 7 oktober 2026.",
  subjectKind: "raad_track",
  subjectId: "p1:raad:almere",
  fromState: "toestemming_geagendeerd",
  toState: "toestemming_verleend",
  reason: null,
  payload: { type: "toestemming_verleend", decision: { documentVersionId: "v2", decidedOn: "2026-10-07" } },
  hash: "abc123",
  ...over,
});

describe("AuditTable", () => {
  it("shows the catalogue label and the data in words, never the stored JSON", () => {
    const { container } = render(
      <AuditTable events={[row({}), row({ id: "11", type: "oud", label: "Onbekende gebeurtenis (oud)" })]} />,
    );
    // Plain selectors: role queries over a whole table are slow in jsdom on a busy machine.
    const rows = [...container.querySelectorAll("tbody tr")];
    expect(rows[0].querySelector("th")).toHaveTextContent(/^Toestemming verleend/);
    expect(rows[0]).toHaveTextContent("De raad heeft toestemming verleend, besloten op 7 oktober 2026.");
    expect(rows[1].querySelector("th")).toHaveTextContent(/^Onbekende gebeurtenis \(oud\)/);
    const table = container.querySelector("table");
    expect(table).not.toHaveTextContent("documentVersionId");
    expect(table).not.toHaveTextContent("{");
  });
});

describe("AuditFilterForm: soort gebeurtenis", () => {
  it("offers every catalogue type by its Dutch label, with the code as the value", () => {
    render(<AuditFilterForm values={{ soort: "bosd_akkoord" }} errors={{}} gemeenten={null} />);
    const select = screen.getByLabelText("Soort gebeurtenis") as HTMLSelectElement;
    const options = [...select.options];
    expect(options[0]).toHaveTextContent("Alle soorten");
    expect(
      options
        .slice(1)
        .map((o) => o.value)
        .sort(),
    ).toEqual([...AUDIT_EVENT_TYPES].sort());
    expect(select.value).toBe("bosd_akkoord");
    expect(select.selectedOptions[0]).toHaveTextContent("Akkoord van het BOSD");
  });

  it("keeps a bookmarked filter on a type that is no longer in the catalogue", () => {
    render(<AuditFilterForm values={{ soort: "oude_soort" }} errors={{}} gemeenten={null} />);
    const select = screen.getByLabelText("Soort gebeurtenis") as HTMLSelectElement;
    expect(select.value).toBe("oude_soort");
    expect(select.selectedOptions[0]).toHaveTextContent("Onbekende gebeurtenis (oude_soort)");
  });
});
