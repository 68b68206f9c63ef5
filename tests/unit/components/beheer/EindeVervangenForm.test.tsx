// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readInput } from "../form-data";
import type { FormDataAction } from "@/components/ui/form";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh, push: vi.fn() }) }));
const { BeheerForm } = await import("@/components/beheer/BeheerForm");

/** R14 as the beheer regeling page renders it: one date, checked with the command's own schema. */
function renderForm(action: FormDataAction<object>) {
  render(
    <BeheerForm
      formId="einde-vervangen-regeling"
      title="Einde van de Centrumregeling vastleggen"
      submitLabel="Einddatum vastleggen"
      schema="eindeVervangen"
      action={action}
      hidden={{ regelingId: "gr1" }}
      fields={[{ name: "einddatum", label: "Laatste dag van de vervangen regeling", type: "date", value: "" }]}
      success="De einddatum van de vervangen regeling is vastgelegd."
    />,
  );
}

describe("Einde vervangen regeling (R14) form", () => {
  it("requires the date, in Dutch, without calling the server", async () => {
    const action = vi.fn();
    renderForm(action);
    await userEvent.click(screen.getByRole("button", { name: "Einddatum vastleggen" }));
    expect(
      (await screen.findAllByText(/De einddatum van de vervangen regeling moet een datum zijn/)).length,
    ).toBeGreaterThan(0);
    expect(action).not.toHaveBeenCalled();
  });

  it("sends the regeling and the date, and shows the domain's refusal (gap or overlap)", async () => {
    const message = "De Centrumregeling moet eindigen op 2026-12-31, de dag voordat de GR ingaat (2027-01-01).";
    const action = vi.fn().mockResolvedValue({ ok: false, message, fieldErrors: { einddatum: message } });
    renderForm(action);
    await userEvent.type(screen.getByLabelText("Laatste dag van de vervangen regeling"), "2026-12-30");
    await userEvent.click(screen.getByRole("button", { name: "Einddatum vastleggen" }));
    await vi.waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    expect(readInput(action.mock.calls[0][0])).toEqual({ regelingId: "gr1", einddatum: "2026-12-30" });
    expect((await screen.findAllByText(message)).length).toBeGreaterThan(0);
  });
});
