import { describe, expect, it } from "vitest";
import { runDeadlineCommand } from "@/cli/commands/deadline";

describe("runDeadlineCommand", () => {
  it("prints the trace as JSON with the documented keys first", () => {
    const r = runDeadlineCommand({ start: "2026-03-30", period: "P8W" });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).slice(0, 6)).toEqual(["start", "period", "kind", "nominalEnd", "end", "extensions"]);
    expect(json).toMatchObject({
      start: "2026-03-30",
      period: "P8W",
      kind: "statutory",
      nominalEnd: "2026-05-25",
      end: "2026-05-26",
      extensions: [{ date: "2026-05-25", reason: "2e Pinksterdag (Atw art. 3 lid 1)" }],
    });
    expect(Object.keys(json.extensions[0])).toEqual(["date", "reason"]);
  });

  it("agreed and backward periods", () => {
    expect(JSON.parse(runDeadlineCommand({ start: "2026-03-30", period: "P8W", kind: "agreed" }).stdout).end).toBe(
      "2026-05-25",
    );
    expect(JSON.parse(runDeadlineCommand({ start: "2026-06-08", period: "P2W", direction: "before" }).stdout).end).toBe(
      "2026-05-25",
    );
  });

  it.each([
    [{ period: "P8W" }, "Startdatum ontbreekt"],
    [{ start: "2026-03-30" }, "Termijn ontbreekt"],
    [{ start: "30-03-2026", period: "P8W" }, "Ongeldige startdatum"],
    [{ start: "2026-03-30", period: "8W" }, "Ongeldige termijn"],
    [{ start: "2026-03-30", period: "P8W", kind: "wettelijk" }, "Ongeldige soort termijn"],
    [{ start: "2026-03-30", period: "P8W", direction: "sideways" }, "Ongeldige richting"],
  ])("%j → exit 2 with a Dutch message", (opts, msg) => {
    const r = runDeadlineCommand(opts);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(msg);
    expect(r.stderr).toContain("Gebruik: gr-volg deadline");
  });
});
