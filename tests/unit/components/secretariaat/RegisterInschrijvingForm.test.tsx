// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readInput } from "../form-data";

// The form refreshes the page after saving; outside a Next app the router is this stand-in.
const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const { RegisterInschrijvingForm } = await import("@/components/secretariaat/RecordForms");

const registers = [
  { register: "p-urk", label: "Register gemeenschappelijke regelingen van Urk" },
  { register: "centraal", label: "Centraal GR-register" },
];

describe("RegisterInschrijvingForm (R15)", () => {
  it("requires a register and a date, in Dutch, and does not submit without them", async () => {
    const action = vi.fn();
    render(<RegisterInschrijvingForm regelingId="r1" registers={registers} action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Inschrijving registreren" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Kies een register.")).toBeInTheDocument();
    expect(within(summary).getByText("Vul de datum van inschrijving in.")).toBeInTheDocument();
    expect(action).not.toHaveBeenCalled();
  });

  it("sends the register, date and kenmerk, then says it is saved and refreshes", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, id: "x" });
    render(<RegisterInschrijvingForm regelingId="r1" registers={registers} action={action} />);
    await userEvent.selectOptions(screen.getByLabelText("Register"), "centraal");
    await userEvent.type(screen.getByLabelText("Datum van inschrijving"), "2027-01-05");
    await userEvent.type(screen.getByLabelText("Kenmerk (niet verplicht)"), "GR-12345");
    await userEvent.click(screen.getByRole("button", { name: "Inschrijving registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({
      regelingId: "r1",
      register: "centraal",
      ingeschrevenOp: "2027-01-05",
      kenmerk: "GR-12345",
    });
    expect(await screen.findByText("De inschrijving is geregistreerd.")).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it("shows the domain's refusal on the register field", async () => {
    const message = "Kies het register van een gemeente die partij is bij deze regeling, of het centrale GR-register.";
    const action = vi.fn().mockResolvedValue({ ok: false, message, fieldErrors: { register: message } });
    render(<RegisterInschrijvingForm regelingId="r1" registers={registers} action={action} />);
    await userEvent.selectOptions(screen.getByLabelText("Register"), "p-urk");
    await userEvent.type(screen.getByLabelText("Datum van inschrijving"), "2027-01-05");
    await userEvent.click(screen.getByRole("button", { name: "Inschrijving registreren" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(screen.getByLabelText("Register")).toHaveAttribute("aria-invalid", "true");
  });
});
