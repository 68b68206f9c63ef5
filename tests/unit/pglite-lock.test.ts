import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DatabaseLockedError,
  acquirePgliteLock,
  judgeOwner,
  lockPathFor,
  parseOwner,
  procStartFromStat,
  thisHost,
  type HostProbe,
  type LockOwner,
} from "@/lib/db/pglite-lock";
import { lockPgliteDirectory } from "@/lib/db/pglite-open";
import { must } from "@/tests/integration/helpers/must";

const owner = (o: Partial<LockOwner> = {}): LockOwner => ({
  pid: 4242,
  hostname: "griffie-pc",
  startedAt: "2026-12-01T08:40:00.000Z",
  command: "bin/gr-volg.mjs start",
  procStart: "123456",
  bootId: "boot-a",
  token: "t0k3n",
  ...o,
});

const probe = (p: Partial<HostProbe> & { alive?: number[]; starts?: Record<number, string> } = {}): HostProbe => ({
  hostname: "griffie-pc",
  bootId: "boot-a",
  pidExists: (pid) => (p.alive ?? [4242]).includes(pid),
  procStartOf: (pid) => p.starts?.[pid] ?? "123456",
  ...p,
});

describe("judgeOwner: is the owner in a lock file still alive?", () => {
  it("live: same host, pid exists with the recorded start time", () => {
    expect(judgeOwner(owner(), probe()).live).toBe(true);
  });
  it("stale: the pid no longer exists", () => {
    expect(judgeOwner(owner(), probe({ alive: [] }))).toEqual({ live: false, reason: "proces 4242 bestaat niet meer" });
  });
  it("stale: the pid exists but belongs to a newer process (pid reuse)", () => {
    const s = judgeOwner(owner(), probe({ starts: { 4242: "999999" } }));
    expect(s.live).toBe(false);
    expect(s.reason).toContain("hergebruikt");
  });
  it("stale: the machine rebooted since the lock was taken", () => {
    expect(judgeOwner(owner(), probe({ bootId: "boot-b" })).live).toBe(false);
  });
  it("live when the start time cannot be read (no /proc): the pid alone decides", () => {
    expect(judgeOwner(owner(), probe({ procStartOf: () => null })).live).toBe(true);
    expect(judgeOwner(owner({ procStart: null, bootId: null }), probe({ bootId: null })).live).toBe(true);
  });
  it("never stale when the lock comes from another computer (cannot be checked)", () => {
    expect(judgeOwner(owner({ hostname: "server-2" }), probe({ alive: [] })).live).toBe(true);
  });
});

describe("lock file parsing", () => {
  it("round-trips an owner and rejects foreign content", () => {
    expect(parseOwner(JSON.stringify(owner({ adoptedFrom: 7 })))).toEqual(owner({ adoptedFrom: 7 }));
    expect(parseOwner("")).toBeNull();
    expect(parseOwner("12345")).toBeNull();
    expect(parseOwner(JSON.stringify({ pid: "1", hostname: "x", token: "y" }))).toBeNull();
  });
  it("reads the start time from /proc/<pid>/stat even when the command name has spaces and parentheses", () => {
    const rest = "S 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 7777 20 21";
    expect(procStartFromStat(`99 (node) ${rest}`)).toBe("7777");
    expect(procStartFromStat(`99 (we ird) (name)) ${rest}`)).toBe("7777");
    expect(procStartFromStat(readFileSync(`/proc/${process.pid}/stat`, "utf8"))).toMatch(/^\d+$/);
  });
});

describe("the refusal message", () => {
  it("is Dutch, names directory, pid and start time, and points at PostgreSQL and the recovery note", () => {
    const m = new DatabaseLockedError(".data/pglite", owner({ hostname: thisHost.hostname })).message;
    expect(m).toMatch(
      /^de app draait al op deze ingebouwde database \(\.data\/pglite, proces 4242, gestart \d{4}-\d\d-\d\d \d\d:\d\d\); stop de app of gebruik een PostgreSQL-database \(DATABASE_URL=postgresql:\/\/…\)\. Zie docs\/recovery\.md\.$/,
    );
    const cli = new DatabaseLockedError(
      ".data/pglite",
      owner({ hostname: thisHost.hostname, command: "bin/gr-volg.mjs db generate-scale" }),
    ).message;
    expect(cli).toContain("een ander gr-volg-proces gebruikt deze ingebouwde database al");
    expect(new DatabaseLockedError(".data/pglite", owner({ hostname: "server-2" })).message).toContain("op server-2");
  });
});

describe("acquirePgliteLock in one process", () => {
  const dirs: string[] = [];
  const tempDataDir = () => {
    const d = mkdtempSync(join(tmpdir(), "lock-unit-"));
    dirs.push(d);
    return join(d, "pglite");
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("writes pid, host, start time, command beside the directory and removes it on the last release", () => {
    const dir = tempDataDir();
    const a = acquirePgliteLock(dir);
    const b = acquirePgliteLock(dir); // re-entrant: `gr-volg start` holds it while migrate/seed open again
    const content = must(parseOwner(readFileSync(lockPathFor(dir), "utf8")), "lock owner");
    expect(lockPathFor(dir)).toBe(`${dir}.lock`);
    expect(content).toMatchObject({
      pid: process.pid,
      hostname: thisHost.hostname,
      procStart: thisHost.procStartOf(process.pid),
    });
    expect(Date.now() - Date.parse(content.startedAt)).toBeLessThan(60_000);
    expect(content.command.length).toBeGreaterThan(0);
    a.release();
    expect(existsSync(lockPathFor(dir))).toBe(true);
    b.release();
    b.release(); // idempotent per handle
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("refuses while a live process owns it, and takes over a stale one", () => {
    const dir = tempDataDir();
    // The parent of this test process is alive (and is not us).
    writeFileSync(
      lockPathFor(dir),
      JSON.stringify(
        owner({
          pid: process.ppid,
          hostname: thisHost.hostname,
          bootId: thisHost.bootId,
          procStart: thisHost.procStartOf(process.ppid),
        }),
      ),
    );
    expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
    // Same pid, other start time: the pid was reused, so the lock is stale.
    writeFileSync(
      lockPathFor(dir),
      JSON.stringify(
        owner({ pid: process.ppid, hostname: thisHost.hostname, bootId: thisHost.bootId, procStart: "1" }),
      ),
    );
    const l = acquirePgliteLock(dir);
    expect(parseOwner(readFileSync(lockPathFor(dir), "utf8"))?.pid).toBe(process.pid);
    l.release();
  });

  it("never lets next build open the embedded database", () => {
    const before = process.env.NEXT_PHASE;
    process.env.NEXT_PHASE = "phase-production-build";
    try {
      expect(() => lockPgliteDirectory(tempDataDir())).toThrow(/next build/);
    } finally {
      if (before === undefined) delete process.env.NEXT_PHASE;
      else process.env.NEXT_PHASE = before;
    }
    expect(lockPgliteDirectory("memory://")).toBeNull();
  });
});
