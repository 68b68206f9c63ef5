/** Writes docs/state-machines.md from the domain's transition tables. Run: npx tsx scripts/gen-state-diagrams.ts */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderStateDiagrams } from "../lib/domain/diagrams";

const target = fileURLToPath(new URL("../docs/state-machines.md", import.meta.url));
writeFileSync(target, renderStateDiagrams(), "utf8");
console.log(`Geschreven: ${target}`);
