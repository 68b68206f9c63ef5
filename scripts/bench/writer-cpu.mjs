#!/usr/bin/env node
// CPU of the WRITERS themselves (issue 18): what one register entry (R15, `registerInschrijvingAction`
// over HTTP, as scripts/bench/mixed.mjs writes) and one sign-in (next-auth credentials, as
// scripts/crash/server.mjs signIn) cost the server and PostgreSQL, on an otherwise idle server. Each
// operation runs WCPU_N times one after the other; the server's utime+stime (/proc/<pid>/stat, its
// process tree) and the CPU of this database's backends are read before and after. Wall-clock times
// are noise on a shared machine; CPU time is not (much). Also measured, to split the figures up:
//   - a refused action (unreadable `invoer`: no session, no database) — Next's cost of an action POST;
//   - the csrf GET alone — the first half of every sign-in;
//   - one bcrypt comparison in this process (bcryptjs, the hash stored for the account).
// Usage (after `npx next build`; the writes add register entries to the database):
//   WCPU_DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale_x node scripts/bench/writer-cpu.mjs
// Options: WCPU_N (40), WCPU_PORT (3614), WCPU_LABEL (name of this run), WCPU_OUT (JSON results file;
// runs are kept by label, so "before" and "after" builds can be measured into one file), WCPU_ONLY
// (comma-separated: write,refused-action,sign-in,csrf-get), WCPU_PROFILE_DIR (run the server with
// --cpu-prof into this directory; the profile covers warm-up and measurement).
import pg from "pg";
import bcrypt from "bcryptjs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { spawn } from "node:child_process";
import { actionIds, callFormAction, signIn, startServer, stopGracefully, waitReady } from "../crash/server.mjs";
import { pgCpu, pgDelta, serverCpu } from "./proc-cpu.mjs";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.WCPU_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale";
const PORT = Number(process.env.WCPU_PORT ?? 3614);
const BASE = `http://127.0.0.1:${PORT}`;
const N = Number(process.env.WCPU_N ?? 40);
const LABEL = process.env.WCPU_LABEL ?? "run";
const OUT = process.env.WCPU_OUT ?? "/tmp/writer-cpu.json";
const ONLY = process.env.WCPU_ONLY?.split(",");
const PROFILE_DIR = process.env.WCPU_PROFILE_DIR;
const ACCOUNT = { email: "secretariaat@schaal.gr-volg.nl", password: "demo-wachtwoord-2026" };

/** Runs `op(i)` n times in sequence; server and database CPU per operation, wall time per operation. */
async function measure(name, db, pid, n, op) {
  const load = loadavg()[0];
  const s0 = serverCpu(pid);
  const p0 = await pgCpu(db);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await op(i);
  const wall = performance.now() - t0;
  const s1 = serverCpu(pid);
  const p1 = await pgCpu(db);
  const r = {
    name,
    n,
    serverMsPerOp: +((s1 - s0) / n).toFixed(1),
    pgMsPerOp: +(pgDelta(p0, p1) / n).toFixed(1),
    wallMsPerOp: +(wall / n).toFixed(1),
    load: [+load.toFixed(2), +loadavg()[0].toFixed(2)],
  };
  console.log(JSON.stringify(r));
  return r;
}

