#!/usr/bin/env node
// Writes under reader load, and the server's memory (issue 18, wave 11). One `next start` of this
// worktree's build on a national-scale database; readers (autocannon, WRT_READERS connections) over
// every public gemeente and regeling page and the secretariat's matrix while writers book register
// entries (R15, `registerInschrijvingAction` over HTTP, as in scripts/bench/mixed.mjs) open loop at
// WRT_RATE per second, plus WRT_SIGNINS real sign-ins per second. Per run: the writes' latency (p50/p95), the readers' req/s and p95, the
// server's peak RSS (VmHWM and sampled VmRSS), and what the database saw (pg_stat_activity sampled
// every 200 ms: sessions waiting on the audit chain's advisory lock, on a row lock, `idle in
// transaction`), and, when the server prints them, per-write runner phases (`WRT-TIMING {…}` lines:
// temporary instrumentation of wave 11's measurement, not in the committed code). Variants (WRT_VARIANTS, `name:ENV=VALUE+ENV=VALUE,…`) run interleaved WRT_ROUNDS
// times, each on a fresh server, so a before/after pair shares the machine's state.
// Usage: WRT_DATABASE_URL=postgresql://…/gr_volg_scale_wrt node scripts/bench/writes.mjs
import autocannon from "autocannon";
import pg from "pg";
import { readFile } from "node:fs/promises";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { actionIds, callFormAction, random, signIn, startServer, stopGracefully, waitReady } from "../crash/server.mjs";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.WRT_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale_wrt";
const PORT = Number(process.env.WRT_PORT ?? 3600);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.WRT_SECONDS ?? 40);
const RATE = Number(process.env.WRT_RATE ?? 5);
const READERS = Number(process.env.WRT_READERS ?? 10);
const ROUNDS = Number(process.env.WRT_ROUNDS ?? 2);
const SIGNINS = Number(process.env.WRT_SIGNINS ?? 1);
const NODE_OPTIONS = process.env.WRT_NODE_OPTIONS ?? "--max-old-space-size=256";
const MAX_IN_FLIGHT = 40;
const ACCOUNT = { email: "secretariaat@schaal.gr-volg.nl", password: "demo-wachtwoord-2026" };
const VARIANTS = (process.env.WRT_VARIANTS ?? "default:").split(",").map((v) => {
  const [name, envs = ""] = v.split(":");
  return {
    name,
    env: Object.fromEntries(
      envs
        .split("+")
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
    ),
  };
});

const pct = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : null;
const sortNum = (xs) => [...xs].sort((a, b) => a - b);
const summary = (xs) => {
  const s = sortNum(xs);
  return { n: s.length, p50: pct(s, 0.5), p95: pct(s, 0.95), max: s.at(-1) ?? null };
};

async function statusOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

