// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AgendaFeedForm } from "@/components/griffie/AgendaFeedForm";
import { AgendaFeedStatus } from "@/components/griffie/AgendaFeedStatus";

describe("subscription to the raad's meeting calendar", () => {
  it("refuses an address that is not http(s) and sends a valid one with the gemeente", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<AgendaFeedForm action={action} gemeenteId="g-urk" url="" />);
    const field = screen.getByLabelText("Webadres van de vergaderkalender (iCalendar)");
    await userEvent.type(field, "ftp://raad.example.nl/agenda.ics");
    await userEvent.click(screen.getByRole("button", { name: "Abonnement opslaan" }));
    expect(
      await screen.findAllByText("Alleen webadressen met https:// of http:// kunnen worden opgehaald."),
    ).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
    await userEvent.clear(field);
    await userEvent.type(field, "https://urk.notubiz.nl/api/agenda.ics");
    await userEvent.click(screen.getByRole("button", { name: "Abonnement opslaan" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(action.mock.calls[0][0].get("invoer")))).toEqual({
      gemeenteId: "g-urk",
      url: "https://urk.notubiz.nl/api/agenda.ics",
    });
    expect(await screen.findByRole("status")).toHaveTextContent("Het abonnement is opgeslagen.");
  });

  it("shows the server's refusal at the field", async () => {
    const action = vi
      .fn()
      .mockResolvedValue({ ok: false, message: "Kan niet", fieldErrors: { url: "Webadres onbekend." } });
    render(<AgendaFeedForm action={action} gemeenteId="g-urk" url="https://oud.example.nl/a.ics" />);
    await userEvent.click(screen.getByRole("button", { name: "Abonnement opslaan" }));
    expect(await screen.findAllByText("Webadres onbekend.")).not.toHaveLength(0);
  });

  it("shows what the last fetch changed", () => {
    render(
      <AgendaFeedStatus
        feed={{
          url: "https://urk.notubiz.nl/api/agenda.ics",
          lastFetchedAt: new Date("2026-12-01T09:00:00Z"),
          lastStatus: "ok",
          lastError: null,
          lastChanges: {
            toegevoegd: [{ datum: "2027-01-15", titel: "Raadsvergadering" }],
            verplaatst: [{ datum: "2027-02-11", van: "2027-02-04", titel: "Commissie Bestuur" }],
            geannuleerd: [],
            overgeslagen: [{ regel: "afspraak 3", reden: "staat al in de kalender" }],
          },
        }}
      />,
    );
    expect(screen.getByText("15 januari 2027 — Raadsvergadering")).toBeInTheDocument();
    expect(screen.getByText("11 februari 2027 — Commissie Bestuur (was 4 februari 2027)")).toBeInTheDocument();
    expect(screen.queryByText("Geannuleerd")).toBeNull();
    expect(screen.getByText("afspraak 3: staat al in de kalender")).toBeInTheDocument();
  });
});
