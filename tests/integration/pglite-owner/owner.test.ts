import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { randomBytes } from "node:crypto";
import { deployMigrations, dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";
import { ADOPT_ENV, acquirePgliteLock, lockPathFor, parseOwner, thisHost } from "@/lib/db/pglite-lock";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { MIGRATIONS_DIR, SCHEMA_PATH, isPostgres } from "../helpers/test-db";
import { must } from "../helpers/must";

/**
 * Issue 13.1: one owner per embedded database directory, with real processes. A "holder" process
 * (holder.ts, through the app's own openDb) stands in for the running app; the real `gr-volg`
 * command runs next to it.
 */
const ROOT = join(__dirname, "../../..");
const BIN = join(ROOT, "bin/gr-volg.mjs");
const HOLDER = join(__dirname, "holder.ts");

function grVolg(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === "number"
            ? (err as { code: number }).code
            : -1
          : 0;
        res({ code, stdout, stderr });
      },
    );
  });
}

interface Holder {
  proc: ChildProcess;
  /** The first line: "ready <pid>" or "refused <message>". */
  first: Promise<string>;
  send(cmd: string): Promise<string>;
  exited: Promise<number | null>;
}

const running: Holder[] = [];

function startHolder(url: string, env: Record<string, string> = {}): Holder {
  // `node --import tsx` (not the tsx CLI, which runs the script in a child): proc.pid is the owner.
  const proc = spawn(process.execPath, ["--import", "tsx", HOLDER, url], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: must(proc.stdout, "proc.stdout") }).on("line", (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise<string>((res) => waiting.push(res));
  const exited = new Promise<number | null>((res) => proc.on("exit", (code) => res(code)));
  const h: Holder = {
    proc,
    first: nextLine(),
    send(cmd) {
      const answer = nextLine();
      must(proc.stdin, "proc.stdin").write(`${cmd}\n`);
      return answer;
    },
    exited,
  };
  running.push(h);
  return h;
}

async function stop(h: Holder, how: "quit" | NodeJS.Signals = "quit") {
  if (how === "quit") must(h.proc.stdin, "h.proc.stdin").write("quit\n");
  else h.proc.kill(how);
  return h.exited;
}

/**
 * The embedded-directory tests open their own PGlite directories whatever TEST_DATABASE_URL says, so they are the
 * same in both passes of scripts/test-all.sh: the PostgreSQL pass skips them (they run in the PGlite pass), as the
 * PGlite pass skips the migration runner's suite. Only "gr-volg db check on PostgreSQL" needs the PostgreSQL pass.
 */
const embeddedTestsRunElsewhere = isPostgres();
const describeEmbedded = describe.skipIf(embeddedTestsRunElsewhere);

let base: string;
let migrated: string; // a migrated directory, copied per test
beforeAll(async () => {
  if (embeddedTestsRunElsewhere) return;
  base = mkdtempSync(join(tmpdir(), "gr-volg-owner-"));
  migrated = join(base, "migrated");
  await deployMigrations({ databaseUrl: `pglite:${migrated}`, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
});
afterEach(async () => {
  for (const h of running.splice(0))
    if (h.proc.exitCode === null && h.proc.signalCode === null) await stop(h, "SIGKILL");
});
afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

function freshCopy(name: string): { dir: string; url: string } {
  const dir = join(base, name);
  cpSync(migrated, dir, { recursive: true });
  return { dir, url: `pglite:${dir}` };
}

const REFUSAL =
  /^gr-volg: (de app draait al op deze ingebouwde database|een ander gr-volg-proces gebruikt deze ingebouwde database al) \(.*proces (\d+), gestart \d{4}-\d\d-\d\d \d\d:\d\d.*PostgreSQL-database \(DATABASE_URL=postgresql:\/\/…\)\. Zie docs\/recovery\.md\.$/m;

// Real CLI processes (tsx start-up of several seconds each): generous per-test time so a loaded CI machine does not fail them.
describeEmbedded("the embedded database has one owner (real processes)", { timeout: 300_000 }, () => {
  it("issue scenario: write, `gr-volg db status` next to the owner, write, stop (Ctrl-C), reopen: refused in Dutch, both writes present", async () => {
    const { dir, url } = freshCopy("scenario");
    const app = startHolder(url);
    expect(await app.first).toBe(`ready ${app.proc.pid}`);
    expect(await app.send("write A")).toBe("ok A");

    const status = await grVolg(["db", "status"], { DATABASE_URL: url });
    expect(status.code).toBe(1);
    expect(status.stdout).toBe("");
    expect(status.stderr).toMatch(REFUSAL);
    expect(must(REFUSAL.exec(status.stderr), "REFUSAL.exec(…)")[2]).toBe(String(app.proc.pid));

    expect(await app.send("write B")).toBe("ok B");
    await stop(app, "SIGINT"); // as Ctrl-C on `npm start`: no clean close
    expect(existsSync(lockPathFor(dir))).toBe(false); // released on the signal

    const again = startHolder(url);
    expect(await again.first).toMatch(/^ready /);
    expect(await again.send("rows")).toBe("rows A,B");
    expect(await stop(again)).toBe(0);
  });

  it("every database command refuses next to the owner and leaves the directory alone (backup, restore, reset, check, procedure)", async () => {
    const { dir, url } = freshCopy("commands");
    const app = startHolder(url);
    expect(await app.first).toMatch(/^ready /);
    expect(await app.send("write kept")).toBe("ok kept");
    const backup = join(base, "commands.tar.gz");
    writeFileSync(backup, "not a backup"); // restore must refuse before even reading it
    const before = readdirSync(dir).sort();
    const results = await Promise.all([
      grVolg(["db", "backup", `${backup}.new`], { DATABASE_URL: url }),
      grVolg(["db", "restore", backup, "--ja"], { DATABASE_URL: url }),
      grVolg(["db", "reset", "--ja"], { DATABASE_URL: url }),
      grVolg(["db", "check"], { DATABASE_URL: url }),
      grVolg(
        [
          "procedure",
          "stap",
          "--regeling",
          "gr-x",
          "--document",
          "concept-gr",
          "--stap",
          "vastgesteld",
          "--datum",
          "2026-12-01",
        ],
        { DATABASE_URL: url },
      ),
    ]);
    for (const r of results) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(REFUSAL);
    }
    expect(existsSync(`${backup}.new`)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(await app.send("write after")).toBe("ok after");
    expect(await app.send("rows")).toBe("rows after,kept");
    expect(await stop(app)).toBe(0);
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("a stale lock (its process is gone) is recovered automatically", async () => {
    const { dir, url } = freshCopy("stale");
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((r) => dead.on("exit", r));
    writeFileSync(
      lockPathFor(dir),
      JSON.stringify({
        pid: dead.pid,
        hostname: thisHost.hostname,
        startedAt: "2026-11-30T23:00:00Z",
        command: "bin/gr-volg.mjs start",
        procStart: null,
        bootId: thisHost.bootId,
        token: "old",
      }),
    );
    const check = await grVolg(["db", "check"], { DATABASE_URL: url });
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("gr-volg start hands its lock to the server it spawns; a second start and any command are refused with the app message", async () => {
    const { dir, url } = freshCopy("handover");
    // What `gr-volg start` does: take the lock, migrate/seed under it, spawn the server with the token.
    const startLock = acquirePgliteLock(dir);
    try {
      const server = startHolder(url, { [ADOPT_ENV]: startLock.owner.token });
      expect(await server.first).toMatch(/^ready /);
      const owner = must(parseOwner(readFileSync(lockPathFor(dir), "utf8")), "parseOwner(…)");
      expect(owner).toMatchObject({ pid: server.proc.pid, adoptedFrom: process.pid, token: startLock.owner.token });

      // The token is good for one take-over only: a second process with it is refused.
      const intruder = startHolder(url, { [ADOPT_ENV]: startLock.owner.token });
      expect(await intruder.first).toMatch(/^refused de app draait al op deze ingebouwde database/);
      expect(await intruder.exited).toBe(3);

      const [second, status] = await Promise.all([
        grVolg(["start", "--port", "3999", "--geen-seed"], { DATABASE_URL: url }),
        grVolg(["db", "status"], { DATABASE_URL: url }),
      ]);
      for (const r of [second, status]) {
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^gr-volg: de app draait al op deze ingebouwde database \(/m);
      }
      expect(second.stdout).not.toContain("gebouwd"); // refused before building or migrating

      await stop(server, "SIGKILL"); // the server dies without releasing anything
      expect(existsSync(lockPathFor(dir))).toBe(true);
    } finally {
      startLock.release(); // start cleans up after its server: the lock names a dead process now
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });
});

describeEmbedded("gr-volg db check", { timeout: 300_000 }, () => {
  it("0 on a good embedded directory", async () => {
    const { url } = freshCopy("check-good");
    const r = await grVolg(["db", "check"], { DATABASE_URL: url });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/opent en antwoordt[\s\S]*open: geen[\s\S]*In orde\./);
  });

  it("2 when migrations are pending", async () => {
    const partial = join(base, "partial-migrations");
    mkdirSync(partial);
    const first = readdirSync(MIGRATIONS_DIR)
      .filter((n) => /^\d{14}_/.test(n))
      .sort()[0];
    cpSync(join(MIGRATIONS_DIR, first), join(partial, first), { recursive: true });
    cpSync(join(MIGRATIONS_DIR, "migration_lock.toml"), join(partial, "migration_lock.toml"));
    const dir = join(base, "check-behind");
    await deployMigrations({ databaseUrl: `pglite:${dir}`, migrationsDir: partial, schemaPath: SCHEMA_PATH });
    const r = await grVolg(["db", "check"], { DATABASE_URL: `pglite:${dir}` });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("De database is niet bij: voer `gr-volg db migrate` uit.");
  });

  it.each([
    [
      "a truncated WAL",
      (d: string) =>
        readdirSync(join(d, "pg_wal"))
          .filter((f) => /^[0-9A-F]{24}$/.test(f))
          .forEach((f) => {
            writeFileSync(join(d, "pg_wal", f), "x");
          }),
    ],
    ["a garbled pg_control", (d: string) => writeFileSync(join(d, "global/pg_control"), Buffer.alloc(8192, 0x5a))],
    ["a missing directory", (d: string) => rmSync(d, { recursive: true, force: true })],
  ])("1 with a Dutch pointer to the recovery note on %s", async (name, damage) => {
    const { dir, url } = freshCopy(`check-damaged-${name.replace(/\W+/g, "-")}`);
    damage(dir);
    const r = await grVolg(["db", "check"], { DATABASE_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^gr-volg: (de ingebouwde database in .* kan niet worden geopend|geen ingebouwde database gevonden)/,
    );
    expect(r.stderr).toContain("docs/recovery.md");
    expect(r.stderr).not.toMatch(/Build with -sASSERTIONS/);
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });
});

describe("gr-volg db check on PostgreSQL", { timeout: 300_000 }, () => {
  const pgBase = process.env.TEST_DATABASE_URL ?? "";
  const pg = pgBase.startsWith("postgres") ? parseDatabaseUrl(pgBase) : null;
  const pgUrl =
    pg?.kind === "postgres" ? withDatabaseName(pg, `gr_volg_check_${randomBytes(4).toString("hex")}`) : null;
  afterAll(async () => {
    if (pgUrl) await dropDatabase(pgUrl);
  });
  it.runIf(pgUrl)("on PostgreSQL: 2 on an empty database, 0 once migrated, 1 when unreachable", async () => {
    await ensureDatabaseExists(must(pgUrl, "pgUrl"));
    const empty = await grVolg(["db", "check"], { DATABASE_URL: must(pgUrl, "pgUrl") });
    expect(empty.code).toBe(2);
    await deployMigrations({
      databaseUrl: must(pgUrl, "pgUrl"),
      migrationsDir: MIGRATIONS_DIR,
      schemaPath: SCHEMA_PATH,
    });
    const ok = await grVolg(["db", "check"], { DATABASE_URL: must(pgUrl, "pgUrl") });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("PostgreSQL-database");
    const down = await grVolg(["db", "check"], {
      DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:5999/gr_volg",
    });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain("Database niet bereikbaar op 127.0.0.1:5999");
  });
});
