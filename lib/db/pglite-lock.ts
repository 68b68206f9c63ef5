import { randomBytes } from "node:crypto";
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { hostname as osHostname } from "node:os";
import { relative, resolve, sep } from "node:path";

/**
 * One owner per embedded database directory.
 *
 * PGlite has no cross-process locking: a second process that opens the same data directory (even a
 * read-only `gr-volg db status`) corrupts it. Every opener of a PGlite directory therefore takes this
 * lock first (lib/db/pglite-open.ts is the only place that opens a directory).
 *
 * The lock is a file `<dataDir>.lock` next to the directory, not inside it: PGlite's directory is a
 * PostgreSQL data directory that `db backup` tars up whole (a lock inside would travel into backups
 * and come back on restore), and `db reset`/`db restore` delete the directory while holding the lock.
 *
 * Why not proper-lockfile: it decides staleness by an mtime the owner must refresh every few seconds
 * from its event loop. PGlite runs its queries synchronously on the main thread (a big migration or
 * `db generate-scale` blocks the loop for longer than any sane stale timeout), and a suspended app
 * (Ctrl-Z, a laptop lid) stops refreshing too: both would hand a live database to a second process,
 * which is exactly the corruption we prevent. Here a lock is stale only when its owner is provably
 * gone: same host, and the pid no longer exists, or it now belongs to another process (its start
 * time in /proc differs), or the machine has rebooted since (boot id differs). A lock from another
 * host is never taken over automatically.
 */

export interface LockOwner {
  pid: number;
  hostname: string;
  /** ISO time the lock was taken. */
  startedAt: string;
  /** The command line of the owner, for the refusal message. */
  command: string;
  /** Linux: field 22 of /proc/<pid>/stat (start time in clock ticks since boot); guards against pid reuse. */
  procStart: string | null;
  /** Linux: /proc/sys/kernel/random/boot_id; a lock from before a reboot is stale. */
  bootId: string | null;
  /** Random id of this lock; `gr-volg start` hands it to the server it spawns (see adoptToken). */
  token: string;
  /** Set when a child process took the lock over from the process named here (gr-volg start → next start). */
  adoptedFrom?: number;
}

export interface HostProbe {
  hostname: string;
  bootId: string | null;
  pidExists(pid: number): boolean;
  procStartOf(pid: number): string | null;
}

export type OwnerState = { live: true; reason: string } | { live: false; reason: string };

/** Pure: is the owner recorded in a lock file still alive, seen from this host? */
export function judgeOwner(owner: LockOwner, probe: HostProbe): OwnerState {
  if (owner.hostname !== probe.hostname) return { live: true, reason: "andere computer; niet te controleren" };
  if (owner.bootId && probe.bootId && owner.bootId !== probe.bootId)
    return { live: false, reason: "de computer is sindsdien opnieuw gestart" };
  if (!probe.pidExists(owner.pid)) return { live: false, reason: `proces ${owner.pid} bestaat niet meer` };
  if (owner.procStart) {
    const now = probe.procStartOf(owner.pid);
    if (now !== null && now !== owner.procStart)
      return { live: false, reason: `procesnummer ${owner.pid} is hergebruikt door een ander proces` };
  }
  return { live: true, reason: `proces ${owner.pid} draait` };
}

/** Pure: parse a lock file's text; null when it is not a lock we wrote. */
export function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof o.pid !== "number" ||
      !Number.isInteger(o.pid) ||
      typeof o.hostname !== "string" ||
      typeof o.token !== "string"
    )
      return null;
    return {
      pid: o.pid,
      hostname: o.hostname,
      startedAt: typeof o.startedAt === "string" ? o.startedAt : "",
      command: typeof o.command === "string" ? o.command : "",
      procStart: typeof o.procStart === "string" ? o.procStart : null,
      bootId: typeof o.bootId === "string" ? o.bootId : null,
      token: o.token,
      ...(Number.isInteger(o.adoptedFrom) ? { adoptedFrom: o.adoptedFrom } : {}),
    };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// This host
// ---------------------------------------------------------------------------------------------

function readTrimmed(file: string): string | null {
  try {
    return readFileSync(file, "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** Field 22 (starttime) of /proc/<pid>/stat; the command name (field 2) may contain spaces and ')'. */
export function procStartFromStat(stat: string): string | null {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null; // fields[0] is field 3 (state)
}

export const thisHost: HostProbe = {
  hostname: osHostname(),
  bootId: readTrimmed("/proc/sys/kernel/random/boot_id"),
  pidExists(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by another user
    }
  },
  procStartOf(pid) {
    const stat = readTrimmed(`/proc/${pid}/stat`);
    return stat ? procStartFromStat(stat) : null;
  },
};

// ---------------------------------------------------------------------------------------------
// Errors (user-facing, Dutch)
// ---------------------------------------------------------------------------------------------

export function lockPathFor(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/** The directory as the user wrote it, relative to the working directory when inside it. */
export function displayDir(dataDir: string): string {
  const abs = resolve(dataDir);
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel : abs;
}

function formatLocal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "onbekend";
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Another live process owns the directory: the command refuses and never opens it. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const where = `${displayDir(dataDir)}, proces ${owner.pid}${owner.hostname !== thisHost.hostname ? ` op ${owner.hostname}` : ""}, gestart ${formatLocal(owner.startedAt)}`;
    const isApp = /\b(start|next)\b/.test(owner.command) || owner.adoptedFrom !== undefined;
    super(
      (isApp
        ? `de app draait al op deze ingebouwde database (${where}); stop de app of gebruik een PostgreSQL-database (DATABASE_URL=postgresql://…).`
        : `een ander gr-volg-proces gebruikt deze ingebouwde database al (${where}: ${owner.command.slice(0, 80)}); wacht tot het klaar is, of gebruik een PostgreSQL-database (DATABASE_URL=postgresql://…).`) +
        ` Zie docs/recovery.md.`,
    );
    this.name = "DatabaseLockedError";
  }
}

// ---------------------------------------------------------------------------------------------
// Taking and releasing
// ---------------------------------------------------------------------------------------------

export interface PgliteLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Give back one hold; the file is removed when the last hold in this process is released. */
  release(): void;
}

