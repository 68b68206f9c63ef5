// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readExpectedVersion, readInput } from "../form-data";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const { RegionalCorrectionForm, RegionalCorrectionControl, OntwerpVerzondenForm, OntwerpVerzondenControl } =
  await import("@/components/secretariaat/RecordForms");

const steps = [
  { step: "ontwerp_verzonden", label: "Datum van de verzending van het ontwerp aan de raad" },
  { step: "zienswijzeprocedure_geopend", label: "Datum van de opening van de zienswijzeprocedure" },
];
const raden = [
  { id: "p-almere", name: "Almere" },
  { id: "p-urk", name: "Urk" },
];

describe("RegionalCorrectionForm (R28)", () => {
  it("requires the raad for a send date, the date and a reason, in Dutch, and sends nothing without them", async () => {
    const action = vi.fn();
    render(<RegionalCorrectionForm procedureId="p1" expectedVersion={4} steps={steps} raden={raden} action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Correctie registreren" }));
    expect(within(await screen.findByRole("alert")).getByText("Geef de reden van de correctie.")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Juiste datum"), "2026-05-05");
    await userEvent.type(screen.getByLabelText("Reden van de correctie"), "Poststempel");
    await userEvent.click(screen.getByRole("button", { name: "Correctie registreren" }));
    await vi.waitFor(() =>
      expect(
        within(screen.getByRole("alert")).getByText("Kies de raad waarvan u de verzending corrigeert."),
      ).toBeInTheDocument(),
    );
    expect(action).not.toHaveBeenCalled();
  });

  it("sends step, raad, date and reason with the version, then says it is saved", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, version: 5 });
    render(<RegionalCorrectionForm procedureId="p1" expectedVersion={4} steps={steps} raden={raden} action={action} />);
    await userEvent.selectOptions(screen.getByLabelText("Raad"), "p-urk");
    await userEvent.type(screen.getByLabelText("Juiste datum"), "2026-05-05");
    await userEvent.type(screen.getByLabelText("Reden van de correctie"), "Poststempel");
    await userEvent.click(screen.getByRole("button", { name: "Correctie registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({
      procedureId: "p1",
      step: "ontwerp_verzonden",
      participantId: "p-urk",
      date: "2026-05-05",
      reason: "Poststempel",
    });
    expect(readExpectedVersion(action.mock.calls[0][0])).toBe(4);
    expect(await screen.findByRole("status")).toHaveTextContent("De correctie is geregistreerd");
  });

  it("asks no raad for the opening of the zienswijzeprocedure", async () => {
    render(
      <RegionalCorrectionForm procedureId="p1" expectedVersion={4} steps={steps} raden={raden} action={vi.fn()} />,
    );
    await userEvent.selectOptions(screen.getByLabelText("Stap"), "zienswijzeprocedure_geopend");
    expect(screen.queryByLabelText("Raad")).toBeNull();
  });
});

describe("OntwerpVerzondenForm", () => {
  it("defaults to all raden and says the receipt is assumed until the griffie confirms it", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, version: 2 });
    render(<OntwerpVerzondenForm procedureId="p1" expectedVersion={1} raden={raden} action={action} />);
    expect(screen.getByLabelText("Raad")).toHaveValue("alle");
    await userEvent.type(screen.getByLabelText("Datum van verzending"), "2026-05-04");
    await userEvent.click(screen.getByRole("button", { name: "Verzending registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({
      procedureId: "p1",
      participantIds: "alle",
      date: "2026-05-04",
    });
    expect(await screen.findByRole("status")).toHaveTextContent("aangenomen ontvangst");
  });
});

/**
 * The page keys these forms by the regional version, so the refresh after a save remounts them (or removes the
 * sending form once every raad is done): the role=status message must live outside the keyed form.
 */
describe("the message after a save survives the refresh", () => {
  it("keeps the correction's message when the form remounts with the new version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, version: 5 });
    const props = { procedureId: "p1", steps, raden, action };
    const { rerender } = render(<RegionalCorrectionControl {...props} expectedVersion={4} />);
    await userEvent.selectOptions(screen.getByLabelText("Stap"), "zienswijzeprocedure_geopend");
    await userEvent.type(screen.getByLabelText("Juiste datum"), "2026-05-05");
    await userEvent.type(screen.getByLabelText("Reden van de correctie"), "Poststempel");
    await userEvent.click(screen.getByRole("button", { name: "Correctie registreren" }));
    expect(await screen.findByRole("status")).toHaveTextContent("De correctie is geregistreerd");
    rerender(<RegionalCorrectionControl {...props} expectedVersion={5} />);
    expect(screen.getByRole("status")).toHaveTextContent("De correctie is geregistreerd");
    // A fresh, empty form for the next correction.
    expect(screen.getByLabelText("Reden van de correctie")).toHaveValue("");
    expect(screen.getAllByRole("status")).toHaveLength(1);
  });

  it("keeps the sending's message when no raad is left to send to and the form goes away", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, version: 2 });
    const props = { procedureId: "p1", action };
    const { rerender } = render(<OntwerpVerzondenControl {...props} expectedVersion={1} raden={raden} />);
    await userEvent.type(screen.getByLabelText("Datum van verzending"), "2026-05-04");
    await userEvent.click(screen.getByRole("button", { name: "Verzending registreren" }));
    expect(await screen.findByRole("status")).toHaveTextContent("De verzending is geregistreerd.");
    rerender(<OntwerpVerzondenControl {...props} expectedVersion={2} raden={[]} />);
    expect(screen.getByRole("status")).toHaveTextContent("De verzending is geregistreerd.");
    expect(screen.queryByRole("button", { name: "Verzending registreren" })).toBeNull();
  });
});
