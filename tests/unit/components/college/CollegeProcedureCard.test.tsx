// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readExpectedVersion, readInput } from "../form-data";
import { CollegeProcedureCard } from "@/components/college/CollegeProcedureCard";
import type { CollegeProcedureView } from "@/lib/services/college/workspace";

const waiting: CollegeProcedureView = {
  procedureId: "proc-1",
  procedureKind: "GR_TREFFEN",
  titel: "GR Sociaal Domein treffen",
  regelingNaam: "GR Sociaal Domein Flevoland",
  participantId: "urk",
  gemeenteNaam: "Urk",
  version: { id: "v2", number: 2, label: "Definitief", href: "/documenten/doc-1#versie-2" },
  collegeStatus: "wacht_op_toestemming",
  raadStatus: "toestemming_verleend",
  steps: ["collegebesluit_genomen"],
  preconditions: ["Voldaan: de raad van Urk heeft op 15 oktober 2026 toestemming verleend voor versie 2."],
  expectedVersion: 4,
};

describe("CollegeProcedureCard", () => {
  it("shows what the college must do now, the precondition in words and the document to sign", () => {
    render(<CollegeProcedureCard procedure={waiting} action={vi.fn()} />);
    const card = screen.getByTestId("college-procedure");
    // The raad gave toestemming: the college no longer waits for it (issue 16 point 1).
    expect(within(card).getByTestId("college-stand")).toHaveTextContent(
      "Toestemming van de raad verleend; collegebesluit nog niet genomen",
    );
    expect(card).not.toHaveTextContent(/wacht op toestemming/i);
    expect(within(card).getByTestId("college-taak")).toHaveTextContent("Het collegebesluit nemen");
    expect(within(card).getByTestId("college-voorwaarden")).toHaveTextContent(/toestemming verleend voor versie 2/);
    expect(within(card).getByRole("link", { name: /Versie 2: Definitief/ })).toHaveAttribute(
      "href",
      "/documenten/doc-1#versie-2",
    );
    expect(within(card).getByRole("button", { name: "Collegebesluit registreren" })).toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "Ondertekening registreren" })).toBeNull();
  });

  it("shows no form while the own raad has not given toestemming, and says why", () => {
    render(
      <CollegeProcedureCard
        procedure={{
          ...waiting,
          raadStatus: "ontvangen",
          steps: [],
          preconditions: ["Nog niet voldaan: de raad van Urk moet eerst toestemming verlenen voor versie 2."],
        }}
        action={vi.fn()}
      />,
    );
    expect(screen.getByTestId("college-taak")).toHaveTextContent("Nu niets");
    expect(screen.getByTestId("college-voorwaarden")).toHaveTextContent(/Nog niet voldaan/);
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("after the raad refused toestemming it says the college may not sign, never that it waits for toestemming", () => {
    render(
      <CollegeProcedureCard
        procedure={{
          ...waiting,
          raadStatus: "toestemming_geweigerd",
          steps: [],
          preconditions: ["Niet voldaan: de raad van Urk heeft toestemming geweigerd."],
        }}
        action={vi.fn()}
      />,
    );
    expect(screen.getByTestId("college-stand")).toHaveTextContent(
      "De raad heeft toestemming geweigerd; het college mag niet ondertekenen",
    );
    expect(screen.getByTestId("college-procedure")).not.toHaveTextContent(/wacht op toestemming/i);
  });

  it("while the raad still has to decide, the college waits for its toestemming", () => {
    render(
      <CollegeProcedureCard
        procedure={{ ...waiting, raadStatus: "toestemming_geagendeerd", steps: [], preconditions: [] }}
        action={vi.fn()}
      />,
    );
    expect(screen.getByTestId("college-stand")).toHaveTextContent("Wacht op toestemming van de raad");
  });

  it("records the signature with the track's version and confirms it in a status message", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(
      <CollegeProcedureCard
        procedure={{
          ...waiting,
          collegeStatus: "collegebesluit_genomen",
          collegebesluitOn: "2026-11-10",
          steps: ["ondertekend"],
        }}
        action={action}
      />,
    );
    expect(screen.getByText("10 november 2026")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Datum van ondertekening"), "2026-11-12");
    await userEvent.click(screen.getByRole("button", { name: "Ondertekening registreren" }));
    expect(readInput(action.mock.calls[0][0])).toMatchObject({ step: "ondertekend", participantId: "urk" });
    expect(readExpectedVersion(action.mock.calls[0][0])).toBe(4);
    expect(await screen.findByRole("status")).toHaveTextContent("De stap is geregistreerd.");
  });
});