/** The server as startServer starts it, with --cpu-prof (not accepted in NODE_OPTIONS). */
function startProfiled(env) {
  const child = spawn(
    process.execPath,
    [
      "--cpu-prof",
      `--cpu-prof-dir=${PROFILE_DIR}`,
      join(ROOT, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(PORT),
      "-H",
      "127.0.0.1",
    ],
    { cwd: ROOT, env, stdio: "ignore", detached: true },
  );
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

async function main() {
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const regelingen = (
    await db.query(`SELECT r.id, (SELECT p.id FROM "Procedure" p WHERE p."regelingId" = r.id ORDER BY p."createdAt", p.id LIMIT 1) AS proc
      FROM "Regeling" r ORDER BY r.slug`)
  ).rows.filter((r) => r.proc);
  const { rows: accounts } = await db.query(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [ACCOUNT.email]);
  const storedHash = accounts[0]?.passwordHash;
  if (!storedHash) throw new Error(`${ACCOUNT.email} niet gevonden`);

  const env = {
    ...process.env,
    DATABASE_URL: DB,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    TRUST_PROXY: "1",
    NODE_OPTIONS: process.env.WCPU_NODE_OPTIONS ?? "--max-old-space-size=256",
  };
  const log = [];
  const server = PROFILE_DIR
    ? startProfiled(env)
    : startServer({ root: ROOT, port: PORT, env, log: (s) => log.push(s) });
  const pid = server.child.pid;
  try {
    await waitReady(BASE, 180_000);
    const cookie = await signIn(BASE, ACCOUNT.email, ACCOUNT.password);
    const actionId = actionIds(ROOT, "app/(werk)/secretariaat/procedures/[id]/actions.ts").registerInschrijvingAction;
    const today = Date.now();
    let k = 0;
    const write = async () => {
      const r = regelingen[(k * 7919) % regelingen.length];
      const day = new Date(today - (k % 3000) * 86_400_000).toISOString().slice(0, 10);
      k++;
      const res = await callFormAction(BASE, {
        path: `/secretariaat/procedures/${r.proc}`,
        actionId,
        cookie,
        fields: { invoer: JSON.stringify({ regelingId: r.id, register: "centraal", ingeschrevenOp: day }) },
      });
      if (!res.ok) throw new Error(`Schrijven mislukt: ${JSON.stringify(res)}`);
    };
    const refused = async () => {
      const r = regelingen[0];
      const res = await callFormAction(BASE, {
        path: `/secretariaat/procedures/${r.proc}`,
        actionId,
        cookie,
        fields: { invoer: "{geen json" },
      });
      if (res.ok) throw new Error("Een onleesbaar formulier werd aangenomen");
    };
    // Each sign-in from its own documentation address (RFC 5737), so the throttle never refuses one.
    const login = (i) => signIn(BASE, ACCOUNT.email, ACCOUNT.password, { source: `192.0.2.${(i % 250) + 1}` });
    const csrf = async () => {
      const res = await fetch(`${BASE}/api/auth/csrf`, { headers: { "x-forwarded-for": "192.0.2.254" } });
      await res.arrayBuffer();
    };
    const ops = [
      ["write", N, write],
      ["refused-action", N, refused],
      ["sign-in", Math.ceil(N / 2), login],
      ["csrf-get", N, csrf],
    ].filter(([name]) => !ONLY || ONLY.includes(name));
    // Warm: the first requests of a route load its code and let V8 compile the hot paths.
    for (let i = 0; i < 8; i++) for (const [, , op] of ops) await op(i);
    const results = [];
    for (let round = 0; round < 2; round++)
      for (const [name, n, op] of ops) results.push(await measure(name, db, pid, n, op));
    const t0 = process.cpuUsage();
    for (let i = 0; i < 10; i++) await bcrypt.compare(ACCOUNT.password, storedHash);
    const used = process.cpuUsage(t0);
    const bcryptMs = +((used.user + used.system) / 1000 / 10).toFixed(1);
    console.log(
      JSON.stringify({ name: "bcrypt.compare (this process)", hash: storedHash.slice(0, 7), msPerOp: bcryptMs }),
    );
    const all = existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : {};
    all[LABEL] = { at: new Date().toISOString(), database: DB.replace(/:[^:@/]+@/, ":…@"), results, bcryptMs };
    writeFileSync(OUT, `${JSON.stringify(all, null, 2)}\n`);
  } finally {
    await stopGracefully(server);
    await db.end();
    if (process.env.WCPU_LOG === "1") console.log(log.join(""));
  }
}

await main();
