// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readInput } from "../form-data";
import { PublishVersionForm } from "@/components/secretariaat/PublishVersionForm";

describe("PublishVersionForm", () => {
  it("requires a name and a text, shown at the text field", async () => {
    const action = vi.fn();
    render(<PublishVersionForm documentId="d1" diffBase="/secretariaat/documenten/d1/verschil" action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Nieuwe versie publiceren" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Geef de versie een naam.")).toBeInTheDocument();
    expect(within(summary).getByText("Voeg artikelen toe of importeer een tekstbestand.")).toBeInTheDocument();
    expect(screen.getByLabelText("Tekst van de nieuwe versie")).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();
  });

  it("publishes the imported text and links to the diff with the previous version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, number: 3 });
    render(
      <PublishVersionForm
        documentId="d1"
        diffBase="/secretariaat/documenten/d1/verschil"
        initialText={"Artikel 1 – Begrippen\nOud.\n"}
        action={action}
      />,
    );
    expect(screen.getByLabelText("Tekst van de nieuwe versie")).toHaveValue("Artikel 1 – Begrippen\nOud.\n");
    await userEvent.type(screen.getByLabelText("Naam van de versie"), "Na zienswijzen");
    await userEvent.click(screen.getByLabelText("Definitief"));
    await userEvent.click(screen.getByRole("button", { name: "Nieuwe versie publiceren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toMatchObject({
      documentId: "d1",
      label: "Na zienswijzen",
      status: "DEFINITIEF",
      text: "Artikel 1 – Begrippen\nOud.\n",
    });
    expect(await screen.findByRole("link", { name: "Bekijk de verschillen met versie 2" })).toHaveAttribute(
      "href",
      "/secretariaat/documenten/d1/verschil?van=2&naar=3",
    );
  });

  it("shows the import error from the server at the text field", async () => {
    const message = 'Regel 1: tekst vóór het eerste artikel. Begin met een kop als "Artikel 1 – Titel".';
    const action = vi.fn().mockResolvedValue({ ok: false, message, fieldErrors: { text: message } });
    render(<PublishVersionForm documentId="d1" diffBase="/x" action={action} />);
    await userEvent.type(screen.getByLabelText("Naam van de versie"), "Fout");
    await userEvent.type(screen.getByLabelText("Tekst van de nieuwe versie"), "Zomaar tekst");
    await userEvent.click(screen.getByRole("button", { name: "Nieuwe versie publiceren" }));
    await screen.findByTestId("serverfout");
    expect(screen.getAllByText(message).length).toBeGreaterThanOrEqual(2);
  });
});
