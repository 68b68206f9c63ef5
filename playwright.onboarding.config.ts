import { defineConfig, devices } from "@playwright/test";

/**
 * Issue 14 "Done when": a production start on an EMPTY PostgreSQL database without demo mode
 * (own database, `gr-volg db migrate`, NEXTAUTH_SECRET set), the first beheerder made with the
 * CLI, then everything else through the browser (tests/e2e/onboarding.spec.ts). Its own server,
 * so it runs apart from the demo servers of playwright.config.ts:
 *   E2E_PORT=3660 CI=true npx playwright test -c playwright.onboarding.config.ts
 */
const PORT = Number(process.env.E2E_PORT ?? 3660);
export const ONBOARDING_DB =
  process.env.ONBOARDING_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_e2e_onboarding_${PORT}`;
const OUT = ".data/e2e-onboarding";

export default defineConfig({
  testDir: "./tests/e2e",
  testMatch: "onboarding.spec.ts",
  workers: 1,
  retries: 0,
  timeout: 240_000,
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure" },
  projects: [
    {
      name: "onboarding",
      use: {
        ...devices["Desktop Chrome"],
        locale: "nl-NL",
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: [
      `rm -rf ${OUT} && mkdir -p ${OUT}`,
      "node tests/e2e/setup/fresh-postgres.mjs",
      "node bin/gr-volg.mjs db migrate",
      `node bin/gr-volg.mjs beheer maak-beheerder --email eerste.beheerder@regio-zuid.example --naam "Eerste Beheerder" > ${OUT}/maak-beheerder.txt`,
      // No --demo: a production start (refuses without NEXTAUTH_SECRET).
      `node bin/gr-volg.mjs start -p ${PORT} -H 127.0.0.1`,
    ].join(" && "),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    env: {
      DATABASE_URL: ONBOARDING_DB,
      NEXTAUTH_SECRET: "onboarding-e2e-secret-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      GR_VOLG_DEMO: "",
      STORAGE_DIR: `./${OUT}/bestanden`,
    },
  },
});
