// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readInput } from "../form-data";
import { NotaForm, type NotaFormPoint } from "@/components/secretariaat/NotaForm";

const articles = [
  { id: "a1", label: "Artikel 1 – Begripsbepalingen (Concept na zienswijzen)" },
  { id: "a5", label: "Artikel 5 – Bestuur (Concept na zienswijzen)" },
];
const point = (id: string, gemeente: string, nummer: number, over: Partial<NotaFormPoint> = {}): NotaFormPoint => ({
  id,
  gemeente,
  nummer,
  onderwerp: `Onderwerp ${id}`,
  tekst: `Tekst van ${id}`,
  antwoord: null,
  disposition: null,
  changedArticleId: null,
  ...over,
});
const groups = [
  { article: null, points: [point("p1", "Urk", 1)] },
  {
    article: { key: "art-5", nummer: "5", titel: "Bestuur" },
    points: [
      point("p2", "Almere", 1, {
        antwoord: "Eerder antwoord",
        disposition: "NIET_OVERGENOMEN",
        changedArticleId: "a1",
      }),
    ],
  },
];
const fieldset = (name: RegExp) => screen.getByRole("group", { name });

describe("NotaForm", () => {
  it("answers one point and links a changed article, keeps the other, and saves all at once with the basis", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, saved: 1, basis: "b2" });
    render(<NotaForm procedureId="proc" basis="b1" groups={groups} articles={articles} action={action} />);
    const urk = fieldset(/Urk, punt 1/);
    expect(within(fieldset(/Almere, punt 1/)).getByLabelText("Antwoord")).toHaveValue("Eerder antwoord");
    await userEvent.type(within(urk).getByLabelText("Antwoord"), "Artikel 5 is aangepast.");
    await userEvent.click(within(urk).getByLabelText("Deels overgenomen"));
    await userEvent.selectOptions(
      within(urk).getByLabelText("Gewijzigd artikel in de nieuwe versie (niet verplicht)"),
      "a5",
    );
    await userEvent.click(screen.getByRole("button", { name: "Alle antwoorden opslaan" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({
      procedureId: "proc",
      basis: "b1",
      answers: [
        {
          pointId: "p1",
          antwoord: "Artikel 5 is aangepast.",
          disposition: "DEELS_OVERGENOMEN",
          changedArticleId: "a5",
        },
        { pointId: "p2", antwoord: "Eerder antwoord", disposition: "NIET_OVERGENOMEN", changedArticleId: "a1" },
      ],
    });
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("De nota is opgeslagen: 1 antwoord gewijzigd.");
    expect(status).toHaveFocus();
    // The next save builds on the basis the server returned, not on the one the page was opened with.
    await userEvent.click(screen.getByRole("button", { name: "Alle antwoorden opslaan" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(2));
    expect(readInput(action.mock.calls[1][0])).toMatchObject({ basis: "b2" });
  });

  it("refuses a started point without a disposition before sending, with the message on that point", async () => {
    const action = vi.fn();
    render(<NotaForm procedureId="proc" basis="b1" groups={groups} articles={articles} action={action} />);
    await userEvent.type(within(fieldset(/Urk, punt 1/)).getByLabelText("Antwoord"), "Half antwoord");
    await userEvent.click(screen.getByRole("button", { name: "Alle antwoorden opslaan" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByText("Kies of het punt is overgenomen, deels overgenomen of niet overgenomen."),
    ).toBeInTheDocument();
    expect(action).not.toHaveBeenCalled();
  });

  it("shows a conflict from the server in the error summary", async () => {
    const action = vi.fn().mockResolvedValue({
      ok: false,
      message:
        "Iemand anders heeft de nota net gewijzigd. Laad de pagina opnieuw, controleer de antwoorden en sla dan op.",
    });
    render(<NotaForm procedureId="proc" basis="b1" groups={groups} articles={articles} action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Alle antwoorden opslaan" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/Iemand anders heeft de nota net gewijzigd/)).toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });
});
