import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Used only by StrykerJS (`npm run mutation`, see docs/mutation.md): the unit project of vitest.config.ts limited to the
// domain's own tests (tests/unit/domain), so the mutation run never starts the integration project (which needs a
// database) nor the jsdom component tests, whose 5 s timeouts fail on a loaded machine. The fast-check property tests
// (hundreds of generated runs each) stay in `npm test`; under per-test coverage they take minutes per mutant, so the
// mutation run leaves them out and the example-based tests have to pin every guard on their own.
const alias = [
  { find: "@", replacement: fileURLToPath(new URL("./", import.meta.url)) },
  // Speed only, same functions: lib/domain imports `format` from the date-fns root and `nl` from "date-fns/locale",
  // which load every date-fns function and all ~100 locales (hundreds of files, 3–4 s per import on the loaded
  // machine). Every mutant run starts a fresh worker that imports them again, so point the two bare specifiers at the
  // single modules the domain uses. If lib/domain starts importing another function from the root, this fails loudly.
  { find: /^date-fns$/, replacement: "date-fns/format" },
  { find: /^date-fns\/locale$/, replacement: "date-fns/locale/nl" },
];

export default defineConfig({
  resolve: { alias },
  test: {
    name: "unit",
    environment: "node",
    include: ["tests/unit/domain/**/*.test.ts"],
    exclude: ["**/*.property.test.ts", "**/node_modules/**"],
    testTimeout: 30_000,
    // The domain is pure: no jsdom, no jest-dom matchers, so none of the unit project's setup files.
    setupFiles: [],
    // One module graph for all test files: StrykerJS switches mutants at run time (a global), so a fresh module
    // cache per test file only costs re-importing lib/domain and zod for every file of every mutant run.
    isolate: false,
  },
});
