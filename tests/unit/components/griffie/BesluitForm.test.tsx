// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BesluitForm } from "@/components/griffie/BesluitForm";
import { fillBasics, pdf, readInput, renderToestemming } from "./besluit-form-fixture";

describe("BesluitForm", () => {
  it("requires date, number, votes and the PDF, with Dutch messages inline and in the summary", async () => {
    const action = vi.fn();
    render(<BesluitForm mode="zienswijze_vaststellen" zienswijzeId="z1" expectedVersion={3} action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Vaststelling registreren" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Vul de datum van de raadsvergadering in.")).toBeInTheDocument();
    expect(within(summary).getByText("Vul het besluitnummer in.")).toBeInTheDocument();
    expect(within(summary).getByText("Vul het aantal stemmen voor in.")).toBeInTheDocument();
    expect(within(summary).getByText("Voeg het ondertekende raadsbesluit toe als pdf-bestand.")).toBeInTheDocument();
    expect(screen.getByLabelText("Besluitnummer")).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();
  });

  it("submits the besluit with a motie and the PDF", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(
      <BesluitForm
        mode="zienswijze_vaststellen"
        zienswijzeId="z1"
        conceptVersion={1}
        expectedVersion={3}
        action={action}
      />,
    );
    await fillBasics();
    await userEvent.click(screen.getByRole("button", { name: "Motie of amendement toevoegen" }));
    await userEvent.selectOptions(screen.getByLabelText("Soort"), "AMENDEMENT");
    await userEvent.type(screen.getByLabelText("Titel"), "Punt 2 aangescherpt");
    await userEvent.type(screen.getByLabelText("Indiener"), "SGP");
    await userEvent.selectOptions(screen.getByLabelText("Uitkomst"), "VERWORPEN");
    await userEvent.upload(screen.getByLabelText("Ondertekend raadsbesluit (pdf)"), pdf());
    await userEvent.click(screen.getByRole("button", { name: "Vaststelling registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    const fd: FormData = action.mock.calls[0][0];
    expect(readInput(fd)).toMatchObject({
      zienswijzeId: "z1",
      conceptVersion: "1",
      expectedVersion: "3",
      besluitdatum: "2026-06-25",
      besluitnummer: "2026-042",
      stemmenVoor: "11",
      stemmenTegen: "4",
      moties: [{ soort: "AMENDEMENT", titel: "Punt 2 aangescherpt", indiener: "SGP", uitkomst: "VERWORPEN" }],
    });
    expect((fd.get("bestand") as File).name).toBe("raadsbesluit.pdf");
  });

  it("toestemming geweigerd asks for the legal ground and a motivation (R7)", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    renderToestemming(action, { versionLabel: "Definitieve GR (versie 2)" });
    await userEvent.click(screen.getByLabelText("Toestemming geweigerd"));
    await fillBasics();
    await userEvent.upload(screen.getByLabelText("Ondertekend raadsbesluit (pdf)"), pdf());
    await userEvent.click(screen.getByRole("button", { name: "Besluit over toestemming registreren" }));
    expect(await screen.findAllByText("Kies de wettelijke grond voor de weigering (Wgr art. 1 lid 4).")).toHaveLength(
      2,
    );
    expect(screen.getAllByText("Vul de motivering van de weigering in.")).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByLabelText("Wettelijke grond voor de weigering"), "STRIJD_MET_HET_RECHT");
    await userEvent.type(screen.getByLabelText("Motivering van de weigering"), "In strijd met de Jeugdwet.");
    await userEvent.click(screen.getByRole("button", { name: "Besluit over toestemming registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toMatchObject({
      uitkomst: "GEWEIGERD",
      weigeringsgrond: "STRIJD_MET_HET_RECHT",
      documentVersionId: "v2",
    });
  });

  it("aangehouden asks for the expected new date after the meeting date", async () => {
    const action = vi.fn();
    renderToestemming(action);
    await userEvent.click(screen.getByLabelText("Besluit aangehouden"));
    await fillBasics();
    await userEvent.type(screen.getByLabelText("Verwachte nieuwe besluitdatum"), "2026-06-01");
    await userEvent.upload(screen.getByLabelText("Ondertekend raadsbesluit (pdf)"), pdf());
    await userEvent.click(screen.getByRole("button", { name: "Besluit over toestemming registreren" }));
    expect(
      await screen.findAllByText("De verwachte nieuwe besluitdatum ligt na de datum van het aanhouden."),
    ).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
  });

  it("a correction needs a reason but no new PDF", async () => {
    const action = vi.fn().mockResolvedValue({ ok: false, message: "Dit besluit is intussen al gecorrigeerd." });
    render(<BesluitForm mode="correctie" besluitId="b1" action={action} />);
    await fillBasics();
    await userEvent.click(screen.getByRole("button", { name: "Correctie opslaan" }));
    expect(await screen.findAllByText("Vul de reden van de correctie in.")).toHaveLength(2);
    await userEvent.type(screen.getByLabelText("Reden van de correctie"), "Stemmen verkeerd overgenomen");
    await userEvent.click(screen.getByRole("button", { name: "Correctie opslaan" }));
    expect(await screen.findByTestId("serverfout")).toHaveTextContent("Dit besluit is intussen al gecorrigeerd.");
    expect(readInput(action.mock.calls[0][0])).toMatchObject({
      besluitId: "b1",
      reden: "Stemmen verkeerd overgenomen",
    });
  });
});
