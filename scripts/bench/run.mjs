#!/usr/bin/env node
// Benchmark of GR-volg against `next start` on PostgreSQL with the national-scale dataset.
// For each target: p50, p95 and requests/s at a fixed concurrency, measured in the same run as
// its floor (the raw SQL behind the page executed directly; a static file of similar size served
// by the same server). Also first-load JS of public pages (gzip) and server RSS under load.
// Usage: BENCH_DATABASE_URL=postgresql://…/gr_volg_scale npm run bench   (see docs/performance.md)
import autocannon from "autocannon";
import pg from "pg";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale";
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const env = { ...process.env, DATABASE_URL: DB, NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789", NEXT_TELEMETRY_DISABLED: "1" };

const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
};

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** autocannon run that keeps every response time, so p95 is exact. */
function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const times = [];
    let non2xx = 0;
    const inst = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (err, res) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      resolve({ p50: percentile(times, 50), p95: percentile(times, 95), rps: res.requests.average, requests: res.requests.total, non2xx: non2xx + res.non2xx, bytes: res.throughput.average });
    });
    inst.on("response", (_c, status, _bytes, time) => {
      times.push(time);
      if (status >= 400) non2xx++;
    });
  });
}

/** Raw SQL floor: run the same statement(s) with the same concurrency for the same time. */
async function sqlFloor(statements) {
  const pool = new pg.Pool({ connectionString: DB, max: CONNECTIONS });
  const times = [];
  const end = Date.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        for (const [text, values] of statements) await pool.query(text, values);
        times.push(performance.now() - t);
      }
    }),
  );
  await pool.end();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), rps: times.length / DURATION, requests: times.length };
}

function rssOfTree(pid) {
  // Sum VmRSS of the server process and its children.
  const out = spawnSync("bash", ["-c", `for p in ${pid} $(pgrep -P ${pid}); do grep VmRSS /proc/$p/status 2>/dev/null; done | awk '{s+=$2} END {print s}'`]);
  return Number(String(out.stdout).trim()) * 1024;
}

async function signIn(email, password) {
  const jar = new Map();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(";");
      const i = kv.indexOf("=");
      jar.set(kv.slice(0, i), kv.slice(i + 1));
    }
  };
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  keep(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) throw new Error("Inloggen voor de benchmark mislukt");
  return cookie();
}

async function firstLoadJs(path) {
  const html = await (await fetch(BASE + path)).text();
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  let gz = 0;
  for (const s of new Set(srcs)) gz += gzipSync(Buffer.from(await (await fetch(BASE + s)).arrayBuffer())).length;
  return { scripts: new Set(srcs).size, gzipBytes: gz, htmlBytes: html.length };
}

