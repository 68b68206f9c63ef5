// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  ConfirmConsequences,
  ErrorSummary,
  StatusMessage,
  SubmitButton,
  TextboxField,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import { withConfirmation } from "@/lib/validation/confirmation";

type Values = { naam: string; bevestigd?: boolean };
type Saved = { ok: true; warnings?: string[] } | { ok: false; message: string };

/** A form as every form is built: summary, status message with the save's warnings, optional confirmation. */
function Demo({ submit, confirm = false }: { submit: (v: Values) => Promise<Saved>; confirm?: boolean }) {
  const base = z.object({ naam: z.string().min(1, "Vul de naam in.") });
  const f = useActionForm<Values>({
    formId: "demo",
    schema: confirm ? withConfirmation(base) : base,
    defaultValues: { naam: "" },
    submit,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-label="Demo">
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Opgeslagen.</StatusMessage> : null}
      <TextboxField label="Naam" {...f.field("naam")} />
      {confirm ? (
        <ConfirmConsequences
          consequences={["Alle raden moeten opnieuw besluiten."]}
          understood="alle raden opnieuw moeten besluiten."
          {...f.field("bevestigd")}
        />
      ) : null}
      <SubmitButton busy={f.busy} label="Opslaan" />
    </form>
  );
}

describe("save feedback in the form kit", () => {
  it("after a save: a status message with focus, no warning styling when the domain had none", async () => {
    render(<Demo submit={vi.fn().mockResolvedValue({ ok: true })} />);
    await userEvent.type(screen.getByLabelText("Naam"), "Almere");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Opgeslagen.");
    expect(status).toHaveFocus();
    expect(status.querySelector(".utrecht-alert--ok")).not.toBeNull();
    expect(within(status).queryByRole("list")).not.toBeInTheDocument();
  });

  it("shows the domain's warnings of a late step in the status message, as a warning", async () => {
    const late = "Let op: de raad heeft de zienswijze vastgesteld na afloop van de termijn.";
    render(<Demo submit={vi.fn().mockResolvedValue({ ok: true, warnings: [late] })} />);
    await userEvent.type(screen.getByLabelText("Naam"), "Almere");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    const status = await screen.findByRole("status");
    expect(within(status).getByRole("listitem")).toHaveTextContent(late);
    expect(status.querySelector(".utrecht-alert--warning")).not.toBeNull();
    expect(status).toHaveFocus();
  });

  it("clears the warnings of the previous save on the next submit", async () => {
    const submit = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, warnings: ["Te laat."] })
      .mockResolvedValueOnce({ ok: true });
    render(<Demo submit={submit} />);
    await userEvent.type(screen.getByLabelText("Naam"), "Almere");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByText("Te laat.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(screen.queryByText("Te laat.")).not.toBeInTheDocument());
    expect(screen.getByRole("status")).toHaveTextContent("Opgeslagen.");
  });

  it("a far-reaching step: shows the consequences and is only sent once 'Ik begrijp dat …' is ticked", async () => {
    const submit = vi.fn().mockResolvedValue({ ok: true });
    render(<Demo submit={submit} confirm />);
    expect(
      within(screen.getByRole("group", { name: "Gevolgen van deze stap" })).getByText(
        "Alle raden moeten opnieuw besluiten.",
      ),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Naam"), "Almere");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", { name: "Vink aan dat u de gevolgen van deze stap begrijpt." });
    const box = screen.getByLabelText("Ik begrijp dat alle raden opnieuw moeten besluiten.");
    expect(link).toHaveAttribute("href", `#${box.id}`);
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(submit).not.toHaveBeenCalled();
    await userEvent.click(box);
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(submit.mock.calls[0][0]).toMatchObject({ naam: "Almere", bevestigd: true });
    expect(await screen.findByRole("status")).toHaveFocus();
  });
});

describe("warningsOf", () => {
  it("reads `warnings` and the version import's older `waarschuwing`, and ignores anything else", () => {
    expect(warningsOf({ ok: true })).toEqual([]);
    expect(warningsOf({ ok: true, warnings: ["a", 3, ""] })).toEqual(["a"]);
    expect(warningsOf({ ok: true, waarschuwing: "b" })).toEqual(["b"]);
    expect(warningsOf({ ok: true, warnings: ["a"], waarschuwing: null })).toEqual(["a"]);
  });
});
