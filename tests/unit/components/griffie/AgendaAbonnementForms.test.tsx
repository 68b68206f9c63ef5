// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AgendaLinkSection, AgendaMailForm } from "@/components/griffie/AgendaAbonnementForms";

const TOKEN = "a".repeat(43);

describe("the griffie agenda subscriptions", () => {
  it("shows a new private address once, then revokes it", async () => {
    const action = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, token: TOKEN })
      .mockResolvedValueOnce({ ok: true, token: null });
    render(<AgendaLinkSection action={action} linkSince={null} />);
    expect(screen.queryByRole("button", { name: "Privé-agendalink intrekken" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Privé-agendalink maken" }));
    expect(await screen.findByRole("status")).toHaveTextContent("u ziet hem maar één keer");
    expect(JSON.parse(String(action.mock.calls[0][0].get("invoer")))).toEqual({ actie: "aanmaken" });
    expect(screen.getByLabelText("Uw privé-agendalink")).toHaveValue(`http://localhost:3000/ics/agenda/${TOKEN}.ics`);
    await userEvent.click(screen.getByRole("button", { name: "Privé-agendalink intrekken" }));
    await vi.waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("ingetrokken"));
    expect(JSON.parse(String(action.mock.calls[1][0].get("invoer")))).toEqual({ actie: "intrekken" });
    expect(screen.queryByLabelText("Uw privé-agendalink")).toBeNull();
    expect(screen.queryByRole("button", { name: "Privé-agendalink intrekken" })).toBeNull();
    // Two round trips through the form under a loaded test machine: more than the default 5 s.
  }, 30_000);

  it("says a refusal in the error summary and shows no address", async () => {
    const action = vi.fn().mockResolvedValue({ ok: false, message: "U heeft geen privé-agendalink om in te trekken." });
    render(<AgendaLinkSection action={action} linkSince="2026-11-20T10:00:00.000Z" />);
    expect(screen.getByText(/sinds 20 november 2026/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Privé-agendalink intrekken" }));
    expect(await screen.findAllByText("U heeft geen privé-agendalink om in te trekken.")).not.toHaveLength(0);
    expect(screen.queryByLabelText("Uw privé-agendalink")).toBeNull();
  });

  it("sends the e-mail choice", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<AgendaMailForm action={action} aan={false} />);
    await userEvent.click(screen.getByLabelText(/elke maandag een e-mail/));
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Uw keuze is opgeslagen.");
    expect(JSON.parse(String(action.mock.calls[0][0].get("invoer")))).toEqual({ aan: true });
  });
});
