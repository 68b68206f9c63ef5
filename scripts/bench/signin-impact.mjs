#!/usr/bin/env node
// What sign-ins cost the readers they do not touch (issue 18, session 19). The mixed benchmark showed every
// target losing 20–45 % of its throughput once 1 sign-in/s ran beside 1 write/s, far more than a sign-in's
// measured ~100 ms of CPU explains. This runs one `next start` of this build on the scale dataset, anonymous
// readers (autocannon, SI_CONNECTIONS) over warm pages of one target, and in turn, per phase of SI_SECONDS:
//   none       — the readers alone;
//   csrf       — SI_RATE GET /api/auth/csrf per second (the first half of a sign-in);
//   wrong      — SI_RATE credentials POSTs per second with a wrong password (throttle rows, the password
//                comparison, an audit event; no session);
//   sign-in    — SI_RATE real sign-ins per second (csrf GET + credentials callback, as scripts/bench/mixed.mjs);
//   compare    — SI_RATE password comparisons per second in a separate process (the same CPU taken from
//                the machine, but off the server's event loop: what the CPU alone costs the readers);
//   write      — SI_RATE register entries per second (R15, the server action, as the mixed benchmark writes);
//   write+sign-in — writes at SI_RATE and 1 sign-in/s, as the mixed benchmark's phases, on one instance.
// A phase may name its own rate: "write@5".
// Per phase: the readers' req/s and p95 (the server's event loop is not visible from outside; a blocked loop
// shows in the p95), and the server's and PostgreSQL's CPU per second (/proc).
// Usage (after `npx next build`):
//   SI_DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale node scripts/bench/signin-impact.mjs
// Options: SI_PHASES (none,csrf,wrong,sign-in,compare,none), SI_TARGET (gemeente|api), SI_RATE (1),
// SI_SECONDS (20), SI_CONNECTIONS (8), SI_PORT (3630), SI_ROUNDS (1), SI_OUT (JSON results), SI_LABEL,
// SI_KEEP_REGELINGEN=1 (view every regeling page once first: only kept pages are refreshed after a write, so
// without it the write phases leave refresh-ahead idle).
import pg from "pg";
import autocannon from "autocannon";
import { fork } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { actionIds, callFormAction, signIn, startServer, stopGracefully, waitReady } from "../crash/server.mjs";
import { pgCpu, pgDelta, serverCpu } from "./proc-cpu.mjs";
import { benchSource, PUBLIC_HOST } from "./mixed.mjs";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.SI_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale";
const PORT = Number(process.env.SI_PORT ?? 3630);
const BASE = `http://127.0.0.1:${PORT}`;
const PHASES = (process.env.SI_PHASES ?? "none,csrf,wrong,sign-in,compare,none").split(",");
const TARGET = process.env.SI_TARGET ?? "gemeente";
const RATE = Number(process.env.SI_RATE ?? 1);
const SECONDS = Number(process.env.SI_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.SI_CONNECTIONS ?? 8);
const ROUNDS = Number(process.env.SI_ROUNDS ?? 1);
const OUT = process.env.SI_OUT ?? "/tmp/signin-impact.json";
const LABEL = process.env.SI_LABEL ?? "run";
const ACCOUNT = { email: "secretariaat@schaal.gr-volg.nl", password: "demo-wachtwoord-2026" };
const anonymous = { "x-forwarded-host": PUBLIC_HOST };

if (process.argv[2] === "--compare-child") {
  // The separate process of the `compare` phase: one comparison per message, answered when done.
  const bcrypt = (await import("bcryptjs")).default;
  process.on("message", async (hash) => process.send(await bcrypt.compare(ACCOUNT.password, hash)));
} else {
  await main();
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

function readers(paths) {
  let i = 0;
  return new Promise((resolve, reject) => {
    const times = [];
    let errors = 0;
    const inst = autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: anonymous,
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err, res) => {
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        resolve({ rps: res.requests.average, p95: percentile(times, 95), errors: errors + res.non2xx });
      },
    );
    inst.on("response", (_c, status, _b, time) => {
      times.push(time);
      if (status >= 400) errors++;
    });
  });
}

/** The side traffic of a phase, open loop at RATE per second; returns a stopper with its counts. */
function sideTraffic(phaseName, { hash, child, write }) {
  // "write@5": the phase's operation at 5 per second instead of SI_RATE.
  const [phase, rateText] = phaseName.split("@");
  const rate = rateText ? Number(rateText) : RATE;
  const stats = { sent: 0, ok: 0, failed: 0 };
  let n = 0;
  const ops = {
    csrf: () => fetch(`${BASE}/api/auth/csrf`).then((r) => r.json()),
    wrong: async () => {
      // Addresses the sign-in phase does not use, so its sign-ins meet no failures of this phase.
      const source = benchSource(300 + (n++ % 150));
      const csrf = await fetch(`${BASE}/api/auth/csrf`, { headers: { "x-forwarded-for": source } });
      const cookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = await csrf.json();
      const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": source },
        body: new URLSearchParams({ csrfToken, email: ACCOUNT.email, password: "onjuist-wachtwoord", json: "true" }),
      });
      await res.body?.cancel();
    },
    "sign-in": () => signIn(BASE, ACCOUNT.email, ACCOUNT.password, { source: benchSource(n++) }),
    compare: () =>
      new Promise((resolve) => {
        child.once("message", resolve);
        child.send(hash);
      }),
  };
  ops.write = write;
  ops["write+sign-in"] = write;
  const op = ops[phase];
  if (!op) return { stop: () => stats };
  const fire = (fn) => () => {
    stats.sent++;
    fn().then(
      () => stats.ok++,
      () => stats.failed++,
    );
  };
  // "write+sign-in": writes at the phase's rate and one sign-in per second beside them, as the mixed benchmark.
  const timers = [setInterval(fire(op), 1000 / rate)];
  if (phase === "write+sign-in") timers.push(setInterval(fire(ops["sign-in"]), 1000));
  return {
    stop: () => {
      for (const t of timers) clearInterval(t);
      return stats;
    },
  };
}

