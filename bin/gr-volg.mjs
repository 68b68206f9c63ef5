#!/usr/bin/env node
// Entry point of the `gr-volg` command. The CLI is TypeScript (cli/main.ts) and shares its code
// with the app, so it runs through tsx. The Prisma client is generated on first use, because the
// generated code is not committed (it is build output).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

if (!existsSync(join(root, "generated/prisma/client.ts"))) {
  const r = spawnSync(process.execPath, [join(root, "node_modules/prisma/build/index.js"), "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (r.status !== 0) {
    console.error("gr-volg: de Prisma-client kon niet worden gegenereerd (npx prisma generate).");
    process.exit(1);
  }
}

const { tsImport } = await import("tsx/esm/api");
const { main } = await tsImport(pathToFileURL(join(root, "cli/main.ts")).href, import.meta.url);
process.exitCode = await main(process.argv.slice(2));
