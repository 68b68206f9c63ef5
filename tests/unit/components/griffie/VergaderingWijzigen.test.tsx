// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { VergaderingAnnulerenForm, VergaderingWijzigenForm } from "@/components/griffie/KalenderForms";

const MEETING = {
  id: "m1",
  sequence: 3,
  label: "Raadsvergadering van 25 maart 2027",
  kind: "RAAD" as const,
  datum: "2027-03-25",
  titel: "Raad",
  aanvang: "19:30",
  einde: "",
  locatie: "Raadzaal",
  agendaUrl: "",
};

describe("editing and cancelling a meeting", () => {
  it("shows the stored values, refuses a link that is not a web address, sends the meeting and its version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<VergaderingWijzigenForm action={action} meeting={MEETING} />);
    expect(screen.getByLabelText("Locatie (niet verplicht)")).toHaveValue("Raadzaal");
    expect(screen.getByLabelText("Aanvang (niet verplicht)")).toHaveValue("19:30");
    const link = screen.getByLabelText("Link naar het agendapunt (niet verplicht)");
    await userEvent.type(link, "javascript:alert(1)");
    await userEvent.click(screen.getByRole("button", { name: "Wijzigingen opslaan" }));
    expect(await screen.findAllByText(/https:\/\/ of http:\/\//)).not.toHaveLength(0);
    expect(action).not.toHaveBeenCalled();
    await userEvent.clear(link);
    await userEvent.type(link, "https://urk.raadsinformatie.nl/agenda/7");
    await userEvent.click(screen.getByRole("button", { name: "Wijzigingen opslaan" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(action.mock.calls[0][0].get("invoer")))).toMatchObject({
      meetingId: "m1",
      expectedSequence: "3",
      datum: "2027-03-25",
      locatie: "Raadzaal",
      agendaUrl: "https://urk.raadsinformatie.nl/agenda/7",
    });
    expect(await screen.findByRole("status")).toHaveTextContent("De vergadering is gewijzigd.");
  });

  it("asks for confirmation before cancelling, then sends only the meeting", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<VergaderingAnnulerenForm action={action} meetingId="m1" label={MEETING.label} />);
    await userEvent.click(screen.getByRole("button", { name: "Vergadering annuleren" }));
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("Weet u het zeker?");
    await userEvent.click(screen.getByRole("button", { name: "Ja, annuleer deze vergadering" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(action.mock.calls[0][0].get("invoer")))).toEqual({ meetingId: "m1" });
  });
});
