// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readExpectedVersion, readInput } from "../form-data";
import { CollegeStepForm } from "@/components/secretariaat/CollegeStepForm";

const base = { procedureId: "p1", participantId: "urk", gemeente: "Urk", expectedVersion: 7 } as const;

describe("CollegeStepForm", () => {
  it("requires a date, in Dutch, and does not submit without one", async () => {
    const action = vi.fn();
    render(<CollegeStepForm {...base} step="ondertekend" action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Ondertekening registreren" }));
    expect((await screen.findAllByText(/Vul de datum van ondertekening in/)).length).toBeGreaterThan(0);
    expect(action).not.toHaveBeenCalled();
  });

  it("sends the step with the version the user saw, and shows the domain's refusal", async () => {
    const action = vi.fn().mockResolvedValue({
      ok: false,
      message: "Het college van Urk kan pas ondertekenen na de toestemming van de eigen raad.",
    });
    render(<CollegeStepForm {...base} step="collegebesluit_genomen" action={action} />);
    await userEvent.type(screen.getByLabelText("Besluitdatum"), "2026-11-02");
    await userEvent.type(screen.getByLabelText("Besluitnummer (niet verplicht)"), "B&W-88");
    await userEvent.click(screen.getByRole("button", { name: "Collegebesluit registreren" }));
    expect(action).toHaveBeenCalledTimes(1);
    expect(readInput(action.mock.calls[0][0])).toMatchObject({
      step: "collegebesluit_genomen",
      participantId: "urk",
      date: "2026-11-02",
      besluitnummer: "B&W-88",
    });
    expect(readExpectedVersion(action.mock.calls[0][0])).toBe(7);
    expect(await screen.findByText(/pas ondertekenen na de toestemming/)).toBeInTheDocument();
  });

  it("confirms a registered step", async () => {
    render(<CollegeStepForm {...base} step="besluit_bekendgemaakt" action={async () => ({ ok: true })} />);
    await userEvent.type(screen.getByLabelText("Publicatiedatum"), "2026-11-05");
    await userEvent.click(screen.getByRole("button", { name: "Bekendmaking van het eigen besluit registreren" }));
    expect(await screen.findByRole("status")).toHaveTextContent("De stap is geregistreerd.");
  });
});
