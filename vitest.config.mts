import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const alias = { "@": fileURLToPath(new URL("./", import.meta.url)) };

// Two projects: fast unit tests (domain, components) and integration tests against a real
// database (PostgreSQL when TEST_DATABASE_URL is set, otherwise embedded PGlite).
export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          // The form tests type through user-event in jsdom: ~0.5 s each on a quiet machine, over the default 5 s on a
          // loaded one (three BesluitForm tests timed out at load 40). A time limit is not what these tests check.
          testTimeout: 30_000,
          setupFiles: ["./tests/setup/unit.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // Generous: several tests start real processes (CLI, servers); a loaded CI machine must not fail them on time alone.
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          // Migrates once per run; openTestDb() copies that database instead of migrating in every file.
          globalSetup: ["./tests/setup/integration-global.ts"],
        },
      },
    ],
  },
});
