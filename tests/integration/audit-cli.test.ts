import { afterAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { PGlite } from "@electric-sql/pglite";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { dropDatabase } from "@/lib/db/migrate";
import { must } from "./helpers/must";

// `gr-volg audit checkpoint`, `audit verify [--state]` and `db app-rol` as a user runs them:
// real child processes against a real database (PostgreSQL or a PGlite directory).

const run = promisify(execFile);
const BIN = join(__dirname, "../../bin/gr-volg.mjs");
const KEY = randomBytes(32).toString("base64url");

async function grVolg(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, AUDIT_CHECKPOINT_KEY: KEY, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

const base = process.env.TEST_DATABASE_URL ?? "pglite:memory://";
const pg = base.startsWith("postgres") ? parseDatabaseUrl(base) : null;
const pgliteDir = pg ? null : mkdtempSync(join(tmpdir(), "grv-audit-cli-"));
const url =
  pg && pg.kind === "postgres"
    ? withDatabaseName(pg, `gr_volg_auditcli_${randomBytes(4).toString("hex")}`)
    : `pglite:${pgliteDir}`;
const role = `gr_volg_app_cli_${randomBytes(4).toString("hex")}`;

/** SQL as the owner, between CLI runs (PGlite: the directory is only opened while no CLI runs). */
async function sql(query: string): Promise<{ rows: Record<string, unknown>[] }> {
  if (pg && pg.kind === "postgres") {
    const c = new Client({
      host: pg.host,
      port: pg.port,
      user: pg.user,
      password: pg.password,
      database:
        parseDatabaseUrl(url).kind === "postgres" ? (parseDatabaseUrl(url) as { database: string }).database : "",
    });
    await c.connect();
    try {
      return await c.query(query);
    } finally {
      await c.end();
    }
  }
  const db = new PGlite(must(pgliteDir, "pgliteDir"));
  try {
    return await db.query(query);
  } finally {
    await db.close();
  }
}

afterAll(async () => {
  if (pg && pg.kind === "postgres") {
    await dropDatabase(url);
    const c = new Client({ host: pg.host, port: pg.port, user: pg.user, password: pg.password, database: "postgres" });
    await c.connect();
    await c.query(`DROP ROLE IF EXISTS "${role}"`).finally(() => c.end());
  } else rmSync(must(pgliteDir, "pgliteDir"), { recursive: true, force: true });
});

describe("gr-volg audit (CLI)", () => {
  const env = { DATABASE_URL: url };

  it("checkpoints, verifies, and reports a row changed by SQL and a wrong key with exit 3", async () => {
    expect((await grVolg(["db", "migrate"], env)).code).toBe(0);
    expect((await grVolg(["db", "seed"], env)).code).toBe(0);

    const first = await grVolg(["audit", "verify"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Auditlogboek intact: \d+ events gecontroleerd\.\nControlepunten: nog geen/);

    const cp = await grVolg(["audit", "checkpoint"], env);
    expect(cp.code).toBe(0);
    expect(cp.stdout).toMatch(/Controlepunt 1 geschreven: \d+ gebeurtenissen, tot en met gebeurtenis \d+\./);

    const clean = await grVolg(["audit", "verify", "--state"], env);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("Controlepunten in orde: 1 gecontroleerd.");
    expect(clean.stdout).toMatch(/Toestand in orde: \d+ rijen komen overeen met hun laatste gebeurtenis\./);

    const { rows } = await sql(`SELECT "id" FROM "Procedure" ORDER BY "id" LIMIT 1`);
    const id = rows[0].id as string;
    await sql(`UPDATE "Procedure" SET "titel" = 'Gewijzigd in SQL' WHERE "id" = '${id}'`);
    const changed = await grVolg(["audit", "verify", "--state"], env);
    expect(changed.code).toBe(3);
    expect(changed.stderr).toMatch(
      new RegExp(
        `Toestand GEWIJZIGD: Procedure ${id}: gewijzigd buiten de applicatie \\(laatste gebeurtenis \\d+\\)\\.`,
      ),
    );
    // Without --state the chain and the checkpoints are still fine: only the state check sees it.
    expect((await grVolg(["audit", "verify"], env)).code).toBe(0);

    const otherKey = await grVolg(["audit", "verify"], {
      ...env,
      AUDIT_CHECKPOINT_KEY: randomBytes(32).toString("base64url"),
    });
    expect(otherKey.code).toBe(3);
    expect(otherKey.stderr).toMatch(/Controlepunt GEBROKEN: De handtekening van controlepunt 1 .* is ongeldig/);
  }, 480_000);

  it.runIf(pg)(
    "sets up the app role on PostgreSQL; the embedded database has none",
    async () => {
      const r = await grVolg(["db", "app-rol", role, "--wachtwoord", randomBytes(8).toString("hex")], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Rol aangemaakt en rechten ingesteld voor ${role}`);
      const { rows } =
        await sql(`SELECT has_table_privilege('${role}', '"AuditEvent"', 'INSERT') AS ins, has_table_privilege('${role}', '"Besluit"', 'UPDATE') AS upd,
      has_function_privilege('${role}', '"gr_volg_audit_append"(jsonb)', 'EXECUTE') AS exec`);
      expect(rows[0]).toEqual({ ins: false, upd: true, exec: true });
      const bad = await grVolg(["db", "app-rol", "Robert'); DROP TABLE x;--"], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/rolnaam/);
      await sql(`DROP OWNED BY "${role}"`);
    },
    120_000,
  );

  it.runIf(!pg)(
    "refuses app-rol on the embedded database with a Dutch message",
    async () => {
      const r = await grVolg(["db", "app-rol", "gr_volg_app"], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/alleen op PostgreSQL/);
    },
    60_000,
  );
});
