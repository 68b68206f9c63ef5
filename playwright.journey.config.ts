import { defineConfig } from "@playwright/test";
import onboarding from "./playwright.onboarding.config";

/**
 * Issue 15 "Done when": one whole GR procedure through the browser, each step by the account whose job it is
 * (tests/e2e/journey.spec.ts). Its own server on a FRESH PostgreSQL database in demo mode (the demo accounts of
 * the seed: secretariat, griffiers, colleges), so the scheduled job that realizes planned steps can be run by the
 * spec against the same database with an injected clock (`gr-volg jobs run-due --nu`, an operator command):
 *   E2E_PORT=3300 CI=true npx playwright test -c playwright.journey.config.ts
 */
const PORT = Number(process.env.E2E_PORT ?? 3300);
export const JOURNEY_DB =
  process.env.JOURNEY_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_e2e_journey_${PORT}`;
const OUT = ".data/e2e-journey";

export default defineConfig({
  testDir: "./tests/e2e",
  testMatch: "journey.spec.ts",
  workers: 1,
  retries: 0,
  // One long test (a whole procedure, ~40 page loads and form posts); the margin is for a busy machine (it took 25 min
  // at load 30 on 2 cores).
  timeout: 2_700_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  // A missing control fails within a minute instead of waiting out the whole test's timeout.
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure", actionTimeout: 60_000 },
  // The same Chromium as the onboarding run (Debian's, no download).
  projects: [{ ...onboarding.projects?.[0], name: "journey" }],
  webServer: {
    command: [
      `rm -rf ${OUT} && mkdir -p ${OUT}`,
      "node tests/e2e/setup/fresh-postgres.mjs",
      // Demo mode: migrates and seeds the Flevoland regio with its demo accounts (never in production).
      `node bin/gr-volg.mjs start --demo -p ${PORT} -H 127.0.0.1`,
    ].join(" && "),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    env: {
      DATABASE_URL: JOURNEY_DB,
      NEXTAUTH_SECRET: "journey-e2e-secret-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      STORAGE_DIR: `./${OUT}/bestanden`,
      // The server does not realize planned steps itself: the spec runs that job once, with its own clock.
      PLANNED_STEPS_INTERVAL_MINUTES: "0",
    },
  },
});
