// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ZienswijzeConceptForm } from "@/components/griffie/ZienswijzeConceptForm";

const articles = [
  { id: "a1", nummer: "GR", titel: "Tekst van de regeling" },
  { id: "a2", nummer: "Bijlage", titel: "Bijlage wettelijke taken en plustaken" },
];

const readInput = (fd: FormData) => JSON.parse(String(fd.get("invoer")));

describe("ZienswijzeConceptForm", () => {
  it("shows Dutch messages inline and in a summary and does not submit incomplete points", async () => {
    const action = vi.fn();
    render(<ZienswijzeConceptForm procedureId="p1" participantId="urk" articles={articles} action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Concept opslaan" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Controleer het formulier:")).toBeInTheDocument();
    expect(screen.getAllByText("Vul het onderwerp van het punt in.")).toHaveLength(2);
    expect(screen.getAllByText("Vul de tekst van het punt in.")).toHaveLength(2);
    expect(screen.getByLabelText("Onderwerp van punt 1")).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();
  });

  it("submits two numbered points, each with an article chosen from the version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<ZienswijzeConceptForm procedureId="p1" participantId="urk" articles={articles} action={action} />);
    await userEvent.type(screen.getByLabelText("Onderwerp van punt 1"), "Sturing");
    await userEvent.selectOptions(screen.getByLabelText("Artikel of bijlage van punt 1"), "a1");
    await userEvent.type(screen.getByLabelText("Tekst van punt 1"), "Jaarlijkse kaderbrief.");
    await userEvent.click(screen.getByRole("button", { name: "Punt toevoegen" }));
    await userEvent.type(screen.getByLabelText("Onderwerp van punt 2"), "Plustaken");
    await userEvent.selectOptions(screen.getByLabelText("Artikel of bijlage van punt 2"), "a2");
    await userEvent.type(screen.getByLabelText("Tekst van punt 2"), "Alleen met instemming.");
    await userEvent.click(screen.getByRole("button", { name: "Concept opslaan" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({
      procedureId: "p1",
      participantId: "urk",
      zienswijzeId: "",
      conceptVersion: "",
      points: [
        { onderwerp: "Sturing", articleId: "a1", tekst: "Jaarlijkse kaderbrief." },
        { onderwerp: "Plustaken", articleId: "a2", tekst: "Alleen met instemming." },
      ],
    });
    expect(await screen.findByRole("status")).toHaveTextContent("niet openbaar");
  });

  it("shows the server's refusal and its field errors", async () => {
    const action = vi.fn().mockResolvedValue({
      ok: false,
      message: "U kunt dit alleen voor uw eigen gemeente doen.",
      fieldErrors: { "points.0.articleId": "Kies een artikel uit deze versie van het document." },
    });
    render(
      <ZienswijzeConceptForm
        procedureId="p1"
        participantId="urk"
        articles={articles}
        action={action}
        concept={{ id: "z1", version: 2, points: [{ onderwerp: "x", articleId: "", tekst: "y" }] }}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Concept opslaan" }));
    expect(await screen.findByTestId("serverfout")).toHaveTextContent("U kunt dit alleen voor uw eigen gemeente doen.");
    expect(screen.getAllByText("Kies een artikel uit deze versie van het document.")).toHaveLength(2);
    expect(readInput(action.mock.calls[0][0])).toMatchObject({ zienswijzeId: "z1", conceptVersion: "2" });
  });
});
