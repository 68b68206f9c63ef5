// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ImportForm, RecesForm, VergaderingForm } from "@/components/griffie/KalenderForms";

describe("meeting calendar forms", () => {
  it("VergaderingForm requires a date and submits the chosen kind", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(<VergaderingForm action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Vergadering toevoegen" }));
    expect(await screen.findAllByText("Vul de datum van de vergadering in.")).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByLabelText("Soort vergadering"), "COMMISSIE");
    await userEvent.type(screen.getByLabelText("Datum"), "2027-01-21");
    await userEvent.click(screen.getByRole("button", { name: "Vergadering toevoegen" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(JSON.parse(String(action.mock.calls[0][0].get("invoer")))).toEqual({
      kind: "COMMISSIE",
      datum: "2027-01-21",
      titel: "",
      aanvang: "",
      einde: "",
      locatie: "",
      agendaUrl: "",
    });
    expect(await screen.findByRole("status")).toHaveTextContent("De vergadering is toegevoegd.");
  });

  it("RecesForm refuses a last day before the first", async () => {
    const action = vi.fn();
    render(<RecesForm action={action} />);
    await userEvent.type(screen.getByLabelText("Naam van het reces"), "Zomerreces");
    await userEvent.type(screen.getByLabelText("Eerste dag"), "2027-08-20");
    await userEvent.type(screen.getByLabelText("Laatste dag"), "2027-07-01");
    await userEvent.click(screen.getByRole("button", { name: "Reces toevoegen" }));
    expect(await screen.findAllByText("De laatste dag ligt op of na de eerste dag.")).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
  });

  it("ImportForm asks for a file and shows the Dutch import report", async () => {
    const action = vi.fn().mockResolvedValue({
      ok: true,
      report: {
        imported: [{ datum: "2027-01-21", kind: "RAAD", titel: null }],
        skipped: [{ regel: "regel 3", reden: "staat al in de kalender" }],
      },
    });
    render(<ImportForm action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Importeren" }));
    expect(await screen.findAllByText("Kies een CSV- of iCalendar-bestand (.csv of .ics).")).toHaveLength(2);
    await userEvent.upload(
      screen.getByLabelText("Bestand (.csv of .ics)"),
      new File(["datum;soort\n2027-01-21;raad\n"], "k.csv", { type: "text/csv" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Importeren" }));
    expect(await screen.findByTestId("importverslag")).toHaveTextContent("1 vergadering geïmporteerd, 1 overgeslagen.");
    expect(screen.getByText("regel 3: staat al in de kalender")).toBeInTheDocument();
  });
});
