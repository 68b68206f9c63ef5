import { afterAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { dropDatabase } from "@/lib/db/migrate";
import { must } from "./helpers/must";
import { isPostgres } from "./helpers/test-db";

const run = promisify(execFile);
const BIN = join(__dirname, "../../bin/gr-volg.mjs");

/** Runs the real `gr-volg` command in a child process; never throws, returns code and output. */
async function grVolg(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

/**
 * The deadline and mail commands, and the unreachable-PostgreSQL case, never read TEST_DATABASE_URL: they are the same in
 * both passes of scripts/test-all.sh, so only the PGlite pass runs them (the PostgreSQL pass is the longer one: it
 * has the migration runner's suite and the larger fuzz run). See docs/testing.md.
 */
const describeOnce = describe.skipIf(isPostgres());

describeOnce("gr-volg deadline", () => {
  it("prints the Atw trace as JSON", async () => {
    const r = await grVolg(["deadline", "--start", "2026-10-30", "--period", "P8W"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 6)).toEqual(["start", "period", "kind", "nominalEnd", "end", "extensions"]);
    expect(out).toMatchObject({
      start: "2026-10-30",
      period: "P8W",
      kind: "statutory",
      nominalEnd: "2026-12-25",
      end: "2026-12-28",
    });
    expect(out.extensions.map((x: { date: string }) => x.date)).toEqual(["2026-12-25", "2026-12-26", "2026-12-27"]);
  });

  it("never extends an agreed date", async () => {
    const r = await grVolg(["deadline", "--start", "2026-10-30", "--period", "P8W", "--kind", "agreed"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ end: "2026-12-25", extensions: [] });
  });

  it.each([
    [["deadline", "--start", "2026-02-30", "--period", "P8W"]],
    [["deadline", "--start", "2026-03-30", "--period", "acht weken"]],
    [["deadline", "--start", "2026-03-30", "--period", "P8W", "--kind", "soms"]],
    [["deadline", "--period", "P8W"]],
  ])("refuses bad arguments %j with a Dutch message and exit code 2", async (args) => {
    const r = await grVolg(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Gebruik|Ongeldig|ontbreekt|moet/i);
    expect(r.stdout).toBe("");
  });
});

describeOnce("gr-volg mail commands", () => {
  it("refuse to run without an SMTP server or with a bad date, with exit code 2", async () => {
    const noSmtp = await grVolg(["reminders", "send", "--vandaag", "2026-11-24"], { SMTP_HOST: "" });
    expect(noSmtp.code).toBe(2);
    expect(noSmtp.stderr).toContain("geen SMTP-server ingesteld");
    const badDate = await grVolg(["digest", "send", "--vandaag", "morgen"], { SMTP_HOST: "127.0.0.1" });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("--vandaag moet een datum zijn");
  });
});

describe("gr-volg db against a database", () => {
  it.skipIf(isPostgres())("reports an unreachable PostgreSQL clearly and exits non-zero", async () => {
    const r = await grVolg(["db", "migrate"], {
      DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:5999/gr_volg",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Database niet bereikbaar op 127.0.0.1:5999");
  });

  const base = process.env.TEST_DATABASE_URL ?? "";
  const pg = base.startsWith("postgres") ? parseDatabaseUrl(base) : null;
  const url =
    pg && pg.kind === "postgres" ? withDatabaseName(pg, `gr_volg_cli_${randomBytes(4).toString("hex")}`) : null;
  afterAll(async () => {
    if (url) await dropDatabase(url);
  });

  it.runIf(url)(
    "migrates, seeds (twice), forecasts and verifies the audit trail on PostgreSQL",
    async () => {
      const env = { DATABASE_URL: must(url, "url") };
      expect((await grVolg(["db", "migrate"], env)).code).toBe(0);
      const status = await grVolg(["db", "status"], env);
      expect(status.code).toBe(0);
      expect(status.stdout).toContain("Open: geen");
      for (let i = 0; i < 2; i++) {
        const seed = await grVolg(["db", "seed"], env);
        expect(seed.code).toBe(0);
        expect(seed.stdout).toContain("6 gemeenten");
      }
      // After a change outside the app: every data version moves, so every instance re-renders its cached pages.
      // It also empties the shared page cache (lib/public-cache/shared-cache.ts).
      const query = async <R extends object>(sql: string) => {
        const { Client } = await import("pg");
        const client = new Client({ connectionString: must(url, "url") });
        await client.connect();
        try {
          return (await client.query<R>(sql)).rows;
        } finally {
          await client.end();
        }
      };
      const versions = async () => {
        const rows = await query<{ subject: string; version: string }>(
          `SELECT subject, version::text FROM "DataVersion" WHERE subject IN ('regeling', 'gemeente', 'lijst:overzicht')`,
        );
        return new Map(rows.map((r) => [r.subject, BigInt(r.version)]));
      };
      const sharedRows = async () =>
        (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "PublicCacheEntry"`))[0]?.n;
      await query(`INSERT INTO "PublicCacheEntry" (key, version, body, meta) VALUES ('html|x/', 'v', '\\x00', '{}')`);
      expect(await sharedRows()).toBe(1);
      const before = await versions();
      const legen = await grVolg(["db", "cache-legen"], env);
      expect(legen.code).toBe(0);
      expect(legen.stdout).toContain("Alle gegevensversies zijn verhoogd");
      expect(await sharedRows()).toBe(0);
      const after = await versions();
      for (const subject of ["regeling", "gemeente", "lijst:overzicht"])
        expect(must(after.get(subject), subject)).toBeGreaterThan(must(before.get(subject), subject));
      const fc = await grVolg(
        ["forecast", "--regeling", "gr-sociaal-domein-flevoland", "--json", "--vandaag", "2026-11-24"],
        env,
      );
      expect(fc.code).toBe(0);
      const result = JSON.parse(fc.stdout);
      expect(result.participants.map((p: { name: string }) => p.name).sort()).toEqual([
        "Almere",
        "Dronten",
        "Lelystad",
        "Noordoostpolder",
        "Urk",
      ]);
      expect(result.target).toEqual({ signBy: "2026-12-31", inForce: "2027-01-01" });
      expect(result.verdict.reachable).toBe(false);
      // Plain text: the verdict in words comes first.
      const text = await grVolg(
        ["forecast", "--regeling", "gr-sociaal-domein-flevoland", "--vandaag", "2026-12-01"],
        env,
      );
      expect(text.code).toBe(0);
      expect(text.stdout.split("\n")[0]).toMatch(
        /^Oordeel: Inwerkingtreding op 1 januari 2027 is niet meer haalbaar\..*De vroegst haalbare datum van inwerkingtreding is 28 mei 2027\./,
      );
      const missing = await grVolg(["forecast", "--regeling", "bestaat-niet"], env);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("Geen regeling gevonden");
      const audit = await grVolg(["audit", "verify"], env);
      expect(audit.code).toBe(0);
      expect(audit.stdout).toMatch(/Auditlogboek intact: \d+ events/);
    },
    600_000,
  ); // about ten CLI processes, each a cold start: slow on a shared machine
});
