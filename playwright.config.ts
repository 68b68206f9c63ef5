import { defineConfig, devices } from "@playwright/test";
import {
  MAX_E2E_SLOTS,
  OIDC_OP_PORT,
  mainBase,
  mainDataDir,
  mainPort,
  toestemmingDataDir,
  toestemmingPort,
} from "./tests/e2e/slot";

/**
 * Workers, each with its own servers and databases (tests/e2e/slot.ts): E2E_WORKERS, default 1 (one spec on a
 * developer's machine needs one set of servers); scripts/test-all.sh runs the whole suite with 2.
 */
const WORKERS = Math.min(Math.max(Number(process.env.E2E_WORKERS ?? 1), 1), MAX_E2E_SLOTS);
const SLOTS = Array.from({ length: WORKERS }, (_, slot) => slot);
/** A real OpenID provider process (tests/e2e/fixtures/oidc-op.mjs) for tests/e2e/oidc.spec.ts, shared by the slots. */
const OIDC_PROVIDERS = JSON.stringify([
  // Names without the word "Inloggen": other specs click the password form's "Inloggen" button.
  {
    id: "test-idp",
    name: "Via Test-IdP",
    issuer: `http://127.0.0.1:${OIDC_OP_PORT}`,
    clientId: "gr-volg",
    clientSecret: "gr-volg-e2e-secret",
  },
  // Urk's own IdP (never contacted): Urk's users may not sign in through test-idp.
  {
    id: "urk",
    name: "Via Urk-account",
    issuer: "http://127.0.0.1:9/urk",
    clientId: "gr-volg",
    clientSecret: "x",
    gemeente: "urk",
  },
]);

function serverEnv(dataDir: string, port: number): Record<string, string> {
  return {
    DATABASE_URL: `pglite:./${dataDir}`,
    NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    STORAGE_DIR: `./${dataDir}/bestanden`,
    OIDC_PROVIDERS,
  };
}

/** One slot's two app servers (tests/e2e/slot.ts), each on a fresh embedded database of its own. */
function slotServers(dataDir: string, port: number, toestemmingDir: string, toestemmingPortNr: number) {
  return [
    {
      // Fresh database, then the regional steps an e2e griffier needs (the secretariat's CLI, audited):
      // the concept-GR is in the zienswijzeprocedure. `start --demo` then migrates/seeds idempotently
      // (demo mode: the e2e tests sign in with the demo accounts and check the demo banner).
      command: [
        `rm -rf ${dataDir}`,
        "node bin/gr-volg.mjs db migrate",
        "node bin/gr-volg.mjs db seed",
        ...[
          ["concept_opgesteld", "2026-02-01"],
          ["bosd_akkoord", "2026-04-15"],
          ["zienswijzeprocedure_geopend", "2026-05-01"],
        ].map(
          ([stap, datum]) =>
            `node bin/gr-volg.mjs procedure stap --regeling gr-sociaal-domein-flevoland --document concept-gr --stap ${stap} --datum ${datum}`,
        ),
        // The first beheerder's one-time link, as printed by the CLI (tests/e2e/uitnodiging.spec.ts opens it).
        `node bin/gr-volg.mjs beheer maak-beheerder --email nieuwe.beheerder@e2e.gr-volg.nl --naam "Beheerder E2E" > ${dataDir}/uitnodiging.txt`,
        `node bin/gr-volg.mjs start --demo -p ${port} -H 127.0.0.1`,
      ].join(" && "),
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      // Several CLI starts before the server: minutes on a loaded machine (the timeout only matters when it fails).
      timeout: 600_000,
      env: serverEnv(dataDir, port),
    },
    {
      // A second instance whose database is in the toestemmingsprocedure (test-only setup script,
      // tests/e2e/setup/toestemmingsfase.ts), for the specs that use toestemmingBase() (tests/e2e/slot.ts).
      command: [
        `rm -rf ${toestemmingDir}`,
        "node bin/gr-volg.mjs db migrate",
        "node bin/gr-volg.mjs db seed",
        "npx tsx tests/e2e/setup/toestemmingsfase.ts",
        `node bin/gr-volg.mjs start --demo -p ${toestemmingPortNr} -H 127.0.0.1`,
      ].join(" && "),
      url: `http://127.0.0.1:${toestemmingPortNr}/`,
      reuseExistingServer: false,
      // Several CLI starts before the server: minutes on a loaded machine (the timeout only matters when it fails).
      timeout: 600_000,
      env: serverEnv(toestemmingDir, toestemmingPortNr),
    },
  ];
}

// Runs against the production build (`next build` first) on a fresh embedded database, through
// the same `gr-volg start` command the README uses. Debian's Chromium by default (no download).
export default defineConfig({
  testDir: "./tests/e2e",
  // Their own servers on PostgreSQL: playwright.onboarding.config.ts, playwright.journey.config.ts.
  testIgnore: ["onboarding.spec.ts", "journey.spec.ts"],
  workers: WORKERS,
  retries: 0,
  timeout: 60_000,
  // Each worker's first sign-in and first pages hit a cold server (route modules load on first request): under a
  // load average of 30–40 that took more than the default 5 s (docs/testing.md, wave 9). Waiting for the real state
  // longer fails nothing that passes; it only fails later.
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  // In a worker process this file is loaded again with TEST_PARALLEL_INDEX set: the worker's own main server.
  use: { baseURL: mainBase(), trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        locale: "nl-NL",
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "node tests/e2e/fixtures/oidc-op.mjs",
      url: `http://127.0.0.1:${OIDC_OP_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        OP_PORT: String(OIDC_OP_PORT),
        OP_CLIENT_ID: "gr-volg",
        OP_CLIENT_SECRET: "gr-volg-e2e-secret",
        OP_REDIRECT_URIS: SLOTS.map((slot) => `${mainBase(slot)}/api/auth/callback/test-idp`).join(","),
      },
    },
    ...SLOTS.flatMap((slot) =>
      slotServers(mainDataDir(slot), mainPort(slot), toestemmingDataDir(slot), toestemmingPort(slot)),
    ),
  ],
});