async function main() {
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const { rows: [{ n }] } = await db.query(`SELECT count(*)::int AS n FROM "Regeling" WHERE slug LIKE 'schaalregeling-%'`);
  if (n === 0) sh(process.execPath, ["bin/gr-volg.mjs", "db", "generate-scale"]);
  const counts = (await db.query(`SELECT (SELECT count(*) FROM "Gemeente")::int g, (SELECT count(*) FROM "Regeling")::int r, (SELECT count(*) FROM "Besluit")::int b, (SELECT count(*) FROM "ZienswijzePoint")::int z, (SELECT count(*) FROM "Track")::int t`)).rows[0];
  // A regeling with many participants and a gemeente with many regelingen: the heavy cases.
  const { rows: [big] } = await db.query(`SELECT r.slug, r.id, count(p.*)::int AS n FROM "Regeling" r JOIN "Participant" p ON p."regelingId" = r.id GROUP BY r.id ORDER BY n DESC, r.slug LIMIT 1`);
  const { rows: [busy] } = await db.query(`SELECT g.slug, g.id, count(p.*)::int AS n FROM "Gemeente" g JOIN "Participant" p ON p."gemeenteId" = g.id GROUP BY g.id ORDER BY n DESC, g.slug LIMIT 1`);

  // Static floor files: Next serves only what is in public/ at build time, so write a ladder of
  // sizes before building and use the one closest to each page's size.
  mkdirSync(join(ROOT, "public/bench"), { recursive: true });
  const STATIC_SIZES = [4, 16, 32, 64, 128, 256, 512, 1024].map((k) => k * 1024);
  let wrote = false;
  for (const size of STATIC_SIZES) {
    const file = join(ROOT, `public/bench/static-${size}.html`);
    if (!existsSync(file)) {
      writeFileSync(file, "<!doctype html><title>x</title>" + "a".repeat(size - 31));
      wrote = true;
    }
  }
  if (wrote || !existsSync(join(ROOT, ".next/BUILD_ID")) || process.env.BENCH_BUILD === "1") sh("npx", ["next", "build"]);
  const server = spawn(process.execPath, [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "ignore" });
  try {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(BASE + "/")).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
    const cookie = await signIn("secretariaat@schaal.gr-volg.nl", "demo-wachtwoord-2026");
    const targets = [
      { name: "Consensusmatrix (secretariaat)", path: `/secretariaat?regeling=${big.slug}`, headers: { cookie },
        sql: [[`SELECT r.*, p.*, g.naam, g.slug FROM "Regeling" r JOIN "Participant" p ON p."regelingId" = r.id JOIN "Gemeente" g ON g.id = p."gemeenteId" WHERE r.slug = $1`, [big.slug]],
              [`SELECT pr.*, d.titel, t.id, t."participantId", t.status, t.data FROM "Procedure" pr JOIN "Document" d ON d.id = pr."documentId" LEFT JOIN "Track" t ON t."procedureId" = pr.id WHERE pr."regelingId" = $1`, [big.id]],
              [`SELECT b.*, m.* FROM "Body" b LEFT JOIN "Meeting" m ON m."bodyId" = b.id AND m.date >= now()::date WHERE b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = $1) AND b.kind IN ('RAAD','COLLEGE')`, [big.id]]] },
      { name: "Tijdlijn gemeente (openbaar)", path: `/gemeenten/${busy.slug}`,
        sql: [[`SELECT p.*, r.naam, r.slug FROM "Participant" p JOIN "Regeling" r ON r.id = p."regelingId" WHERE p."gemeenteId" = $1`, [busy.id]],
              [`SELECT t.* FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" WHERE p."gemeenteId" = $1`, [busy.id]],
              [`SELECT * FROM "Besluit" b JOIN "Participant" p ON p.id = b."participantId" WHERE p."gemeenteId" = $1 ORDER BY b.besluitdatum DESC LIMIT 50`, [busy.id]]] },
      { name: "API /api/v1/regelingen", path: `/api/v1/regelingen?pageSize=50`,
        sql: [[`SELECT * FROM "Regeling" ORDER BY naam LIMIT 50`, []], [`SELECT count(*) FROM "Regeling"`, []]] },
      { name: "API /api/v1/besluiten", path: `/api/v1/besluiten?pageSize=50`,
        sql: [[`SELECT * FROM "Besluit" ORDER BY besluitdatum DESC LIMIT 50`, []], [`SELECT count(*) FROM "Besluit"`, []]] },
      { name: "ICS-feed gemeente", path: `/ics/gemeenten/${busy.slug}.ics`,
        sql: [[`SELECT t.data FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" WHERE p."gemeenteId" = $1 AND t.kind = 'RAAD'`, [busy.id]],
              [`SELECT m.* FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId" WHERE b."gemeenteId" = $1`, [busy.id]]] },
    ];
    const results = [];
    let peakRss = 0;
    for (const t of targets) {
      const probe = await fetch(BASE + t.path, { headers: t.headers });
      const body = Buffer.from(await probe.arrayBuffer());
      // Static floor of similar size, served by the same server from public/.
      const size = STATIC_SIZES.reduce((best, s) => (Math.abs(s - body.length) < Math.abs(best - body.length) ? s : best));
      const staticName = `bench/static-${size}.html`;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOfTree(server.pid))), 250);
      const page = await load(BASE + t.path, t.headers);
      clearInterval(sampler);
      const staticRes = await fetch(`${BASE}/${staticName}`);
      const stat = staticRes.ok ? await load(`${BASE}/${staticName}`) : null;
      const sql = await sqlFloor(t.sql);
      results.push({ name: t.name, path: t.path, status: probe.status, bytes: body.length, page, sql, static: stat,
        p95VsSql: page.p95 / sql.p95, rpsVsStatic: stat ? page.rps / stat.rps : null });
      console.log(`${t.name}: p50 ${page.p50} ms, p95 ${page.p95} ms, ${page.rps} req/s (sql p95 ${sql.p95.toFixed(1)} ms, static ${stat?.rps ?? "n.v.t."} req/s)`);
    }
    const firstLoad = { regeling: await firstLoadJs(`/regelingen/${big.slug}`), gemeente: await firstLoadJs(`/gemeenten/${busy.slug}`) };
    const out = { at: new Date().toISOString(), machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, connections: CONNECTIONS, seconds: DURATION, dataset: counts, heavy: { regeling: big, gemeente: busy }, results, firstLoad, peakRssBytes: peakRss };
    writeFileSync(join(ROOT, "docs/bench-results.json"), JSON.stringify(out, null, 2) + "\n");
    console.log(JSON.stringify({ firstLoad, peakRssMB: Math.round(peakRss / 2 ** 20) }, null, 2));
  } finally {
    server.kill("SIGTERM");
    await db.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