async function oneRun(variant, db, paths, regelingen) {
  const env = {
    ...process.env,
    DATABASE_URL: DB,
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    TRUST_PROXY: "1",
    NODE_OPTIONS,
    ...variant.env,
  };
  const lines = [];
  const server = startServer({ root: ROOT, port: PORT, env, log: (s) => lines.push(...s.split("\n")) });
  const pid = server.child.pid;
  try {
    await waitReady(BASE, 120_000);
    const cookie = await signIn(BASE, ACCOUNT.email, ACCOUNT.password);
    const actionId = actionIds(ROOT, "app/(werk)/secretariaat/procedures/[id]/actions.ts").registerInschrijvingAction;
    // Warm the routes' code (the first request of a route loads it), not the pages.
    for (const path of [paths.gemeente[0], paths.regeling[0], paths.matrix[0]])
      await (await fetch(BASE + path, { headers: path.startsWith("/secretariaat") ? { cookie } : {} })).arrayBuffer();
    const r0 = regelingen[0];
    await callFormAction(BASE, {
      path: `/secretariaat/procedures/${r0.proc}`,
      actionId,
      cookie,
      fields: {
        invoer: JSON.stringify({
          regelingId: r0.id,
          register: "centraal",
          ingeschrevenOp: new Date().toISOString().slice(0, 10),
        }),
      },
    });
    lines.length = 0;

    // Database sampler: this database's sessions, by what they wait on.
    const samples = [];
    const dbName = new URL(DB).pathname.slice(1);
    let rssMax = 0;
    const sampler = setInterval(async () => {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE wait_event = 'advisory')::int AS advisory,
                count(*) FILTER (WHERE wait_event IN ('transactionid', 'tuple'))::int AS rowlock,
                count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle_in_tx,
                count(*) FILTER (WHERE state = 'active')::int AS active
           FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [dbName],
      );
      samples.push(rows[0]);
      rssMax = Math.max(rssMax, (await statusOf(pid)).rss);
    }, 200);

    // Writers: open loop.
    const rnd = random(11);
    const writeTimes = [];
    let inFlight = 0;
    let dropped = 0;
    let errors = 0;
    let firstError = null;
    let n = 0;
    const pending = new Set();
    const writer = setInterval(() => {
      if (inFlight >= MAX_IN_FLIGHT) return void dropped++;
      const r = regelingen[Math.floor(rnd() * regelingen.length)];
      const day = new Date(Date.now() - (n++ % 3000) * 86_400_000).toISOString().slice(0, 10);
      const t = performance.now();
      inFlight++;
      const p = callFormAction(BASE, {
        path: `/secretariaat/procedures/${r.proc}`,
        actionId,
        cookie,
        fields: { invoer: JSON.stringify({ regelingId: r.id, register: "centraal", ingeschrevenOp: day }) },
      })
        .then((res) => {
          if (res?.ok) writeTimes.push(performance.now() - t);
          else {
            errors++;
            firstError ??= JSON.stringify(res).slice(0, 200);
          }
        })
        .catch((e) => {
          errors++;
          firstError ??= String(e).slice(0, 200);
        })
        .finally(() => {
          inFlight--;
          pending.delete(p);
        });
      pending.add(p);
    }, 1000 / RATE);

    // One sign-in per second (as in the mixed benchmark), each from its own documentation address.
    let signIns = 0;
    let signInErrors = 0;
    let s = 0;
    const signer =
      SIGNINS > 0
        ? setInterval(() => {
            const source = `${s % 500 < 250 ? "198.51.100" : "203.0.113"}.${(s++ % 250) + 1}`;
            const p = signIn(BASE, ACCOUNT.email, ACCOUNT.password, { source })
              .then(() => signIns++)
              .catch(() => signInErrors++)
              .finally(() => pending.delete(p));
            pending.add(p);
          }, 1000 / SIGNINS)
        : null;

    // Readers: public gemeente and regeling pages (anonymous) and the matrix (signed in), uniform.
    const all = [...paths.gemeente, ...paths.regeling];
    const pick = random(2027);
    const readerTimes = [];
    const readers = await new Promise((resolve, reject) => {
      const inst = autocannon(
        {
          url: BASE,
          connections: READERS,
          duration: SECONDS,
          requests: [
            {
              method: "GET",
              setupRequest: (req) => {
                const x = pick();
                if (x < 0.1)
                  return { ...req, path: paths.matrix[Math.floor(pick() * paths.matrix.length)], headers: { cookie } };
                return { ...req, path: all[Math.floor(pick() * all.length)], headers: {} };
              },
            },
          ],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      inst.on("response", (_c, _status, _bytes, time) => readerTimes.push(time));
    });
    clearInterval(writer);
    if (signer) clearInterval(signer);
    const offered = n;
    await Promise.race([Promise.allSettled([...pending]), new Promise((r) => setTimeout(r, 60_000))]);
    clearInterval(sampler);
    const { hwm } = await statusOf(pid);
    const timing = lines.filter((l) => l.startsWith("WRT-TIMING ")).map((l) => JSON.parse(l.slice(11)));
    const handler = lines.filter((l) => l.startsWith("WRT-HANDLER ")).map((l) => Number(l.slice(12)));
    const field = (k) => summary(timing.filter((t) => t.cmd === "recordRegisterInschrijving").map((t) => t[k]));
    const maxOf = (k) => Math.max(0, ...samples.map((s) => s[k]));
    const meanOf = (k) => samples.reduce((a, s) => a + s[k], 0) / Math.max(1, samples.length);
    return {
      variant: variant.name,
      env: variant.env,
      writes: {
        offered,
        ok: writeTimes.length,
        errors,
        dropped,
        firstError,
        perS: writeTimes.length / SECONDS,
        ...summary(writeTimes),
      },
      signIns: { ok: signIns, errors: signInErrors },
      readers: { rps: readers.requests.average, non2xx: readers.non2xx, ...summary(readerTimes) },
      rssMb: { peakSampled: Math.round(rssMax), hwm: Math.round(hwm) },
      db: {
        advisoryMax: maxOf("advisory"),
        advisoryMean: +meanOf("advisory").toFixed(2),
        rowlockMax: maxOf("rowlock"),
        rowlockMean: +meanOf("rowlock").toFixed(2),
        idleInTxMax: maxOf("idle_in_tx"),
        idleInTxMean: +meanOf("idle_in_tx").toFixed(2),
      },
      runner: timing.length
        ? {
            acquire: field("acquire"),
            run: field("run"),
            bump: field("bump"),
            append: field("append"),
            commit: field("commit"),
          }
        : null,
      handler: handler.length ? summary(handler) : null,
      loadavg: loadavg()[0],
    };
  } finally {
    await stopGracefully(server);
  }
}

const db = new pg.Client({ connectionString: DB });
await db.connect();
const gemeenten = (await db.query(`SELECT slug FROM "Gemeente" ORDER BY slug`)).rows.map((r) => r.slug);
const regelingen = (
  await db.query(`SELECT r.slug, r.id, (SELECT p.id FROM "Procedure" p WHERE p."regelingId" = r.id
      ORDER BY p."createdAt", p.id LIMIT 1) AS proc FROM "Regeling" r ORDER BY r.slug`)
).rows.filter((r) => r.proc);
const paths = {
  gemeente: gemeenten.map((s) => `/gemeenten/${s}`),
  regeling: regelingen.map((r) => `/regelingen/${r.slug}`),
  matrix: regelingen.map((r) => `/secretariaat?regeling=${r.slug}`),
};
const results = [];
for (let round = 0; round < ROUNDS; round++)
  for (const v of VARIANTS) {
    const r = await oneRun(v, db, paths, regelingen);
    results.push({ round, ...r });
    console.log(JSON.stringify(results.at(-1)));
  }
await db.end();
if (process.env.WRT_OUT)
  writeFileSync(process.env.WRT_OUT, `${JSON.stringify({ SECONDS, RATE, READERS, NODE_OPTIONS, results }, null, 1)}\n`);
