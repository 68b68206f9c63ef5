import { describe, expect, it } from "vitest";
import { isAuditEventType } from "@/lib/audit/catalogue";
import { BELEIDSKADER_EVENTS } from "@/lib/domain/procedures/beleidskader";
import { PUBLIC_AUDIT_TYPES } from "@/lib/services/public/common";

describe("the audit events shown on the public pages", () => {
  it("are all types the stores really write (catalogue types)", () => {
    expect(PUBLIC_AUDIT_TYPES.filter((t) => !isAuditEventType(t))).toEqual([]);
  });

  it("include every beleidskader step of the raad, under its stored (prefixed) type", () => {
    expect(BELEIDSKADER_EVENTS.length).toBeGreaterThan(0);
    for (const step of BELEIDSKADER_EVENTS) expect(PUBLIC_AUDIT_TYPES).toContain(`beleidskader_${step}`);
  });

  it("include the decided steps of the raad and college tracks, and nothing internal", () => {
    expect(PUBLIC_AUDIT_TYPES).toEqual(
      expect.arrayContaining(["ontwerp_ontvangen", "zienswijze_vastgesteld", "toestemming_verleend", "ondertekend"]),
    );
    for (const internal of ["zienswijze_concept_opgeslagen", "gebruiker_aangemaakt", "sessie_ingetrokken"])
      expect(PUBLIC_AUDIT_TYPES).not.toContain(internal);
  });
});
