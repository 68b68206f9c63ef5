// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { forecast, type ForecastInput } from "@/lib/domain";
import { buildRegelingTimeline, gemeenteTimeline } from "@/lib/presentation/timeline";
import { targetVerdict } from "@/lib/presentation/target-verdict";
import { Timeline } from "@/components/timeline/Timeline";
import { TargetAlert } from "@/components/timeline/TargetAlert";
import { seededFlevoland } from "../../domain/forecast/fixtures";

/** Seeded Flevoland, with Almere's ontwerp received, its zienswijze decided and raad meetings ahead. */
function input(): ForecastInput {
  const base = seededFlevoland("2026-12-01");
  base.participants[0] = {
    ...base.participants[0],
    raadTrack: {
      status: "zienswijze_vastgesteld",
      zienswijze: {
        receivedOn: "2026-10-01",
        deadline: { end: "2026-11-26" },
        decision: { decidedOn: "2026-11-19" },
      } as NonNullable<ForecastInput["participants"][number]["raadTrack"]["zienswijze"]>,
    },
    meetings: [
      { kind: "commissie", date: "2027-01-14" },
      { kind: "raad", date: "2027-01-28" },
      { kind: "commissie", date: "2027-05-13" },
      { kind: "raad", date: "2027-05-27" },
    ],
  };
  return base;
}

const keysOf = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.getAttribute("data-key")).sort();

// Rendering two drawings and the tables in jsdom takes seconds on a loaded machine.
describe("Timeline (issue 16 point 3)", { timeout: 30_000 }, () => {
  it("the table alternative has a row for every fact and line the drawings show, and no other", () => {
    const i = input();
    const model = buildRegelingTimeline("GR Sociaal Domein Flevoland", i, forecast(i));
    const { container } = render(<Timeline model={model} id="t" />);
    const table = screen.getByRole("table", { name: /alle stappen, termijnen en vergaderingen/ });
    const rows = keysOf(table, "tbody tr[data-key]");
    expect(rows.length).toBeGreaterThan(10);
    for (const variant of ["breed", "smal"]) {
      const svg = container.querySelector(`[data-testid="tijdlijn-visueel-${variant}"]`);
      expect(svg).not.toBeNull();
      expect(keysOf(svg as Element, "[data-key]")).toEqual(rows);
    }
    // past step, meeting, deadline, today and the target are all there, in words
    const text = table.textContent ?? "";
    for (const s of [
      "Raad stelde zienswijze vast",
      "Raadsvergadering",
      "Commissievergadering",
      "Vandaag",
      "Beoogde inwerkingtreding",
      "Vroegst haalbaar",
      "1 januari 2027",
    ])
      expect(text).toContain(s);
  });

  it("lists the rows by their legal date (issue 16 point 2), whatever order the facts come in", () => {
    const i = input();
    const model = buildRegelingTimeline("GR Sociaal Domein Flevoland", i, forecast(i));
    // Built in another order than the table shows them: the table sorts, not the caller.
    const shuffled = { ...model, facts: [...model.facts].reverse() };
    render(<Timeline model={shuffled} id="t" />);
    const table = screen.getByRole("table", { name: /alle stappen, termijnen en vergaderingen/ });
    const dates = [...table.querySelectorAll("tbody tr[data-key] time")].map((t) => t.getAttribute("datetime") ?? "");
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
    const text = [...table.querySelectorAll("tbody tr[data-key]")].map((r) => r.textContent ?? "");
    const decided = text.findIndex((t) => t.includes("19 november 2026") && t.includes("Raad stelde zienswijze vast"));
    const today = text.findIndex((t) => t.includes("Vandaag"));
    expect(decided).toBeGreaterThanOrEqual(0);
    expect(today).toBeGreaterThan(decided);
  });

  it("is an image with a title and description, in a figure with a caption, and says who cannot make it", () => {
    const i = input();
    const model = buildRegelingTimeline("GR Sociaal Domein Flevoland", i, forecast(i));
    render(<Timeline model={model} id="t" />);
    const imgs = screen.getAllByRole("img", { name: /Tijdlijn van GR Sociaal Domein Flevoland/ });
    expect(imgs).toHaveLength(2);
    expect(imgs[0]).toHaveAccessibleDescription(/Haalt de beoogde datum niet: Almere, Dronten/);
    expect(screen.getByRole("figure", { name: /De tabel hieronder bevat dezelfde gegevens/ })).toBeInTheDocument();
    const perGemeente = screen.getByRole("table", { name: "Haalt elke gemeente de beoogde datum?" });
    expect(within(perGemeente).getAllByRole("row")).toHaveLength(1 + 6);
    expect(within(perGemeente).getByRole("rowheader", { name: "Urk" }).nextElementSibling?.textContent).toMatch(
      /^haalt het niet: ondertekenen kan op zijn vroegst op \d+ \w+ 2027/,
    );
  });

  it("the gemeente view: its own lane and the regio, same rows in table and drawing", () => {
    const i = input();
    const model = gemeenteTimeline(buildRegelingTimeline("GR", i, forecast(i)), "almere", "Almere");
    const { container } = render(<Timeline model={model} id="g" />);
    const table = screen.getByRole("table", { name: /alle stappen/ });
    expect(keysOf(container.querySelector('[data-testid="tijdlijn-visueel-breed"]') as Element, "[data-key]")).toEqual(
      keysOf(table, "tbody tr[data-key]"),
    );
    expect(table.textContent).not.toContain("Dronten");
  });

  it("TargetAlert: a warning with the sentence when out of reach, nothing when reachable", () => {
    const out = targetVerdict(forecast(seededFlevoland("2026-12-01")));
    const { unmount } = render(<TargetAlert verdict={out} />);
    expect(screen.getByRole("status")).toHaveTextContent(/^De beoogde datum 1 januari 2027 is niet meer haalbaar: /);
    expect(screen.getByRole("status")).toHaveClass("utrecht-alert--warning");
    unmount();
    const ok = targetVerdict(forecast(seededFlevoland("2025-09-01")));
    const { container } = render(<TargetAlert verdict={ok} />);
    expect(container).toBeEmptyDOMElement();
  });
});
