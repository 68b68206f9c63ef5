// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readInput } from "../form-data";
import { AnswerForm } from "@/components/secretariaat/AnswerForm";

const articles = [
  { id: "a1", label: "Artikel 1 – Begripsbepalingen (versie 2)" },
  { id: "a5", label: "Artikel 5 – Bestuur (versie 2)" },
];

describe("AnswerForm", () => {
  it("requires an answer and a disposition, with Dutch messages and a labelled radio group", async () => {
    const action = vi.fn();
    render(<AnswerForm pointId="pt1" pointLabel="punt 1 van Urk" articles={articles} action={action} />);
    expect(screen.getByRole("group", { name: "Wat gebeurt er met dit punt?" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Antwoord opslaan" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Vul het antwoord in.")).toBeInTheDocument();
    expect(
      within(summary).getByText("Kies of het punt is overgenomen, deels overgenomen of niet overgenomen."),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Antwoord")).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();
  });

  it("submits answer, disposition and the changed article", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<AnswerForm pointId="pt1" pointLabel="punt 1 van Urk" articles={articles} action={action} />);
    await userEvent.type(screen.getByLabelText("Antwoord"), "Artikel 5 is aangepast.");
    await userEvent.click(screen.getByLabelText("Deels overgenomen"));
    await userEvent.selectOptions(
      screen.getByLabelText("Gewijzigd artikel in de nieuwe versie (niet verplicht)"),
      "a5",
    );
    await userEvent.click(screen.getByRole("button", { name: "Antwoord opslaan" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toMatchObject({
      pointId: "pt1",
      antwoord: "Artikel 5 is aangepast.",
      disposition: "DEELS_OVERGENOMEN",
      changedArticleId: "a5",
    });
    expect(await screen.findByText("Het antwoord is opgeslagen.")).toBeInTheDocument();
  });

  it("starts from the existing answer and shows a server refusal", async () => {
    const action = vi.fn().mockResolvedValue({
      ok: false,
      message: "Het gewijzigde artikel hoort niet bij dit document.",
      fieldErrors: { changedArticleId: "Kies een artikel van dit document." },
    });
    render(
      <AnswerForm
        pointId="pt2"
        pointLabel="punt 2 van Almere"
        initial={{ antwoord: "Eerder antwoord", disposition: "NIET_OVERGENOMEN", changedArticleId: "a1" }}
        articles={articles}
        action={action}
      />,
    );
    expect(screen.getByLabelText("Antwoord")).toHaveValue("Eerder antwoord");
    expect(screen.getByLabelText("Niet overgenomen")).toBeChecked();
    await userEvent.click(screen.getByRole("button", { name: "Antwoord opslaan" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Het gewijzigde artikel hoort niet bij dit document.")).toBeInTheDocument();
    expect(screen.getAllByText("Kies een artikel van dit document.")).toHaveLength(2);
  });
});
