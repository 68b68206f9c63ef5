// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readExpectedVersion, readInput } from "../form-data";
import { RegionalStepForm, type RegionalStepAction } from "@/components/secretariaat/RegionalStepForm";

const versions = [
  { id: "v1", label: "Versie 1: Concept-GR" },
  { id: "v2", label: "Versie 2: Na zienswijzen" },
];

const renderRevision = (action: RegionalStepAction) =>
  render(
    <RegionalStepForm
      procedureId="p1"
      step="herziene_versie_gepubliceerd"
      expectedVersion={9}
      versions={versions}
      action={action}
    />,
  );

describe("RegionalStepForm", () => {
  it("requires the date, with a Dutch message inline and in the summary, and does not submit", async () => {
    const action = vi.fn();
    render(
      <RegionalStepForm procedureId="p1" step="bosd_akkoord" expectedVersion={4} versions={versions} action={action} />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Akkoord BOSD registreren" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Vul de besluitdatum in.")).toBeInTheDocument();
    expect(screen.getByLabelText("Besluitdatum BOSD")).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();
  });

  it("sends the step with procedure, chosen version and the expected version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    const onDone = vi.fn();
    render(
      <RegionalStepForm
        procedureId="p1"
        step="bosd_akkoord"
        expectedVersion={4}
        versions={versions}
        action={action}
        onDone={onDone}
      />,
    );
    expect(screen.getByLabelText("Versie")).toHaveValue("v2");
    await userEvent.selectOptions(screen.getByLabelText("Versie"), "v1");
    await userEvent.type(screen.getByLabelText("Besluitdatum BOSD"), "2026-04-15");
    await userEvent.type(screen.getByLabelText("Besluitnummer (niet verplicht)"), "BOSD-7");
    await userEvent.click(screen.getByRole("button", { name: "Akkoord BOSD registreren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toMatchObject({
      step: "bosd_akkoord",
      procedureId: "p1",
      versionId: "v1",
      date: "2026-04-15",
      besluitnummer: "BOSD-7",
    });
    expect(readExpectedVersion(action.mock.calls[0][0])).toBe(4);
    // The caller (ProcedureControls) shows the message: this form remounts after the refresh.
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith([]));
  });

  it("shows the domain's refusal in an alert", async () => {
    const reason = "De zienswijzeprocedure kan nog niet sluiten; nog open: Urk (termijn loopt tot en met 2026-07-10).";
    const action = vi.fn().mockResolvedValue({ ok: false, message: reason });
    render(
      <RegionalStepForm
        procedureId="p1"
        step="zienswijzeprocedure_gesloten"
        expectedVersion={2}
        versions={versions}
        action={action}
      />,
    );
    expect(screen.queryByLabelText("Versie")).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Datum van sluiting"), "2026-06-01");
    await userEvent.click(screen.getByLabelText(/Ik begrijp dat de zienswijzeprocedure/));
    await userEvent.click(screen.getByRole("button", { name: "Zienswijzeprocedure sluiten" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(reason)).toBeInTheDocument();
  });

  it("asks for the reason of a revised version", async () => {
    const action = vi.fn();
    renderRevision(action);
    await userEvent.type(screen.getByLabelText("Datum van publicatie"), "2026-10-01");
    await userEvent.click(screen.getByRole("button", { name: "Herziene versie publiceren" }));
    expect(await screen.findAllByText("Geef de reden van de herziening.")).toHaveLength(2);
    expect(action).not.toHaveBeenCalled();
  });

  it("asks to confirm the consequences of a revised version before sending it", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true });
    renderRevision(action);
    const consequences = screen.getByRole("group", { name: "Gevolgen van deze stap" });
    expect(within(consequences).getByText(/moeten opnieuw besluiten over de herziene versie/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Datum van publicatie"), "2026-10-01");
    await userEvent.type(screen.getByLabelText("Reden van de herziening"), "Artikel 5 aangepast");
    await userEvent.click(screen.getByRole("button", { name: "Herziene versie publiceren" }));
    const summary = await screen.findByRole("alert");
    const message = "Vink aan dat u de gevolgen van deze stap begrijpt.";
    expect(within(summary).getByText(message)).toBeInTheDocument();
    const box = screen.getByLabelText(/Ik begrijp dat alle raden opnieuw/);
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(action).not.toHaveBeenCalled();

    await userEvent.click(box);
    await userEvent.click(screen.getByRole("button", { name: "Herziene versie publiceren" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toMatchObject({ step: "herziene_versie_gepubliceerd", bevestigd: true });
  }, 20_000);

  it("does not ask for a confirmation on an ordinary step", () => {
    render(
      <RegionalStepForm
        procedureId="p1"
        step="bosd_akkoord"
        expectedVersion={1}
        versions={versions}
        action={vi.fn()}
      />,
    );
    expect(screen.queryByRole("group", { name: "Gevolgen van deze stap" })).not.toBeInTheDocument();
  });
});
