import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

/**
 * tests/e2e/no-js.spec.ts on its own: only the main server of playwright.config.ts (the OIDC and
 * toestemming servers are not needed), with more time to start on a loaded machine.
 * `E2E_PORT=… npx playwright test -c tests/e2e/no-js.config.ts`; the full run includes the spec too.
 */
const servers = Array.isArray(base.webServer) ? base.webServer : [];
const main = servers.find((s) => String(s.command).includes("maak-beheerder"));
if (!main) throw new Error("playwright.config.ts: main server not found");

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "no-js.spec.ts",
  testIgnore: [],
  workers: 1,
  // Run from the repository root (as the npm scripts do): the server command uses relative paths.
  webServer: [{ ...main, cwd: process.cwd(), timeout: 600_000 }],
});
