import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./helpers";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mainDataDir } from "./slot";

/**
 * Issue 13.1 against the real `gr-volg start` of the e2e web server (playwright.config.ts):
 * the server owns its embedded database (.data/e2e in the first worker, see tests/e2e/slot.ts; taken over from the
 * CLI that started it); the CLI next to it refuses with the app message and the app keeps serving.
 */
const DATA_DIR = mainDataDir();
const ROOT = process.cwd(); // playwright runs from the project root (playwright.config.ts)

function grVolg(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin/gr-volg.mjs"), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `pglite:./${DATA_DIR}` }, timeout: 60_000 },
      (err, _out, stderr) => res({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stderr }),
    );
  });
}

test("the running app owns its embedded database: db status and a second start refuse, the app keeps serving", async ({
  page,
}) => {
  const lock = JSON.parse(readFileSync(join(ROOT, `${DATA_DIR}.lock`), "utf8"));
  expect(lock.adoptedFrom).toEqual(expect.any(Number)); // the server took the lock over from `gr-volg start`
  for (const args of [
    ["db", "status"],
    ["start", "-p", "3299", "-H", "127.0.0.1", "--geen-seed"],
  ]) {
    const r = await grVolg(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `gr-volg: de app draait al op deze ingebouwde database (${DATA_DIR}, proces ${lock.pid}, gestart `,
    );
  }
  await gotoHydrated(page, "/regelingen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gemeenschappelijke regelingen");
});
