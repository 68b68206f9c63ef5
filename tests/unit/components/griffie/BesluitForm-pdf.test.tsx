// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BesluitForm } from "@/components/griffie/BesluitForm";
import { fillBasics, readInput, renderToestemming } from "./besluit-form-fixture";
import type { FormDataAction } from "@/components/ui/form";

/** R29 (lib/domain/pdf-requirement.ts): the PDF is optional where the law asks no besluit, unless the regio wants it. */
const toestemming = (action: FormDataAction, pdfPolicy?: "BESLUITEN" | "ALLE") =>
  renderToestemming(action, pdfPolicy ? { pdfPolicy } : {});

describe("BesluitForm: which besluiten need the PDF", () => {
  it("aanhouden is sent without a PDF and says the PDF is not required", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    toestemming(action);
    await userEvent.click(screen.getByLabelText("Besluit aangehouden"));
    expect(screen.getByText(/Niet verplicht voor dit besluit/)).toBeInTheDocument();
    await fillBasics();
    await userEvent.type(screen.getByLabelText("Verwachte nieuwe besluitdatum"), "2026-07-09");
    await userEvent.click(screen.getByRole("button", { name: "Besluit over toestemming registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    const fd = action.mock.calls[0][0] as FormData;
    expect(fd.get("bestand")).toBeNull();
    expect(readInput(fd)).toMatchObject({ uitkomst: "AANGEHOUDEN", verwachteDatum: "2026-07-09" });
  });

  it("toestemming verleend still needs the PDF (the label is unchanged)", async () => {
    const action = vi.fn();
    toestemming(action);
    await userEvent.click(screen.getByLabelText("Toestemming verleend"));
    expect(screen.getByLabelText("Ondertekend raadsbesluit (pdf)")).toBeInTheDocument();
    expect(screen.queryByText(/Niet verplicht voor dit besluit/)).toBeNull();
    await fillBasics();
    await userEvent.click(screen.getByRole("button", { name: "Besluit over toestemming registreren" }));
    expect(await screen.findAllByText("Voeg het ondertekende raadsbesluit toe als pdf-bestand.")).not.toHaveLength(0);
    expect(action).not.toHaveBeenCalled();
  });

  it("with the regio's setting ALLE, aanhouden and geen zienswijze need the PDF", async () => {
    const action = vi.fn();
    toestemming(action, "ALLE");
    await userEvent.click(screen.getByLabelText("Besluit aangehouden"));
    expect(screen.queryByText(/Niet verplicht voor dit besluit/)).toBeNull();
    await fillBasics();
    await userEvent.type(screen.getByLabelText("Verwachte nieuwe besluitdatum"), "2026-07-09");
    await userEvent.click(screen.getByRole("button", { name: "Besluit over toestemming registreren" }));
    expect(await screen.findAllByText("Voeg het ondertekende raadsbesluit toe als pdf-bestand.")).not.toHaveLength(0);
    expect(action).not.toHaveBeenCalled();
  });

  it("geen zienswijze is sent without a PDF by default", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    render(
      <BesluitForm mode="geen_zienswijze" procedureId="p" participantId="urk" expectedVersion={2} action={action} />,
    );
    await fillBasics();
    await userEvent.click(screen.getByRole("button", { name: /geen zienswijze/i }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect((action.mock.calls[0][0] as FormData).get("bestand")).toBeNull();
  });
});
