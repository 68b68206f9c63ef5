// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  ChoiceGroup,
  ErrorSummary,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  useActionForm,
} from "@/components/ui/form";

describe("form kit fields", () => {
  it("associates label, description and error with the input", () => {
    render(
      <TextboxField
        id="f-naam"
        label="Naam"
        description="Zoals in het register."
        error="Vul de naam in."
        name="naam"
      />,
    );
    const input = screen.getByLabelText("Naam");
    expect(input).toHaveAttribute("id", "f-naam");
    expect(input).toHaveAttribute("name", "naam");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("Zoals in het register. Vul de naam in.");
    expect(input).toHaveClass("utrecht-textbox");
  });

  it("leaves a valid field without aria-invalid or description", () => {
    render(<TextareaField id="f-tekst" label="Tekst" />);
    const input = screen.getByLabelText("Tekst");
    expect(input.tagName).toBe("TEXTAREA");
    expect(input).not.toHaveAttribute("aria-invalid");
    expect(input).not.toHaveAttribute("aria-describedby");
  });

  it("renders a select with its options", async () => {
    render(
      <SelectField
        id="f-soort"
        label="Soort"
        options={[
          ["RAAD", "Raadsvergadering"],
          ["COMMISSIE", "Commissievergadering"],
        ]}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText("Soort"), "COMMISSIE");
    expect(screen.getByLabelText("Soort")).toHaveValue("COMMISSIE");
    // Issue 16 point 9: the NL Design System select (styled by the Utrecht tokens), never a bare native one.
    expect(screen.getByLabelText("Soort")).toHaveClass("utrecht-select");
  });

  it("groups radio buttons under a legend; the first option carries the group's id", () => {
    render(
      <ChoiceGroup
        kind="radio"
        id="f-status"
        name="status"
        legend="Status"
        error="Kies een status."
        options={[
          ["CONCEPT", "Concept"],
          ["DEFINITIEF", "Definitief"],
        ]}
        defaultValue="DEFINITIEF"
      />,
    );
    const group = screen.getByRole("group", { name: "Status" });
    expect(group).toHaveAccessibleDescription("Kies een status.");
    expect(within(group).getByLabelText("Concept")).toHaveAttribute("id", "f-status");
    expect(within(group).getByLabelText("Definitief")).toBeChecked();
  });
});

describe("ErrorSummary", () => {
  it("lists the messages as links that move focus to their field, and takes focus when asked", async () => {
    const { rerender } = render(
      <>
        <ErrorSummary formId="f" errors={[{ id: "f-naam", message: "Vul de naam in." }]} focusKey={0} />
        <TextboxField id="f-naam" label="Naam" />
      </>,
    );
    const summary = document.getElementById("f-foutmeldingen");
    expect(summary).not.toHaveFocus();
    rerender(
      <>
        <ErrorSummary formId="f" errors={[{ id: "f-naam", message: "Vul de naam in." }]} focusKey={1} />
        <TextboxField id="f-naam" label="Naam" />
      </>,
    );
    expect(document.getElementById("f-foutmeldingen")).toHaveFocus();
    expect(screen.getByRole("alert")).toHaveTextContent("Controleer het formulier:");
    await userEvent.click(screen.getByRole("link", { name: "Vul de naam in." }));
    expect(screen.getByLabelText("Naam")).toHaveFocus();
  });

  it("shows the server's refusal without field links, and nothing when all is well", () => {
    const { rerender, container } = render(<ErrorSummary formId="f" errors={[]} serverError={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ErrorSummary formId="f" errors={[]} serverError="De procedure is intussen gewijzigd." />);
    expect(screen.getByRole("alert")).toHaveTextContent("Het is niet gelukt:");
    expect(screen.getByTestId("serverfout")).toHaveTextContent("De procedure is intussen gewijzigd.");
    expect(screen.queryByRole("link")).toBeNull();
  });
});

describe("StatusMessage", () => {
  it("is a status message and takes focus when it appears", () => {
    render(<StatusMessage testId="s">Opgeslagen.</StatusMessage>);
    expect(screen.getByRole("status")).toHaveTextContent("Opgeslagen.");
    expect(screen.getByTestId("s")).toHaveFocus();
  });
});

const schema = z.object({ naam: z.string().min(1, "Vul de naam in.") });

function Demo({
  submit,
}: {
  submit: (v: {
    naam: string;
  }) => Promise<{ ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> }>;
}) {
  const f = useActionForm<{ naam: string }>({ formId: "demo", schema, defaultValues: { naam: "" }, submit });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-label="Demo">
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>Opgeslagen.</StatusMessage> : null}
      <TextboxField label="Naam" {...f.field("naam")} />
      <SubmitButton busy={f.busy} label="Opslaan" />
    </form>
  );
}

describe("useActionForm", () => {
  it("on a failed check: focuses the summary, marks the field, does not submit", async () => {
    const submit = vi.fn();
    render(<Demo submit={submit} />);
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(document.getElementById("demo-foutmeldingen")).toHaveFocus());
    expect(screen.getByLabelText("Naam")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Naam")).toHaveAttribute("id", "demo-naam");
    expect(submit).not.toHaveBeenCalled();
  });

  it("puts the server's field errors on the fields and its message in the summary", async () => {
    const submit = vi.fn().mockResolvedValue({
      ok: false,
      message: "Controleer het formulier.",
      fieldErrors: { naam: "Deze naam bestaat al." },
    });
    render(<Demo submit={submit} />);
    await userEvent.type(screen.getByLabelText("Naam"), "Urk");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(document.getElementById("demo-foutmeldingen")).toHaveFocus());
    expect(screen.getByTestId("serverfout")).toHaveTextContent("Controleer het formulier.");
    expect(screen.getByLabelText("Naam")).toHaveAccessibleDescription("Deze naam bestaat al.");
  });

  it("after a save: the status message appears and has focus", async () => {
    render(<Demo submit={async () => ({ ok: true })} />);
    await userEvent.type(screen.getByLabelText("Naam"), "Urk");
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Opgeslagen.");
    // The focused element is the status message itself (its role is on the focused element).
    await waitFor(() => expect(status).toHaveFocus());
  });
});
