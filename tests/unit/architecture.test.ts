import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layer rules of docs/architecture.md, checked from the source on every `npm test`:
 * - lib/domain is pure: it imports only itself, date-fns and zod (no database, no framework, no services);
 * - app/ and components/ never hold the database: no import of lib/db or the Prisma client, and no
 *   Prisma query of their own — they read through a read model in lib/services or lib/read-models.
 * Imports are read from the source without comments: static imports, re-exports, dynamic import() and require().
 */
const ROOT = join(__dirname, "../..");

function sourceFiles(dir: string, root = ROOT): string[] {
  if (statSync(join(root, dir)).isFile()) return [dir];
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|js|mjs)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"))
    .filter((f) => !f.includes("node_modules"));
}

const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

/** Every module specifier a source file loads. The clause of an import/export never holds ; = ( or a quote. */
const IMPORT_FORMS = [
  /\b(?:import|export)\s+[^'";=()]*?\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g,
];

function importsOf(source: string): string[] {
  const code = withoutComments(source);
  return IMPORT_FORMS.flatMap((form) => [...code.matchAll(form)].map((m) => m[1]));
}

/** A specifier as a path from the repository root ("lib/db/client"), or the bare package name. */
function resolveSpecifier(fromFile: string, spec: string): { local: string } | { pkg: string } {
  if (spec.startsWith("@/")) return { local: posix.normalize(spec.slice(2)) };
  if (spec.startsWith(".")) return { local: posix.join(dirname(fromFile).split("\\").join("/"), spec) };
  const parts = spec.split("/");
  return { pkg: spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
}

const DOMAIN_PACKAGES = new Set(["date-fns", "zod"]);
const within = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/** Violations of "lib/domain imports only lib/domain, date-fns and zod". */
function domainViolations(file: string, source: string): string[] {
  return importsOf(source).filter((spec) => {
    const r = resolveSpecifier(file, spec);
    return "local" in r ? !within(r.local, "lib/domain") : !DOMAIN_PACKAGES.has(r.pkg);
  });
}

/** Prisma delegate and client calls: a page or component with one of these queries the database itself. */
const PRISMA_QUERY =
  /\.(findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|groupBy|aggregate|createMany|updateMany|deleteMany|upsert|\$queryRaw\w*|\$executeRaw\w*|\$transaction)\s*\(/;

/** Violations of "app/ and components/ do not touch the database". */
function uiViolations(file: string, source: string): string[] {
  const imports = importsOf(source).filter((spec) => {
    const r = resolveSpecifier(file, spec);
    if ("pkg" in r) return r.pkg === "@prisma/client" || r.pkg.startsWith("@prisma/adapter");
    return within(r.local, "lib/db") || within(r.local, "generated/prisma");
  });
  const query = withoutComments(source).match(PRISMA_QUERY);
  return query ? [...imports, `Prisma-query ${query[0]}`] : imports;
}

/**
 * "One path for every change of state": a file outside lib/commands that writes rows must declare
 * its writes as commands (defineCommand, run by runCommand), or be a building block the commands
 * call inside the runner's transaction, or be bookkeeping that is not a change of domain state.
 * Writes count through the Prisma client and through raw SQL (`$executeRaw`/`$queryRaw`… with
 * INSERT/UPDATE/DELETE/TRUNCATE/MERGE); migrations (lib/db/migrate) use their own pg connection.
 * Every exception says why; a new file that writes on its own fails this test.
 */
const WRITES_OUTSIDE_COMMANDS: Record<string, string> = {
  "lib/services/gr-procedure-store.ts":
    "applyGrProcedureCommandInTx/writeGrProcedureRecords run inside the runner (applyGrStep)",
  "lib/services/beleidskader-store.ts": "applyBeleidskaderCommandInTx runs inside the runner",
  "lib/services/begroting/store.ts": "applyBegrotingEvents runs inside the begroting commands (lib/services/begroting)",
  "lib/services/dvh-store.ts": "applyDvhStepInTx runs inside the runner (the handvest commands)",
  "lib/services/procedure-setup.ts":
    "writeProcedureRecords runs inside the startProcedure command (beheer and the seed both run it)",
  "lib/services/griffie/common.ts": "besluit/motie/file rows written by the griffie commands, in their transaction",
  "lib/services/users/invitation-token.ts": "the invitation row written by the user commands, in their transaction",
  "lib/services/audit.ts": "the audit append itself (called by every command)",
  "lib/services/beheer/common.ts":
    "auditSaved: the audit event of the beheer save commands (regio, gemeente, regeling), in their transaction",
  "lib/services/credentials.ts":
    "login bookkeeping: audits a sign-in's outcome after the throttle's own transaction (a failed sign-in changes no state)",
  "lib/services/login-throttle.ts":
    "login bookkeeping: raw INSERT … ON CONFLICT of attempt counters, reserved before the password is compared (a refusal must still count)",
  "lib/services/audit-checkpoint.ts":
    "the audit chain's signed checkpoints (raw INSERT under the chain's lock), bookkeeping about the trail, not domain state",
  "lib/auth/session-store.ts": "server-side session rows written by next-auth's sign-in callback",
  "lib/services/reminders/send.ts": "mail bookkeeping: which reminder went out (mail is not sent inside a transaction)",
  "lib/services/agenda-feeds/schedule.ts":
    "fetch bookkeeping: which instance fetches a subscribed calendar in a time window",
  "lib/services/demo-mode.ts": "the demo flag, written by `gr-volg start --demo` only",
  "lib/scale/generate.ts":
    "bulk data for benchmarks only (issue 18), never in a running app: only the createMany calls SEED_AND_SCALE allows (docs/architecture.md)",
  "lib/storage/import.ts": "one-time import of older versions' upload files into the database, by `gr-volg db migrate`",
  "lib/public-cache/data-version.ts":
    "the public cache's data versions: bumped by the runner in the command's transaction, reset after seed/scale/restore",
  "lib/public-cache/shared-cache.ts":
    "the shared second level of the public cache (UNLOGGED PublicCacheEntry): rendered pages and their pruning, not domain state; moves no version",
};

/** A Prisma write (`tx.regio.update(`, `db.prisma.user.create(`), a transaction of its own, or an audit append. */
const ROW_WRITE =
  /\b(?:tx|db|prisma|client|t)\.(?:prisma\.)?\w+\.(?:create|update|upsert|createMany|updateMany|delete|deleteMany)\(|\$transaction\(|\bappendAudit\(/;

/** A raw SQL call: `$executeRaw\`…\``, `$queryRawUnsafe("…")`, `tx.$executeRaw(Prisma.sql\`…\`)`. */
const RAW_SQL_CALL = /\$(?:executeRaw|executeRawUnsafe|queryRaw|queryRawUnsafe)\b/g;
/** SQL that changes rows; `SELECT … FOR UPDATE` / `FOR NO KEY UPDATE` only locks them. */
const SQL_WRITE =
  /\b(?:INSERT\s+INTO|DELETE\s+FROM|TRUNCATE|MERGE\s+INTO)\b|(?<!\bFOR\s+(?:NO\s+KEY\s+)?)\bUPDATE\s+["\w]/i;

/**
 * The first write statement in a raw SQL call, e.g. `$executeRaw: UPDATE "`. The SQL is the call's
 * template literal or string argument: the text up to the end of the statement (the backtick, or
 * the closing `)` of a string argument) — a later, unrelated SELECT does not count.
 */
function rawSqlWrite(code: string): string | null {
  for (const call of code.matchAll(RAW_SQL_CALL)) {
    const rest = code.slice((call.index ?? 0) + call[0].length);
    const sql = rest.match(/^(?:<[^>]*>)?\s*(?:\(\s*(?:Prisma\.sql)?)?\s*(`[^`]*`|"[^"]*"|'[^']*')/);
    const write = sql?.[1].match(SQL_WRITE);
    if (write) return `${call[0]}: ${write[0].trim()}`;
  }
  return null;
}

const writesRows = (code: string) => ROW_WRITE.test(code) || rawSqlWrite(code) !== null;

/** Violations of "every change of state is a command (or a listed building block)". */
function runnerViolations(file: string, source: string): string[] {
  if (within(file, "lib/commands") || file in WRITES_OUTSIDE_COMMANDS) return [];
  const code = withoutComments(source);
  const write = code.match(ROW_WRITE)?.[0] ?? rawSqlWrite(code);
  if (!write) return [];
  return /\bdefineCommand\(/.test(code) && !/\$transaction\(/.test(code) ? [] : [`schrijft buiten de runner: ${write}`];
}

/**
 * The seed and the scale generator (issue 21 points 1 and 8) change state only through runCommand:
 * no Prisma write, no raw SQL write and no command of their own (commands live in lib/services).
 * The one measured exception is the scale generator's bulk insert of generated procedure history,
 * where a command per step is far too slow (docs/architecture.md, "The scale generator"): there
 * only the createMany calls below are allowed, and the history's audit trail through appendAudit (chained and
 * checked against the catalogue as the runner appends it; tests/integration/scale-replay.test.ts compares the two);
 * nothing that updates or deletes.
 */
const SEED_AND_SCALE = ["lib/services/seed.ts", "lib/scale", "prisma/seed"];
const BULK_ALLOWED: Record<string, RegExp> = {
  "lib/scale/generate.ts":
    /^(?:db\.(?:meeting|regeling|participant|document|documentVersion|article|procedure|track|besluit|zienswijze|zienswijzePoint)\.createMany\(|\$transaction\(|appendAudit\()$/,
};
const ANY_ROW_WRITE = new RegExp(ROW_WRITE.source, "g");

/** Violations of "the seed and the scale generator write only through the runner". */
function seedViolations(file: string, source: string): string[] {
  const code = withoutComments(source);
  const allowed = BULK_ALLOWED[file];
  const writes = [...code.matchAll(ANY_ROW_WRITE)].map((m) => m[0]).filter((w) => !allowed?.test(w));
  const raw = rawSqlWrite(code);
  const own = /\bdefineCommand\(/.test(code) ? ["defineCommand("] : [];
  return [...writes, ...(raw ? [raw] : []), ...own].map((w) => `schrijft zelf in seed/schaal: ${w}`);
}

const violationsIn = (dirs: string[], check: (file: string, source: string) => string[], root = ROOT) =>
  dirs
    .flatMap((dir) => sourceFiles(dir, root))
    .flatMap((file) => check(file, readFileSync(join(root, file), "utf8")).map((v) => `${file}: ${v}`));

describe("layer rules", () => {
  it("lib/domain imports nothing outside lib/domain except date-fns and zod", () => {
    expect(sourceFiles("lib/domain").length).toBeGreaterThan(10);
    expect(violationsIn(["lib/domain"], domainViolations)).toEqual([]);
  });

  it("app/ and components/ import neither lib/db nor the Prisma client, and query nothing themselves", () => {
    expect(sourceFiles("app").length).toBeGreaterThan(20);
    expect(violationsIn(["app", "components"], uiViolations)).toEqual([]);
  });

  it("every change of state outside lib/commands is a declared command (or a listed building block)", () => {
    expect(violationsIn(["lib", "app", "cli", "components"], runnerViolations)).toEqual([]);
    // A listed exception that no longer writes is stale: the list stays the truth.
    const stale = Object.keys(WRITES_OUTSIDE_COMMANDS).filter(
      (f) => !writesRows(withoutComments(readFileSync(join(ROOT, f), "utf8"))),
    );
    expect(stale).toEqual([]);
  });
});

describe("seed and scale generator", () => {
  it("change state only through runCommand (the scale generator: only its listed bulk inserts)", () => {
    expect(sourceFiles("lib/scale").length).toBeGreaterThan(1);
    expect(violationsIn(SEED_AND_SCALE, seedViolations)).toEqual([]);
  });

  it("the checker catches a direct write, raw SQL, an own command, and a bulk insert outside the allowed list", () => {
    // [file, line, what the scan names (null: allowed)]
    const cases: [string, string, string | null][] = [
      ["lib/services/seed.ts", "await db.regio.upsert({ where, update, create });", "db.regio.upsert("],
      ["lib/services/seed.ts", "export const x = defineCommand({});", "defineCommand("],
      ["lib/scale/generate.ts", 'await db.$executeRaw`INSERT INTO "Track" VALUES (1)`;', "$executeRaw: INSERT INTO"],
      ["lib/scale/generate.ts", "await db.track.updateMany({ data });", "db.track.updateMany("],
      ["lib/scale/generate.ts", "await db.user.createMany({ data });", "db.user.createMany("],
      ["lib/scale/other.ts", "await db.track.createMany({ data });", "db.track.createMany("],
      ["lib/scale/generate.ts", "await db.track.createMany({ data });", null],
      ["lib/services/seed.ts", "await runCommand(db, SYSTEM_BEHEER, loadDemoReferenceData, { part });", null],
    ];
    expect(cases.map(([file, line]) => seedViolations(file, line))).toEqual(
      cases.map(([, , write]) => (write ? [`schrijft zelf in seed/schaal: ${write}`] : [])),
    );
  });
});

describe("the checkers catch a violation", () => {
  it("domain: a service, the database, a framework or a relative path out of lib/domain", () => {
    const file = "lib/domain/procedures/gr/regional.ts";
    const fixture = [
      'import { addDays } from "date-fns";',
      'import { z } from "zod/v4";',
      'import { refuse } from "../../events";',
      'import type { IsoDate } from "@/lib/domain/dates";',
      'import { getPrisma } from "@/lib/db/client";',
      'import { appendAudit } from "../../../services/audit";',
      'export { redirect } from "next/navigation";',
      'const fs = await import("node:fs");',
    ].join("\n");
    expect(domainViolations(file, fixture)).toEqual([
      "@/lib/db/client",
      "../../../services/audit",
      "next/navigation",
      "node:fs",
    ]);
  });

  it("ui: lib/db by alias or relative path, the generated client, @prisma/client, and an inline query", () => {
    const file = "app/(werk)/secretariaat/page.tsx";
    expect(uiViolations(file, 'import { getPrisma } from "@/lib/db/client";')).toEqual(["@/lib/db/client"]);
    expect(uiViolations(file, 'import type { Db } from "../../../lib/db/client";')).toEqual(["../../../lib/db/client"]);
    expect(uiViolations(file, 'import { Prisma } from "@/generated/prisma/client";')).toEqual([
      "@/generated/prisma/client",
    ]);
    expect(uiViolations(file, 'import { PrismaClient } from "@prisma/client";')).toEqual(["@prisma/client"]);
    expect(uiViolations(file, "const u = await read((db) => db.user.findMany({}));")).toEqual([
      "Prisma-query .findMany(",
    ]);
    expect(
      uiViolations(file, 'import { loadNota } from "@/lib/services/nota";\nconst x = items.find((i) => i);'),
    ).toEqual([]);
  });

  it("runner: a service that writes without declaring a command, or opens its own transaction", () => {
    const file = "lib/services/new-thing.ts";
    expect(runnerViolations(file, "await db.regio.update({ where, data });")).toEqual([
      "schrijft buiten de runner: db.regio.update(",
    ]);
    expect(runnerViolations(file, "export const x = defineCommand({ run: ({ tx }) => tx.regio.create({}) });")).toEqual(
      [],
    );
    expect(runnerViolations(file, "defineCommand({});\nawait db.$transaction((tx) => tx.regio.create({}));")).toEqual([
      "schrijft buiten de runner: $transaction(",
    ]);
    expect(runnerViolations(file, "hash.update(bytes); cache.delete(key);")).toEqual([]);
    expect(runnerViolations("lib/commands/run.ts", "await db.$transaction(() => 1);")).toEqual([]);
    expect(runnerViolations(file, "const rows = await db.regio.findMany({});")).toEqual([]);
  });

  it("runner: raw SQL that inserts, updates or deletes, but not a locking or reading query", () => {
    const file = "lib/services/new-thing.ts";
    // Each write, and what the scan names: the call and the statement.
    const bad: [string, string][] = [
      ['await db.$executeRaw`UPDATE "Regio" SET "naam" = naam`;', '$executeRaw: UPDATE "'],
      ['await tx.$executeRawUnsafe("DELETE FROM \\"Track\\" WHERE id = $1", id);', "$executeRawUnsafe: DELETE FROM"],
      [
        'await db.$queryRaw<{ id: string }[]>`\n  INSERT INTO "AppSetting" ("key") VALUES (NULL) RETURNING id`;',
        "$queryRaw: INSERT INTO",
      ],
      ['await db.$executeRaw(Prisma.sql`truncate "Besluit"`);', "$executeRaw: truncate"],
      [
        'await db.$queryRawUnsafe(`WITH x AS (SELECT 1) UPDATE "User" SET actief = false`);',
        '$queryRawUnsafe: UPDATE "',
      ],
    ];
    expect(bad.map(([line]) => runnerViolations(file, line))).toEqual(
      bad.map(([, write]) => [`schrijft buiten de runner: ${write}`]),
    );
    const fine = [
      'await tx.$queryRaw`SELECT "value" FROM "AppSetting" WHERE "key" = $1 FOR UPDATE`;',
      'await tx.$queryRaw`SELECT id FROM "Track" WHERE id = $1 FOR NO KEY UPDATE`;',
      'await db.$queryRaw`SELECT count(*) FROM "Regio"`; // UPDATE "Regio" later',
      'const label = "INSERT INTO is not SQL here";',
    ];
    expect(fine.flatMap((line) => runnerViolations(file, line))).toEqual([]);
    // Inside a command's run (no transaction of its own) raw SQL is the runner's transaction.
    expect(runnerViolations(file, 'defineCommand({ run: ({ tx }) => tx.$executeRaw`DELETE FROM "X"` });')).toEqual([]);
  });

  it("runner: a planted file in a scanned tree is found by the same scan the layer rule runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "gr-volg-arch-"));
    try {
      mkdirSync(join(dir, "lib/services"), { recursive: true });
      writeFileSync(
        join(dir, "lib/services/planted.ts"),
        'export const f = (db) => db.$executeRaw`DELETE FROM "Audit"`;\n',
      );
      writeFileSync(join(dir, "lib/services/reads.ts"), "export const f = (db) => db.$queryRaw`SELECT 1`;\n");
      expect(violationsIn(["lib"], runnerViolations, dir)).toEqual([
        "lib/services/planted.ts: schrijft buiten de runner: $executeRaw: DELETE FROM",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