interface Held {
  owner: LockOwner;
  count: number;
}
const held = new Map<string, Held>();

function describeCommand(): string {
  return process.argv
    .slice(1)
    .map((a) => a.replace(/^.*[\\/]node_modules[\\/]/, ""))
    .join(" ")
    .slice(0, 200);
}

function newOwner(extra: Partial<LockOwner> = {}): LockOwner {
  return {
    pid: process.pid,
    hostname: thisHost.hostname,
    startedAt: new Date().toISOString(),
    command: describeCommand(),
    procStart: thisHost.procStartOf(process.pid),
    bootId: thisHost.bootId,
    token: randomBytes(12).toString("hex"),
    ...extra,
  };
}

/** Creates the lock file with its full content in one step (link of a written temp file), or EEXIST. */
function createExclusive(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, text, { flag: "wx", mode: 0o644 });
  try {
    linkSync(tmp, path); // atomic, fails with EEXIST; readers never see a half-written lock
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    // File systems without hard links: O_EXCL create (a reader may briefly see it empty; treated as held).
    const fd = openSync(path, "wx", 0o644);
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
}

function readLock(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/**
 * Removes a stale lock, but only the one we judged: move it aside atomically, check it is the same
 * text, and put it back if a fresh lock slipped in between our read and the move.
 */
function removeStale(path: string, judgedText: string): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // someone else removed it
    throw e;
  }
  if (readLock(aside) !== judgedText) {
    try {
      linkSync(aside, path);
    } catch {
      /* a third process created a lock meanwhile; it wins */
    }
  }
  unlinkSync(aside);
}

let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  // 'exit' runs on normal ends and process.exit (Next.js exits that way on SIGINT/SIGTERM).
  process.on("exit", releaseAllSync);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      // Only when nobody else handles the signal: then the default would kill us without 'exit'.
      if (process.listenerCount(sig) > 1) return;
      releaseAllSync();
      process.removeListener(sig, onSignal);
      process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

function unlinkIfOurs(path: string, token: string): void {
  const text = readLock(path);
  const current = text ? parseOwner(text) : null;
  if (!current || current.token !== token) return;
  // Ours, or handed to a child that is gone now (gr-volg start after its server died).
  if (current.pid === process.pid || !judgeOwner(current, thisHost).live) {
    try {
      unlinkSync(path);
    } catch {
      /* gone already */
    }
  }
}

function releaseAllSync(): void {
  for (const [path, h] of held) {
    held.delete(path);
    unlinkIfOurs(path, h.owner.token);
  }
}

export interface AcquireOptions {
  /**
   * A token from the environment (GR_VOLG_PGLITE_LOCK_TOKEN): when the live owner is the
   * `gr-volg start` that spawned us with this token, we take the lock over instead of refusing.
   */
  adoptToken?: string;
  /** For tests: another host view. */
  probe?: HostProbe;
}

export const ADOPT_ENV = "GR_VOLG_PGLITE_LOCK_TOKEN";

/**
 * Takes the lock of a PGlite data directory or throws DatabaseLockedError. Re-entrant within one
 * process (the CLI's `start` holds it while its migrate and seed steps open the directory again).
 */
export function acquirePgliteLock(dataDir: string, opts: AcquireOptions = {}): PgliteLock {
  const path = lockPathFor(dataDir);
  const probe = opts.probe ?? thisHost;
  const mine = held.get(path);
  if (mine) {
    mine.count++;
    return handleFor(path, mine);
  }
  for (let attempt = 0; attempt < 10; attempt++) {
    const owner = newOwner();
    try {
      createExclusive(path, JSON.stringify(owner));
      return register(path, owner);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const text = readLock(path);
    if (text === null) continue; // released between our create and read
    const current = parseOwner(text);
    if (!current) {
      // Not a lock we wrote (or a half-written one on a file system without hard links): give a
      // writer time to finish before treating it as debris.
      if (attempt < 3) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      removeStale(path, text);
      continue;
    }
    const state = judgeOwner(current, probe);
    if (state.live) {
      if (
        opts.adoptToken &&
        current.token === opts.adoptToken &&
        current.adoptedFrom === undefined &&
        current.pid !== process.pid
      ) {
        // The live owner is the `gr-volg start` that spawned us: replace the file atomically with us
        // as owner. No one else can take it meanwhile, because the file always names a live process.
        const adopted = newOwner({ token: current.token, adoptedFrom: current.pid });
        const tmp = `${path}.${process.pid}.adopt`;
        writeFileSync(tmp, JSON.stringify(adopted));
        renameSync(tmp, path);
        return register(path, adopted);
      }
      throw new DatabaseLockedError(dataDir, current);
    }
    removeStale(path, text);
  }
  throw new Error(`Het slot ${path} kon niet worden genomen (te veel gelijktijdige pogingen).`);
}

function register(path: string, owner: LockOwner): PgliteLock {
  hookExit();
  const h: Held = { owner, count: 1 };
  held.set(path, h);
  return handleFor(path, h);
}

function handleFor(path: string, h: Held): PgliteLock {
  let released = false;
  return {
    path,
    owner: h.owner,
    release() {
      if (released) return;
      released = true;
      if (--h.count > 0 || held.get(path) !== h) return;
      held.delete(path);
      unlinkIfOurs(path, h.owner.token);
    },
  };
}
