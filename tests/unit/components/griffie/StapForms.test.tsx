// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AgenderingForm, IndienenForm, OntvangstForm } from "@/components/griffie/StapForms";

const readInput = (fd: FormData) => JSON.parse(String(fd.get("invoer")));

describe("step forms", () => {
  it("OntvangstForm requires the receipt date and sends it with the procedure version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<OntvangstForm procedureId="p" participantId="urk" expectedVersion={3} stap="ontwerp" action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Ontvangst registreren" }));
    expect(await screen.findAllByText("Vul de datum van ontvangst door de griffie in.")).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText("Datum van ontvangst van het ontwerp door de griffie"), "2026-05-12");
    await userEvent.click(screen.getByRole("button", { name: "Ontvangst registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({
      procedureId: "p",
      participantId: "urk",
      expectedVersion: "3",
      stap: "ontwerp",
      ontvangenOp: "2026-05-12",
    });
  });

  it("AgenderingForm refuses a commissie after the raad", async () => {
    const action = vi.fn();
    render(
      <AgenderingForm procedureId="p" participantId="urk" expectedVersion={3} stap="toestemming" action={action} />,
    );
    await userEvent.type(screen.getByLabelText("Datum commissievergadering (niet verplicht)"), "2026-10-09");
    await userEvent.type(screen.getByLabelText("Datum raadsvergadering"), "2026-10-08");
    await userEvent.click(screen.getByRole("button", { name: "Agendering registreren" }));
    expect(
      await screen.findAllByText("De commissievergadering ligt vóór of op de dag van de raadsvergadering."),
    ).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
  });

  it("IndienenForm shows the server's refusal inline", async () => {
    const action = vi.fn().mockResolvedValue({
      ok: false,
      message: "De zienswijze kan niet zijn ingediend vóór de raad haar vaststelde.",
      fieldErrors: { ingediendOp: "De datum van indienen ligt op of na de datum van vaststelling." },
    });
    render(<IndienenForm zienswijzeId="z" action={action} />);
    await userEvent.type(screen.getByLabelText("Datum van indienen"), "2026-06-01");
    await userEvent.click(screen.getByRole("button", { name: "Indienen registreren" }));
    expect(await screen.findByTestId("serverfout")).toHaveTextContent("vóór de raad haar vaststelde");
    expect(screen.getAllByText("De datum van indienen ligt op of na de datum van vaststelling.")).toHaveLength(2);
    expect(screen.getByLabelText("Datum van indienen")).toHaveAttribute("aria-invalid", "true");
  });
});
