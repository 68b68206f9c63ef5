// @vitest-environment jsdom
/**
 * The message after a save must live outside forms that are keyed by a version: the refresh after the save remounts
 * (or replaces, or removes) such a form, and a message inside it would vanish. Every screen with keyed forms uses
 * the form kit's KeptMessage; these tests fail when a message is moved back inside the keyed form (it is then
 * inside a <form>, and gone after the remount).
 */
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

// Several saves through real forms per test: on a loaded machine that takes longer than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });
const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
const { KeptMessage } = await import("@/components/ui/form");
const { ProcedureControls } = await import("@/components/secretariaat/ProcedureControls");
const { CollegeStepControls } = await import("@/components/college/CollegeStepControls");
const { SaveNotices, useSaveNotice } = await import("@/components/begroting/SaveNotice");

/** The one status message: on screen, focused, and not inside any form. */
function expectKept(text: RegExp | string) {
  const statuses = screen.getAllByRole("status");
  expect(statuses).toHaveLength(1);
  expect(statuses[0]).toHaveTextContent(text);
  expect(statuses[0].closest("form")).toBeNull();
  return statuses[0];
}

function KeyedForm({ onSave }: { onSave: () => void }) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <button type="submit">Opslaan</button>
    </form>
  );
}

/** A begroting step's form: it reports its save to the nearest SaveNotices. */
function BegrotingForm({ step }: { step: string }) {
  const report = useSaveNotice();
  return <KeyedForm onSave={() => report(`${step} opgeslagen.`)} />;
}

describe("KeptMessage (form kit)", () => {
  it("keeps the message, with focus and role=status, when the keyed form remounts or goes away", async () => {
    const view = (version: number, showForm = true) => (
      <KeptMessage<number> testId="opgeslagen" message={(v) => `Versie ${v} opgeslagen.`}>
        {(report) =>
          showForm ? <KeyedForm key={version} onSave={() => report(version, ["Te laat geregistreerd."])} /> : null
        }
      </KeptMessage>
    );
    const { rerender } = render(view(1));
    expect(screen.queryByRole("status")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    const first = expectKept("Versie 1 opgeslagen.Te laat geregistreerd.");
    expect(first).toHaveFocus();
    expect(first).toHaveAttribute("data-testid", "opgeslagen");
    rerender(view(2));
    expectKept("Versie 1 opgeslagen.");
    // A second save re-mounts the message, so it takes focus again.
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(expectKept("Versie 2 opgeslagen.")).toHaveFocus();
    rerender(view(3, false));
    expectKept("Versie 2 opgeslagen.");
  });
});

describe("every screen with keyed forms keeps its message outside them", () => {
  it("ProcedureControls (secretariaat): the regional step's message survives the new version", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, version: 3 });
    const props = {
      procedureId: "p1",
      versions: [{ id: "v1", label: "Concept" }],
      publishers: [],
      action,
    };
    const { rerender } = render(<ProcedureControls {...props} steps={["bosd_akkoord"]} expectedVersion={2} />);
    await userEvent.type(screen.getByLabelText("Besluitdatum BOSD"), "2026-04-15");
    await userEvent.click(screen.getByRole("button", { name: "Akkoord BOSD registreren" }));
    expect(await screen.findByTestId("stap-opgeslagen")).toHaveFocus();
    rerender(<ProcedureControls {...props} steps={["zienswijzeprocedure_geopend"]} expectedVersion={3} />);
    expectKept(/Geregistreerd: .*Hieronder ziet u de nieuwe stand en de volgende stap\./);
  });

  it("CollegeStepControls: the college step's message survives the next step's form", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, version: 8 });
    const props = { procedureId: "p1", participantId: "urk", gemeente: "Urk", action };
    const { rerender } = render(
      <CollegeStepControls {...props} steps={["collegebesluit_genomen"]} expectedVersion={7} />,
    );
    await userEvent.type(screen.getByLabelText("Besluitdatum"), "2026-11-02");
    await userEvent.click(screen.getByRole("button", { name: "Collegebesluit registreren" }));
    expect(await screen.findByTestId("college-stap-opgeslagen")).toHaveFocus();
    rerender(<CollegeStepControls {...props} steps={["ondertekend"]} expectedVersion={8} />);
    expectKept(/De stap is geregistreerd\. Vastgelegd: collegebesluit.*Hieronder ziet u de nieuwe stand/);
  });

  it("SaveNotices (begroting): the step's message survives the form that replaces it", async () => {
    const view = (step: string) => (
      <SaveNotices>
        <BegrotingForm key={step} step={step} />
      </SaveNotices>
    );
    const { rerender } = render(view("Kaders"));
    await userEvent.click(screen.getByRole("button", { name: "Opslaan" }));
    expect(await screen.findByTestId("begroting-opgeslagen")).toHaveFocus();
    rerender(view("Ontwerp"));
    expectKept("Kaders opgeslagen.");
  });
});
