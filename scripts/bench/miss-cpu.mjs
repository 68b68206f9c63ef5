#!/usr/bin/env node
// Server CPU per cache MISS (issue 18, point 2). Wall-clock times are noise on a shared machine; the
// CPU time the server process spends is not (much). For each target this requests N distinct paths
// sequentially, each of which must be a miss (a distinct slug or page, or the matrix after a bump of
// its data version), and reads the server's utime+stime (/proc/<pid>/stat, its own threads, children
// excluded) and the CPU of this database's PostgreSQL backends before and after.
// Usage (after `npx next build`):
//   MISS_DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale_miss node scripts/bench/miss-cpu.mjs
// Options: MISS_N (20 per target), MISS_PORT (3540), MISS_PROFILE=1 (a second server run with
// `--cpu-prof` over the gemeente misses only; profile and a top-list in MISS_OUT_DIR; MISS_PROFILE_TARGET=regeling (or matrix)
// profiles the regeling page's misses instead),
// MISS_TARGETS (comma-separated words: only the targets whose name has one), MISS_LABEL (name of this run in the results), MISS_OUT (results file, docs/bench-miss-cpu.json;
// runs are kept by label, so "main" and "branch" can be measured from two builds into one file).
import pg from "pg";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";
import { signIn } from "../crash/server.mjs";
import { pgCpu, pgDelta, serverCpu } from "./proc-cpu.mjs";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.MISS_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale";
const PORT = Number(process.env.MISS_PORT ?? 3540);
const BASE = `http://127.0.0.1:${PORT}`;
const N = Number(process.env.MISS_N ?? 20);
const LABEL = process.env.MISS_LABEL ?? "run";
const OUT = process.env.MISS_OUT ?? join(ROOT, "docs/bench-miss-cpu.json");
const OUT_DIR = process.env.MISS_OUT_DIR ?? "/tmp/miss-cpu";
const NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=256";

const env = {
  ...process.env,
  DATABASE_URL: DB,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};

