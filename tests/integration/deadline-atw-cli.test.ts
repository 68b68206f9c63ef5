/**
 * `gr-volg deadline` gives the same answers as the independent Atw table
 * (tests/unit/domain/deadlines/atw-table.test.ts): a few rows through the real command (each row
 * starts a process, so only three here; the unit table runs every row through `runDeadlineCommand`).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const BIN = join(__dirname, "../../bin/gr-volg.mjs");

// [start, period, end, provisional, likelyEnd] — literal rows copied from the hand-computed table
const ROWS: [string, string, string, boolean, string | undefined][] = [
  ["2025-04-03", "P8W", "2025-06-02", false, undefined], // Hemelvaart 2025 + gelijkgestelde 30-5
  ["2030-04-04", "P8W", "2030-05-31", true, "2030-06-03"], // Hemelvaart 2030, nog geen besluit
  ["2024-12-24", "P3D", "2024-12-31", false, undefined], // art. 2 over Kerst 2024
];

describe("gr-volg deadline against the Atw table", () => {
  it.each(ROWS)("%s + %s → %s", async (start, period, end, provisional, likelyEnd) => {
    const { stdout } = await run(process.execPath, [BIN, "deadline", "--start", start, "--period", period], {
      timeout: 120_000,
    });
    const out = JSON.parse(stdout);
    expect(out.end).toBe(end);
    expect(out.provisional).toBe(provisional);
    expect(out.likelyEnd).toBe(likelyEnd);
    if (provisional) expect(out.notes.join(" ")).toContain("wel voor 2023–2028");
  });
});