async function main() {
  if (!existsSync(join(ROOT, ".next/BUILD_ID"))) throw new Error("Eerst `npx next build`.");
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const slugs = (await db.query(`SELECT slug FROM "Gemeente" ORDER BY slug`)).rows.map((r) => r.slug);
  const paths =
    TARGET === "api"
      ? Array.from({ length: 24 }, (_, i) => `/api/v1/regelingen?pageSize=50&page=${i + 1}`)
      : slugs.map((s) => `/gemeenten/${s}`);
  const hash = (await db.query(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [ACCOUNT.email])).rows[0]
    .passwordHash;
  const server = startServer({
    root: ROOT,
    port: PORT,
    env: {
      ...process.env,
      DATABASE_URL: DB,
      NEXTAUTH_URL: BASE,
      NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_OPTIONS: "--max-old-space-size=256",
      MALLOC_ARENA_MAX: "2",
      TRUST_PROXY: "1",
      PUBLIC_URL: `http://${PUBLIC_HOST}`,
    },
  });
  const child = fork(import.meta.filename, ["--compare-child"], { stdio: "inherit" });
  const results = [];
  try {
    await waitReady(BASE, 120_000);
    for (const p of paths) await (await fetch(BASE + p, { headers: anonymous })).arrayBuffer();
    // Refresh-ahead re-renders only pages that are kept: without this the writes refresh nothing.
    if (process.env.SI_KEEP_REGELINGEN === "1") {
      const slugs = (await db.query(`SELECT slug FROM "Regeling"`)).rows.map((r) => r.slug);
      for (const s of slugs) await (await fetch(`${BASE}/regelingen/${s}`, { headers: anonymous })).arrayBuffer();
    }
    await signIn(BASE, ACCOUNT.email, ACCOUNT.password, { source: benchSource(499) });
    await new Promise((r) => child.once("message", r) && child.send(hash));
    const cookie = await signIn(BASE, ACCOUNT.email, ACCOUNT.password, { source: benchSource(498) });
    const regelingen = (
      await db.query(`SELECT r.id, (SELECT p.id FROM "Procedure" p WHERE p."regelingId" = r.id ORDER BY p."createdAt", p.id LIMIT 1) AS proc
        FROM "Regeling" r ORDER BY r.slug`)
    ).rows.filter((r) => r.proc);
    const actionId = actionIds(ROOT, "app/(werk)/secretariaat/procedures/[id]/actions.ts").registerInschrijvingAction;
    // A different date on every write of every run (an entry rewritten with its own date changes nothing).
    let w = Math.floor(Math.random() * 3000);
    const write = async () => {
      const r = regelingen[(w * 7919) % regelingen.length];
      const day = new Date(Date.now() - (w++ % 3000) * 86_400_000).toISOString().slice(0, 10);
      const res = await callFormAction(BASE, {
        path: `/secretariaat/procedures/${r.proc}`,
        actionId,
        cookie,
        fields: { invoer: JSON.stringify({ regelingId: r.id, register: "centraal", ingeschrevenOp: day }) },
      });
      if (!res.ok) throw new Error(JSON.stringify(res).slice(0, 200));
    };
    for (let round = 1; round <= ROUNDS; round++)
      for (const phase of PHASES) {
        const s0 = serverCpu(server.child.pid);
        const p0 = await pgCpu(db);
        const t0 = performance.now();
        const side = sideTraffic(phase, { hash, child, write });
        const r = await readers(paths);
        const side1 = side.stop();
        const secs = (performance.now() - t0) / 1000;
        const row = {
          round,
          phase,
          rps: +r.rps.toFixed(1),
          p95: r.p95,
          readerErrors: r.errors,
          side: side1,
          serverCpuMsPerS: Math.round((serverCpu(server.child.pid) - s0) / secs),
          pgCpuMsPerS: Math.round(pgDelta(p0, await pgCpu(db)) / secs),
          load: +loadavg()[0].toFixed(2),
        };
        console.log(JSON.stringify(row));
        results.push(row);
        await new Promise((r) => setTimeout(r, 3000));
      }
  } finally {
    child.kill();
    await stopGracefully(server);
    await db.end();
  }
  const file = existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : { runs: {} };
  file.runs[LABEL] = { at: new Date().toISOString(), target: TARGET, rate: RATE, seconds: SECONDS, results };
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
}