async function startApp(execArgv = []) {
  // --cpu-prof is not accepted in NODE_OPTIONS: it goes on the command line (next start serves in-process).
  const server = spawn(
    process.execPath,
    [...execArgv, join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"],
    { cwd: ROOT, env: { ...env, NODE_OPTIONS }, stdio: "ignore" },
  );
  const exited = new Promise((r) => server.once("exit", r));
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return { server, exited };
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

async function get(path, headers = {}) {
  const res = await fetch(`${BASE}${path}`, { headers, redirect: "manual" });
  const body = await res.arrayBuffer();
  return { status: res.status, cache: res.headers.get("x-gr-volg-cache"), bytes: body.byteLength };
}

async function main() {
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const q = async (sql, params) => (await db.query(sql, params)).rows;
  // The heaviest cases first: gemeenten with the most regelingen, regelingen with the most participants.
  const gemeenten = await q(
    `SELECT g.slug, g.id, count(p.*)::int AS n FROM "Gemeente" g JOIN "Participant" p ON p."gemeenteId" = g.id
     GROUP BY g.id ORDER BY n DESC, g.slug LIMIT $1`,
    [N + 1],
  );
  const regelingen = await q(
    `SELECT r.slug, r.id, count(p.*)::int AS n FROM "Regeling" r JOIN "Participant" p ON p."regelingId" = r.id
     GROUP BY r.id ORDER BY n DESC, r.slug LIMIT $1`,
    [N + 1],
  );
  const big = regelingen[0];
  // More regelingen than the regeling timeline's in-memory memo holds (lib/read-models/regeling-timeline.ts: 128),
  // the biggest first, visited once in order, so the first N have left this instance's memory (as at national
  // scale, 1,200 regelingen). MISS_CYCLE=slug: in slug order instead (2–30 participants, the dataset's spread).
  const cycleOrder =
    process.env.MISS_CYCLE === "slug"
      ? "slug"
      : `(SELECT count(*) FROM "Participant" p WHERE p."regelingId" = r.id) DESC, slug`;
  const cycle = await q(`SELECT slug, id FROM "Regeling" r ORDER BY ${cycleOrder} LIMIT $1`, [128 + 8 + N]);
  // Every list version (wave 11: "lijst:overzicht", "lijst:namen", … instead of one "lijst").
  const bumpLijst = () => db.query(`UPDATE "DataVersion" SET version = version + 1 WHERE subject LIKE 'lijst%'`);
  // What a register entry (the mixed benchmark's write) moves since session 14: its regeling's register
  // row only ("register:<id>", read by that regeling's public page alone; wave 11 moved "regeling:<id>").
  const bump = (subject) =>
    db.query(
      `INSERT INTO "DataVersion" (subject, version) VALUES ($1, 1)
       ON CONFLICT (subject) DO UPDATE SET version = "DataVersion".version + 1`,
      [subject],
    );
  const bumpRegister = () => bump(`register:${regelingen[1].id}`);
  const bumpOwnRegister = () => bump(`register:${big.id}`);
  // A change the matrix shows (a track, a procedure): its regeling's row.
  const bumpOwnRegeling = () => bump(`regeling:${big.id}`);

  // Each target: the warm-up path, then N paths that are each a miss (`before` runs ahead of each).
  const targets = (cookie) => [
    {
      name: "gemeente page (public)",
      warm: `/gemeenten/${gemeenten[0].slug}`,
      paths: gemeenten.slice(1).map((g) => `/gemeenten/${g.slug}`),
      expectCache: "miss",
    },
    // A gemeente page made stale by a change it shows (its own row; a decision on one of its regelingen moves it
    // too), its drawn timelines' regelingen unchanged: since session 16 their forecasts come from the memo.
    {
      name: "gemeente page (public), its own row bumped before each",
      warmAll: gemeenten.slice(1).map((g) => `/gemeenten/${g.slug}`),
      warm: `/gemeenten/${gemeenten[0].slug}`,
      paths: gemeenten.slice(1).map((g) => `/gemeenten/${g.slug}`),
      before: (i) => (i === undefined ? Promise.resolve() : bump(`gemeente:${gemeenten[i + 1].id}`)),
      expectCache: "miss",
    },
    {
      name: "regeling page (public)",
      warm: `/regelingen/${regelingen[0].slug}`,
      paths: regelingen.slice(1).map((r) => `/regelingen/${r.slug}`),
      expectCache: "miss",
    },
    // The mixed benchmark's miss: a register entry moves only its regeling's register row, so the page
    // re-renders while everything else it shows is unchanged.
    {
      name: "regeling page (public), its own register entry before each",
      warm: `/regelingen/${regelingen[1].slug}`,
      paths: Array.from({ length: N }, () => `/regelingen/${regelingen[1].slug}`),
      before: bumpRegister,
      expectCache: "miss",
    },
    // The mixed benchmark's refresh after a register entry on a random one of 1,200 regelingen: its forecast is no
    // longer in this instance's memo; since session 16 it is read back from PostgreSQL (versioned-memo.ts `shared`).
    {
      name: "regeling page (public), its own register entry before each, forecast dropped from memory",
      warmAll: cycle.map((r) => `/regelingen/${r.slug}`),
      warm: `/regelingen/${cycle.at(-1).slug}`,
      paths: cycle.slice(0, N).map((r) => `/regelingen/${r.slug}`),
      before: (i) => (i === undefined ? Promise.resolve() : bump(`register:${cycle[i].id}`)),
      expectCache: "miss",
    },
    {
      name: "matrix (secretariat, biggest regeling, every list bumped before each)",
      warm: `/secretariaat?regeling=${big.slug}`,
      paths: Array.from({ length: N }, () => `/secretariaat?regeling=${big.slug}`),
      headers: { cookie },
      before: bumpLijst,
      expectCache: "miss",
    },
    {
      name: "matrix (secretariat, biggest regeling, its regeling's row bumped before each: data and page)",
      warm: `/secretariaat?regeling=${big.slug}`,
      paths: Array.from({ length: N }, () => `/secretariaat?regeling=${big.slug}`),
      headers: { cookie },
      before: bumpOwnRegeling,
      expectCache: "miss",
    },
    {
      name: "API /api/v1/regelingen (pageSize 50)",
      warm: "/api/v1/regelingen?pageSize=50&page=1",
      paths: Array.from({ length: N }, (_, i) => `/api/v1/regelingen?pageSize=50&page=${(i % 23) + 2}`),
    },
    {
      name: "API /api/v1/besluiten (pageSize 50)",
      warm: "/api/v1/besluiten?pageSize=50&page=1",
      paths: Array.from({ length: N }, (_, i) => `/api/v1/besluiten?pageSize=50&page=${i + 2}`),
    },
    {
      name: "ICS feed gemeente",
      warm: `/ics/gemeenten/${gemeenten[0].slug}.ics`,
      paths: gemeenten.slice(1).map((g) => `/ics/gemeenten/${g.slug}.ics`),
    },
    // Wave 11: the server-side response cache. The same page after a register entry's version bump
    // (another regeling's row) is a hit: the version query and a byte copy, no SQL of its own.
    {
      name: "API /api/v1/besluiten (pageSize 50), kept through a register entry",
      warm: "/api/v1/besluiten?pageSize=50&page=1",
      paths: Array.from({ length: N }, () => "/api/v1/besluiten?pageSize=50&page=1"),
      before: bumpRegister,
      expectCache: "hit",
    },
    {
      name: "API /api/v1/regelingen (pageSize 50), kept through a register entry",
      warm: "/api/v1/regelingen?pageSize=50&page=1",
      paths: Array.from({ length: N }, () => "/api/v1/regelingen?pageSize=50&page=1"),
      before: bumpRegister,
      expectCache: "hit",
    },
    {
      name: "ICS feed gemeente, kept through a register entry",
      warm: `/ics/gemeenten/${gemeenten[0].slug}.ics`,
      paths: Array.from({ length: N }, () => `/ics/gemeenten/${gemeenten[0].slug}.ics`),
      before: bumpRegister,
      expectCache: "hit",
    },
    {
      name: "matrix (secretariat, biggest regeling), kept through another regeling's register entry",
      warm: `/secretariaat?regeling=${big.slug}`,
      paths: Array.from({ length: N }, () => `/secretariaat?regeling=${big.slug}`),
      headers: { cookie },
      before: bumpRegister,
      expectCache: "hit",
    },
    {
      name: "matrix (secretariat, biggest regeling), kept through its own regeling's register entry",
      warm: `/secretariaat?regeling=${big.slug}`,
      paths: Array.from({ length: N }, () => `/secretariaat?regeling=${big.slug}`),
      headers: { cookie },
      before: bumpOwnRegister,
      expectCache: "hit",
    },
  ];

  mkdirSync(OUT_DIR, { recursive: true });
  const loadavgAtStart = loadavg();
  const results = [];
  const app = process.env.MISS_ONLY_PROFILE === "1" ? null : await startApp();
  if (app)
    try {
      const serverPid = app.server.pid;
      const cookie = await signIn(BASE, "secretariaat@schaal.gr-volg.nl", "demo-wachtwoord-2026");
      // MISS_TARGETS=gemeente,regeling: only the targets whose name contains one of these words.
      const only = process.env.MISS_TARGETS?.split(",");
      for (const t of targets(cookie).filter((x) => !only || only.some((w) => x.name.includes(w)))) {
        // Warm: the route's modules, the Prisma pool, the JIT (and, for some targets, every path of a set).
        for (const path of t.warmAll ?? []) await get(path, t.headers);
        for (let i = 0; i < 2; i++) {
          await t.before?.();
          await get(t.warm, t.headers);
        }
        let misses = 0;
        let bytes = 0;
        let cpu = 0;
        let pgMs = 0;
        const t0 = Date.now();
        for (const [i, path] of t.paths.entries()) {
          await t.before?.(i);
          const pgBefore = await pgCpu(db);
          const before = serverCpu(serverPid);
          const r = await get(path, t.headers);
          // Let the request's trailing work (cache fill, GC) finish before reading the counters.
          await new Promise((res) => setTimeout(res, 30));
          cpu += serverCpu(serverPid) - before;
          pgMs += pgDelta(pgBefore, await pgCpu(db));
          if (r.status !== 200) throw new Error(`${path}: status ${r.status}`);
          if (!t.expectCache || r.cache === t.expectCache) misses++;
          bytes += r.bytes;
        }
        const n = t.paths.length;
        const row = {
          target: t.name,
          requests: n,
          // Requests answered as the target expects (its `expectCache`: a miss, or a hit for the kept targets).
          misses,
          ...(t.expectCache ? { expected: t.expectCache } : {}),
          serverCpuMsPerMiss: +(cpu / n).toFixed(1),
          pgBackendCpuMsPerMiss: +(pgMs / n).toFixed(1),
          wallMsPerRequest: +((Date.now() - t0) / n).toFixed(1),
          avgBytes: Math.round(bytes / n),
        };
        results.push(row);
        console.log(JSON.stringify(row));
      }
    } finally {
      await stop(app);
    }

  let profileTop = null;
  const profiled = ["regeling", "matrix"].includes(process.env.MISS_PROFILE_TARGET)
    ? process.env.MISS_PROFILE_TARGET
    : "gemeente";
  const profilePaths =
    profiled === "regeling"
      ? regelingen.map((r) => `/regelingen/${r.slug}`)
      : profiled === "matrix"
        ? Array.from({ length: N + 1 }, () => `/secretariaat?regeling=${big.slug}`)
        : gemeenten.map((g) => `/gemeenten/${g.slug}`);
  // The matrix: signed in, every list bumped before each request (an HTML miss; its data memo stays).
  const profileOptions = profiled === "matrix" ? { signIn: true, before: bumpLijst } : {};
  if (process.env.MISS_PROFILE === "1" || process.env.MISS_ONLY_PROFILE === "1")
    profileTop = await profile(profilePaths, profileOptions).catch((e) => ({ error: String(e) }));

  await db.end();
  const file = existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : { runs: {} };
  const previous = file.runs[LABEL] ?? {};
  file.method =
    "scripts/bench/miss-cpu.mjs: next start (bounded heap), each route warmed, then N sequential requests that are each a miss; server CPU = utime+stime of the server process tree from /proc (children's exited time excluded), PostgreSQL = the CPU of this database's backends, both in 10 ms clock ticks summed over the requests.";
  file.runs[LABEL] = {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadavgAtStart, loadavgAtEnd: loadavg() },
    serverNodeOptions: NODE_OPTIONS,
    n: N,
    results: results.length ? results : previous.results,
    ...(profiled === "matrix" ? { matrixProfileTop: profileTop ?? previous.matrixProfileTop } : {}),
    ...(profiled === "regeling"
      ? {
          gemeenteProfileTop: previous.gemeenteProfileTop,
          regelingProfileTop: profileTop ?? previous.regelingProfileTop,
        }
      : {
          gemeenteProfileTop: profileTop ?? previous.gemeenteProfileTop,
          regelingProfileTop: previous.regelingProfileTop,
        }),
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`Resultaten: ${OUT}`);
}

/** A second server with --cpu-prof over one target's misses only (the first path warms); returns the top self-time frames. */
async function profile(paths, { signIn: withCookie = false, before = async () => {} } = {}) {
  const dir = join(OUT_DIR, `prof-${LABEL}`);
  // A profile left by an earlier run of the same label would be summarized instead of this one.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const app = await startApp(["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  const window = { from: 0, to: Number.POSITIVE_INFINITY };
  try {
    const headers = withCookie
      ? { cookie: await signIn(BASE, "secretariaat@schaal.gr-volg.nl", "demo-wachtwoord-2026") }
      : undefined;
    for (let i = 0; i < 2; i++) await get(paths[0], headers);
    // The window of the misses, on CLOCK_MONOTONIC like V8's sample timestamps: startup and warm-up are left out.
    window.from = Number(process.hrtime.bigint() / 1000n);
    for (const path of paths.slice(1)) {
      await before();
      await get(path, headers);
    }
    window.to = Number(process.hrtime.bigint() / 1000n);
  } finally {
    await stop(app);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  if (files.length === 0) return null;
  // The biggest profile is the server's (next start may leave a tiny one for its parent).
  const best = files
    .map((f) => ({ f, p: JSON.parse(readFileSync(join(dir, f), "utf8")) }))
    .sort((a, b) => b.p.samples.length - a.p.samples.length)[0];
  return summarize(best.p, join(dir, best.f), window);
}

/** Self time per function and per package/file group, from a V8 .cpuprofile. */
function summarize(p, file, window) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  let at = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    at += p.timeDeltas[i] ?? 0;
    if (at < window.from || at > window.to) continue;
    dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const fn = new Map();
  const group = new Map();
  let total = 0;
  for (const [id, us] of dt) {
    const n = byId.get(id);
    if (!n) continue;
    const cf = n.callFrame;
    if (cf.functionName === "(idle)" || cf.functionName === "(program)") continue;
    total += us;
    const url = cf.url || "";
    const key = `${cf.functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${cf.lineNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const g = m
      ? m[1]
      : url.includes(".next/server/chunks")
        ? "app chunks (.next/server/chunks)"
        : url
          ? url.split("/").slice(-1)[0]
          : cf.functionName;
    group.set(g, (group.get(g) ?? 0) + us);
  }
  const top = (m, k) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => ({ name, ms: +(us / 1000).toFixed(1), share: +((100 * us) / total).toFixed(1) }));
  return { file, busyMs: +(total / 1000).toFixed(0), byGroup: top(group, 15), byFunction: top(fn, 25) };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
