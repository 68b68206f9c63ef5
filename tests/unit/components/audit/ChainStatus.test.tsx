// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { ChainStatus } from "@/components/audit/ChainStatus";

const base = { id: "7", createdAt: new Date("2026-12-01T08:00:00Z"), lastEventId: "1234", eventCount: "1200" };

describe("ChainStatus: latest checkpoint line", () => {
  it("says when there is none yet", () => {
    render(<ChainStatus result={null} checkpoint={null} />);
    expect(screen.getByTestId("controlepunt-status")).toHaveTextContent("Nog geen ondertekend controlepunt.");
  });

  it("shows time (Dutch), event number and validity", () => {
    render(<ChainStatus result={null} checkpoint={{ ...base, valid: true, problem: null }} />);
    expect(screen.getByTestId("controlepunt-status")).toHaveTextContent(
      "Laatste ondertekende controlepunt: 1 december 2026 om 09:00, tot en met gebeurtenis 1234 (1.200 gebeurtenissen) — geldig.",
    );
  });

  it("shows an invalid checkpoint with its reason", () => {
    render(<ChainStatus result={null} checkpoint={{ ...base, valid: false, problem: "De keten is herberekend." }} />);
    expect(screen.getByTestId("controlepunt-status")).toHaveTextContent("— ONGELDIG: De keten is herberekend.");
  });
});
