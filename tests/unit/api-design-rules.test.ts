import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

/**
 * /api/v1's OpenAPI document against Logius' official Spectral ruleset for the NL API Design Rules
 * (vendored in tests/api/nlgov-linter.yaml), linted by the real Spectral CLI in its own process,
 * exactly as developer.overheid.nl tells API providers to run it.
 */
const RULESET = join(process.cwd(), "tests/api/nlgov-linter.yaml");
const SPECTRAL = createRequire(import.meta.url).resolve("@stoplight/spectral-cli/dist/index.js");

interface SpectralResult {
  code: string;
  message: string;
  severity: number; // 0 error, 1 warning, 2 info, 3 hint
  path: string[];
  source: string;
}

let dir = "";
let results: SpectralResult[] = [];
let served = "";
let broken = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gr-volg-adr-"));
  served = join(dir, "openapi.json");
  broken = join(dir, "zonder-contact.json");
  await writeFile(served, JSON.stringify(openApiDocument, null, 2));
  // A copy without contact info: proves that the ruleset is loaded and reports (the test can fail).
  const { contact: _contact, ...info } = openApiDocument.info;
  await writeFile(broken, JSON.stringify({ ...openApiDocument, info }, null, 2));
  // Spectral exits 1 when it finds errors; the JSON report on stdout is what counts.
  const run = await promisify(execFile)(
    process.execPath,
    [SPECTRAL, "lint", "--ruleset", RULESET, "--format", "json", "--quiet", "--fail-severity", "hint", served, broken],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? "", stderr: e.stderr ?? "" }));
  expect(run.stdout.trim().startsWith("["), `Spectral gaf geen JSON-rapport: ${run.stderr}`).toBe(true);
  results = JSON.parse(run.stdout) as SpectralResult[];
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const describeResult = (r: SpectralResult) =>
  `${["error", "warning", "info", "hint"][r.severity]} ${r.code} at ${r.path.join(".")}: ${r.message}`;

describe("NL API Design Rules linter (Logius, Spectral)", () => {
  it("reports 0 errors and 0 warnings (and no infos or hints) on /api/v1/openapi.json", () => {
    const own = results.filter((r) => r.source === served);
    expect(own.map(describeResult)).toEqual([]);
  });

  it("does report a document that breaks a rule (the ruleset is really applied)", () => {
    const codes = results.filter((r) => r.source === broken).map((r) => r.code);
    expect(codes).toContain("info-contact");
  });

  it("declares API-Version on every response and the invalid-input shape on every 400", () => {
    for (const [path, item] of Object.entries(openApiDocument.paths)) {
      const responses = item.get.responses as unknown as Record<
        string,
        { headers?: Record<string, unknown>; content?: Record<string, { schema: { $ref: string } }> }
      >;
      for (const [status, response] of Object.entries(responses))
        expect(Object.keys(response.headers ?? {}), `${path} ${status}`).toContain("API-Version");
      expect(responses["400"]?.content?.["application/problem+json"]?.schema.$ref, path).toBe(
        "#/components/schemas/InvalidInputProblem",
      );
    }
  });
});
