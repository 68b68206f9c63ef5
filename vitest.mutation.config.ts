import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Used only by StrykerJS (`npm run mutation`, see docs/mutation.md): the unit project of vitest.config.ts limited to the
// domain's own tests (tests/unit/domain), so the mutation run never starts the integration project (which needs a
// database) nor the jsdom component tests, whose 5 s timeouts fail on a loaded machine.
const alias = { "@": fileURLToPath(new URL("./", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    name: "unit",
    environment: "node",
    include: ["tests/unit/domain/**/*.test.ts"],
    testTimeout: 30_000,
    setupFiles: ["./tests/setup/unit.ts"],
  },
});
