// CPU of a server process tree and of a database's backends, read from /proc (Linux; the backends are readable as
// root on the benchmark host). Shared by the miss-CPU, writer-CPU and shared-cache benchmarks.
import { readFileSync } from "node:fs";

const TICK_MS = 1000 / 100; // USER_HZ: /proc times are in clock ticks of 10 ms on Linux

/** utime+stime in ms of a process (its own threads; children not included). 0 if it is gone. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The process and its descendants (`next start` may run the server in a child). */
export function tree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      const kids = readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, "utf8").trim();
      if (kids) all.push(...kids.split(" ").map(Number));
    } catch {}
  }
  return all;
}

/** utime+stime in ms of a process and its descendants. */
export const serverCpu = (pid) => tree(pid).reduce((s, p) => s + cpuMs(p), 0);

/** CPU per backend of this database except our own connection. */
export async function pgCpu(db) {
  const { rows } = await db.query(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
}

/** Backend CPU ms spent between two pgCpu readings (backends that appeared count from 0). */
export function pgDelta(before, after) {
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
