#!/usr/bin/env node
// The shared second-level cache (lib/public-cache/shared-cache.ts) with two `next start` instances on one
// database: renders per invalidated page or response, and what a "shared" answer (one query + keeping the
// row) costs against a render. For each mode (PUBLIC_CACHE_L2 aan, then uit) both instances start, every path
// is warmed on both, the versions of what the paths read are moved (as a write would), and then each path is
// asked on A and right after on B, sequentially. Server CPU (utime+stime of the instance that answered, from
// /proc, 10 ms ticks: averaged over N) and wall time are summed per answer kind (miss, shared).
// Usage (after `npx next build` in this tree):
//   L2_DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_l2_scale node scripts/bench/shared-cache.mjs
// Options: L2_N (paths per kind, 20), L2_PORT (3661 and the next one), L2_MODES (aan,uit).
import pg from "pg";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { loadavg } from "node:os";
import { serverCpu } from "./proc-cpu.mjs";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.L2_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_l2_scale";
const PORT = Number(process.env.L2_PORT ?? 3661);
const N = Number(process.env.L2_N ?? 20);
const MODES = (process.env.L2_MODES ?? "aan,uit").split(",");
const HOST = "gr-volg.bench"; // both instances behind one public host, as behind a load balancer

async function startApp(port, l2) {
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: DB,
    NEXTAUTH_URL: base,
    PUBLIC_URL: `http://${HOST}`, // only the public host's pages are shared (lib/public-cache/shareable.ts)
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=256",
    PUBLIC_CACHE_L2: l2,
  };
  const server = spawn(
    process.execPath,
    [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: ROOT, env, stdio: "ignore" },
  );
  const exited = new Promise((r) => server.once("exit", r));
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/v1/regelingen?pageSize=1`)).ok) return { server, exited, base };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start kwam niet op");
}
async function stop({ server, exited }) {
  server.kill("SIGTERM");
  const t = setTimeout(() => server.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(t);
}

async function get(app, path) {
  const cpu0 = serverCpu(app.server.pid);
  const t0 = performance.now();
  const res = await fetch(`${app.base}${path}`, { headers: { "x-forwarded-host": HOST }, redirect: "manual" });
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  return { status: res.status, cache: res.headers.get("x-gr-volg-cache"), ms, cpu: serverCpu(app.server.pid) - cpu0 };
}

async function main() {
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const q = async (sql, params) => (await db.query(sql, params)).rows;
  const regelingen = await q(`SELECT id, slug FROM "Regeling" ORDER BY slug LIMIT $1`, [N]);
  const gemeenten = await q(`SELECT id, slug FROM "Gemeente" ORDER BY slug LIMIT $1`, [N]);
  const kinds = {
    "regeling page": regelingen.map((r) => `/regelingen/${r.slug}`),
    "gemeente page": gemeenten.map((g) => `/gemeenten/${g.slug}`),
    "ICS gemeente": gemeenten.map((g) => `/ics/gemeenten/${g.slug}.ics`),
    "API regelingen": Array.from({ length: N }, (_, i) => `/api/v1/regelingen?pageSize=50&page=${(i % 23) + 1}`),
  };
  // What a write to each of them moves: its regeling's or gemeente's row; the API list its list version.
  const subjects = [
    ...regelingen.map((r) => `regeling:${r.id}`),
    ...gemeenten.map((g) => `gemeente:${g.id}`),
    "lijst:regelingen",
  ];
  const invalidate = () =>
    db.query(
      `INSERT INTO "DataVersion" (subject, version) SELECT s, 1 FROM unnest($1::text[]) AS s
       ON CONFLICT (subject) DO UPDATE SET version = "DataVersion".version + 1`,
      [subjects],
    );
  const results = [];
  for (const mode of MODES) {
    const [a, b] = await Promise.all([startApp(PORT, mode), startApp(PORT + 1, mode)]);
    try {
      for (const [kind, paths] of Object.entries(kinds)) {
        for (const path of paths) for (const app of [a, b]) await get(app, path); // warm both
        await invalidate();
        const by = {};
        let renders = 0;
        for (const path of paths)
          for (const app of [a, b]) {
            const r = await get(app, path);
            if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
            if (r.cache === "miss") renders++;
            by[r.cache] ??= { n: 0, ms: 0, cpu: 0 };
            by[r.cache].n++;
            by[r.cache].ms += r.ms;
            by[r.cache].cpu += r.cpu;
          }
        const row = { mode, kind, paths: paths.length, rendersPerPath: renders / paths.length };
        for (const [cache, s] of Object.entries(by))
          row[cache] = { n: s.n, wallMs: +(s.ms / s.n).toFixed(1), serverCpuMs: +(s.cpu / s.n).toFixed(1) };
        results.push(row);
        console.log(JSON.stringify(row));
      }
    } finally {
      await Promise.all([stop(a), stop(b)]);
    }
  }
  const [rows] = await q(`SELECT count(*)::int AS n, coalesce(sum(octet_length(body)), 0)::bigint AS bytes,
    pg_total_relation_size('"PublicCacheEntry"') AS relation FROM "PublicCacheEntry"`);
  console.log(JSON.stringify({ sharedRows: rows, loadavg: loadavg() }));
  await db.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
