#!/usr/bin/env node
// Benchmark of GR-volg against `next start` on PostgreSQL with the national-scale dataset.
// For each target: p50, p95 and requests/s at a fixed concurrency, measured in the same run as
// its floor (the raw SQL behind the page executed directly; a static file of similar size served
// by the same server). Also first-load JS of public pages (gzip) and server RSS under load.
// Usage: BENCH_DATABASE_URL=postgresql://…/gr_volg_scale npm run bench   (see docs/performance.md)
import autocannon from "autocannon";
import pg from "pg";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { signIn } from "../crash/server.mjs";
import { markdownTable, mixedScenario, PUBLIC_HOST } from "./mixed.mjs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { cpus, loadavg } from "node:os";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_scale";
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
// `npm run bench -- mixed`: readers and writers on two instances (scripts/bench/mixed.mjs).
const SCENARIO = process.argv[2] === "mixed" ? "mixed" : "static";
// The server's Node options as documented for production (docs/performance.md): a bounded heap.
const NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=256";
const env = {
  ...process.env,
  DATABASE_URL: DB,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};
// As `gr-volg start` (cli/commands/start.ts): at most two glibc malloc arenas unless set. Without it the
// bench measured the servers with an arena per allocating thread, which production never runs with
// (docs/performance.md, "Memory"). `BENCH_MALLOC_ARENA_MAX=` (empty) measures glibc's default.
const MALLOC_ARENA_MAX = process.env.BENCH_MALLOC_ARENA_MAX ?? process.env.MALLOC_ARENA_MAX ?? "2";
const serverEnv = {
  ...env,
  NODE_OPTIONS: [process.env.NODE_OPTIONS, NODE_OPTIONS].filter(Boolean).join(" "),
  MALLOC_ARENA_MAX,
};
if (!MALLOC_ARENA_MAX) delete serverEnv.MALLOC_ARENA_MAX;

const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
};

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** autocannon run that keeps every response time, so p95 is exact. */
function load(url, headers = {}, opts = {}) {
  return new Promise((resolve, reject) => {
    const times = [];
    let non2xx = 0;
    const connections = opts.connections ?? CONNECTIONS;
    const inst = autocannon({ url, connections, duration: DURATION, headers, ...opts.autocannon }, (err, res) => {
      if (err) return reject(err);
      times.sort((a, b) => a - b);
      resolve({
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        rps: res.requests.average,
        requests: res.requests.total,
        non2xx: non2xx + res.non2xx,
        bytes: res.throughput.average,
        times,
      });
    });
    inst.on("response", (_c, status, _bytes, time) => {
      times.push(time);
      if (status >= 400) non2xx++;
    });
  });
}

/**
 * The same load spread over several instances at once (CONNECTIONS split between them), each
 * request's path from `pick()`: req/s adds up, p95 over all responses.
 */
async function loadSpread(bases, { pick, headersFor = () => ({}) }) {
  const per = Math.max(1, Math.floor(CONNECTIONS / bases.length));
  const runs = await Promise.all(
    bases.map((base, i) =>
      load(base, headersFor(i), {
        connections: per,
        autocannon: { requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: pick() }) }] },
      }),
    ),
  );
  const times = runs.flatMap((r) => r.times).sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: runs.reduce((n, r) => n + r.rps, 0),
    rpsPerInstance: runs.map((r) => r.rps),
    requests: times.length,
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  };
}

const withoutTimes = ({ times: _t, ...rest }) => rest;

/**
 * Raw SQL floor: run the statements the page runs, in the same order, with the same concurrency
 * for the same time. A step is one statement `[text, values]` or an array of statements the page
 * runs in parallel (Promise.all).
 */
async function sqlFloor(statements) {
  const pool = new pg.Pool({ connectionString: DB, max: CONNECTIONS });
  const times = [];
  const end = Date.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        for (const step of statements) {
          if (Array.isArray(step[0])) await Promise.all(step.map(([text, values]) => pool.query(text, values)));
          else await pool.query(step[0], step[1]);
        }
        times.push(performance.now() - t);
      }
    }),
  );
  await pool.end();
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rps: times.length / DURATION,
    requests: times.length,
  };
}

/**
 * Sum VmRSS of the server process and its children, read from /proc without blocking: the load
 * generator runs in this process, and a synchronous sampler (spawnSync every 250 ms) stalled it,
 * which showed up as ~100 ms p95 tails on every page under load.
 */
async function rssOfTree(pid) {
  const read = (path) => readFile(path, "utf8").catch(() => "");
  const children = (await read(`/proc/${pid}/task/${pid}/children`)).split(/\s+/).filter(Boolean);
  let kb = 0;
  for (const p of [pid, ...children]) kb += Number(/VmRSS:\s+(\d+)/.exec(await read(`/proc/${p}/status`))?.[1] ?? 0);
  return kb * 1024;
}

/**
 * First-load JavaScript of a page as an anonymous visitor: every <script src> in the HTML, gzipped
 * (level 6). `gzipBytes` counts what a current browser downloads; scripts marked `nomodule`
 * (Next.js' legacy polyfills, skipped by every browser that supports ES modules) are reported
 * apart in `nomoduleGzipBytes`.
 */
async function firstLoadJs(path, base = BASE) {
  const html = await (await fetch(base + path)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)];
  const seen = new Map();
  for (const [tag, src] of tags) seen.set(src, /\snomodule/i.test(tag));
  let gz = 0;
  let legacy = 0;
  const scripts = [];
  for (const [src, nomodule] of seen) {
    const bytes = gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
    scripts.push({ src, gzipBytes: bytes, nomodule });
    if (nomodule) legacy += bytes;
    else gz += bytes;
  }
  return { scripts: scripts.length, gzipBytes: gz, nomoduleGzipBytes: legacy, htmlBytes: html.length, files: scripts };
}

/**
 * The framework's own floor: an empty dynamic App Router page (scripts/bench/floor-app) on the
 * same next/react, built once and served on the next port: its first-load JavaScript and its
 * latency under the same load (what any page costs before it does anything).
 */
async function frameworkFloor() {
  const dir = join(ROOT, "scripts/bench/floor-app");
  const next = join(ROOT, "node_modules/next/dist/bin/next");
  if (!existsSync(join(dir, ".next/BUILD_ID")) || process.env.BENCH_BUILD === "1") {
    const r = spawnSync(process.execPath, [next, "build"], { cwd: dir, env, stdio: "inherit" });
    if (r.status !== 0) throw new Error("build of scripts/bench/floor-app failed");
  }
  const port = PORT + 1;
  const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: serverEnv,
    stdio: "ignore",
  });
  try {
    for (let i = 0; i < 60; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    const js = await firstLoadJs("/", `http://127.0.0.1:${port}`);
    // The framework's own cost of a dynamic page under the same load: no data, no layout, no proxy.
    const page = withoutTimes(await load(`http://127.0.0.1:${port}/`));
    return { ...js, page };
  } finally {
    server.kill("SIGTERM");
  }
}

/** What every results file starts with: when, the machine and its load, the load's shape. */
function runHeader(loadavgAtStart) {
  return {
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadavgAtStart, loadavgAtEnd: loadavg() },
    connections: CONNECTIONS,
    seconds: DURATION,
    serverNodeOptions: serverEnv.NODE_OPTIONS,
    serverMallocArenaMax: serverEnv.MALLOC_ARENA_MAX ?? null,
  };
}

/** `next start` of this build on `port`, resolved once it answers. */
async function startApp(port) {
  const server = spawn(
    process.execPath,
    [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    // TRUST_PROXY=1: the mixed scenario's sign-ins say where they come from (X-Forwarded-For). PUBLIC_URL: the host
    // its anonymous readers use, the only one whose pages the instances share (lib/public-cache/shareable.ts).
    {
      cwd: ROOT,
      env: {
        ...serverEnv,
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        TRUST_PROXY: "1",
        ...(SCENARIO === "mixed" ? { PUBLIC_URL: `http://${PUBLIC_HOST}` } : {}),
      },
      stdio: "ignore",
    },
  );
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  return server;
}

async function main() {
  const loadavgAtStart = loadavg();
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const {
    rows: [{ n }],
  } = await db.query(`SELECT count(*)::int AS n FROM "Regeling" WHERE slug LIKE 'schaalregeling-%'`);
  if (n === 0) sh(process.execPath, ["bin/gr-volg.mjs", "db", "generate-scale"]);
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM "Gemeente")::int g, (SELECT count(*) FROM "Regeling")::int r, (SELECT count(*) FROM "Besluit")::int b, (SELECT count(*) FROM "ZienswijzePoint")::int z, (SELECT count(*) FROM "Track")::int t`,
    )
  ).rows[0];
  // A regeling with many participants and a gemeente with many regelingen: the heavy cases.
  const {
    rows: [big],
  } = await db.query(
    `SELECT r.slug, r.id, count(p.*)::int AS n FROM "Regeling" r JOIN "Participant" p ON p."regelingId" = r.id GROUP BY r.id ORDER BY n DESC, r.slug LIMIT 1`,
  );
  const {
    rows: [busy],
  } = await db.query(
    `SELECT g.slug, g.id, count(p.*)::int AS n FROM "Gemeente" g JOIN "Participant" p ON p."gemeenteId" = g.id GROUP BY g.id ORDER BY n DESC, g.slug LIMIT 1`,
  );

  // Static floor files: Next serves only what is in public/ at build time, so write a ladder of
  // sizes before building and use the one closest to each page's size.
  mkdirSync(join(ROOT, "public/bench"), { recursive: true });
  const STATIC_SIZES = [4, 16, 32, 64, 128, 256, 512, 1024].map((k) => k * 1024);
  let wrote = false;
  for (const size of STATIC_SIZES) {
    const file = join(ROOT, `public/bench/static-${size}.html`);
    if (!existsSync(file)) {
      writeFileSync(file, `<!doctype html><title>x</title>${"a".repeat(size - 31)}`);
      wrote = true;
    }
  }
  if (wrote || !existsSync(join(ROOT, ".next/BUILD_ID")) || process.env.BENCH_BUILD === "1")
    sh("npx", ["next", "build"]);
  const server = await startApp(PORT);
  // The mixed scenario runs a second instance on the same database (PORT + 1 is the framework floor's).
  const second = SCENARIO === "mixed" ? await startApp(PORT + 2) : null;
  try {
    const cookie = await signIn(BASE, "secretariaat@schaal.gr-volg.nl", "demo-wachtwoord-2026");
    // The raw-SQL floors are the statements each handler runs (copied from lib/services/forecast.ts,
    // lib/services/consensus.ts, lib/api/lists.ts and lib/api/ics-feeds.ts), in the same order and
    // grouping (an inner array runs in parallel, as the handler's Promise.all does).
    const today = new Date().toISOString().slice(0, 10);
    const {
      rows: [grProc],
    } = await db.query(
      `SELECT id FROM "Procedure" WHERE "regelingId" = $1 AND kind::text IN ('GR_TREFFEN', 'GR_WIJZIGEN', 'GR_OPHEFFEN') ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
      [big.id],
    );
    const ts = (c) => `to_char(${c}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    const day = (c) => `to_char(${c}, 'YYYY-MM-DD')`;
    const matrixSql = [
      [
        `SELECT r.id AS "regelingId", r.slug, r.naam, ${day(`r."targetSignBy"`)} AS "targetSignBy", ${day(`r."targetInForce"`)} AS "targetInForce", p.id, p."gemeenteId", p.scope::text AS scope, g.naam AS gnaam, g.slug AS gslug
        FROM "Regeling" r LEFT JOIN "Participant" p ON p."regelingId" = r.id LEFT JOIN "Gemeente" g ON g.id = p."gemeenteId" WHERE r.slug = $1 ORDER BY g.naam, p.id`,
        [big.slug],
      ],
      [
        `SELECT pr.id, pr.kind::text AS kind, pr."derivedState", d.titel,
               pr.regional#>>'{regional,toestemmingsprocedure,openedOn}' AS "opensOn", pr.regional#>>'{regional,bekendmaking,publishedOn}' AS "publishedOn",
               t.id AS "trackId", t."participantId", t.status,
               COALESCE(t.data#>>'{zienswijze,deadline,end}', t.data#>'{toestemming,aanhoudingen}'->-1->>'expectedDate') AS deadline
        FROM "Procedure" pr JOIN "Document" d ON d.id = pr."documentId" LEFT JOIN "Track" t ON t."procedureId" = pr.id AND t.kind = 'RAAD'
        WHERE pr."regelingId" = $1 ORDER BY pr."createdAt", pr.id`,
        [big.id],
      ],
      [
        [`SELECT "participantId", kind::text AS kind, data FROM "Track" WHERE "procedureId" = $1`, [grProc.id]],
        [
          `SELECT b."gemeenteId", m.kind::text AS kind, ${day("m.date")} AS a, NULL AS b FROM "Body" b JOIN "Meeting" m ON m."bodyId" = b.id
          WHERE b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = $1) AND b.kind::text IN ('RAAD', 'COLLEGE') AND m.date >= $2::date
         UNION ALL
         SELECT b."gemeenteId", NULL, ${day(`r."from"`)}, ${day(`r."to"`)} FROM "Body" b JOIN "Recess" r ON r."bodyId" = b.id
          WHERE b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = $3) AND b.kind::text IN ('RAAD', 'COLLEGE')
         ORDER BY 1, 3`,
          [big.id, today, big.id],
        ],
      ],
    ];
    const regelingenSql = [
      [
        [`SELECT count(*)::int AS n FROM "Regeling"`, []],
        [
          `SELECT r.slug, r.naam, r.citeertitel, r.vorm::text AS vorm, r.partijen::text AS partijen, rg.naam AS regio, gr.kind AS "grKind", gr."derivedState" AS "grState",
               ${day(`r."targetSignBy"`)} AS "targetSignBy", ${day(`r."targetInForce"`)} AS "targetInForce", ${day(`r."inWerkingOp"`)} AS "inWerkingOp", ${day(`r."beeindigdOp"`)} AS "beeindigdOp"
        FROM "Regeling" r LEFT JOIN "Regio" rg ON rg.id = r."regioId"
        LEFT JOIN LATERAL (SELECT p.kind::text AS kind, p."derivedState" FROM "Procedure" p WHERE p."regelingId" = r.id AND p.kind::text IN ('GR_TREFFEN', 'GR_WIJZIGEN', 'GR_OPHEFFEN') ORDER BY p."createdAt", p.id LIMIT 1) gr ON true
        ORDER BY r."inWerkingOp" DESC, r."createdAt", r.naam, r.id LIMIT $1 OFFSET $2`,
          [50, 0],
        ],
      ],
    ];
    const besluitenSql = [
      [
        [`SELECT count(*)::int AS n FROM "Besluit" b`, []],
        [
          `SELECT b.id, b.type::text AS soort, b.uitkomst::text AS uitkomst, ${day("b.besluitdatum")} AS besluitdatum, b.besluitnummer, bo.naam AS orgaan, g.slug AS gemeente, r.slug AS regeling, pr.titel AS procedure,
               dv.id AS "dvId", dv.label AS "dvLabel", dv."documentId" AS "dvDocument", b."stemmenVoor" AS voor, b."stemmenTegen" AS tegen, b.aanwezig, b."zittingHebbendeLeden",
               b.weigeringsgrond::text AS weigeringsgrond, b.motivering, ${day(`b."verwachteDatum"`)} AS "verwachteDatum", ${day(`b."publicatieDatum"`)} AS "publicatieDatum", b."publicatieVindplaats", b."corrigeertId" AS corrigeert,
               (SELECT COALESCE(json_agg(json_build_object('id', m.id, 'soort', m.soort, 'titel', m.titel, 'indiener', m.indiener, 'uitkomst', m.uitkomst,
                  'stemmenVoor', m."stemmenVoor", 'stemmenTegen', m."stemmenTegen", 'tekst', m.tekst) ORDER BY m.titel, m.id), '[]') FROM "Motie" m WHERE m."besluitId" = b.id) AS moties
        FROM "Besluit" b JOIN "Body" bo ON bo.id = b."bodyId" JOIN "Procedure" pr ON pr.id = b."procedureId" JOIN "Regeling" r ON r.id = pr."regelingId"
        JOIN "DocumentVersion" dv ON dv.id = b."documentVersionId" LEFT JOIN "Participant" b_p ON b_p.id = b."participantId" LEFT JOIN "Gemeente" g ON g.id = b_p."gemeenteId"
        ORDER BY b.besluitdatum, b."createdAt", b.id LIMIT $1 OFFSET $2`,
          [50, 0],
        ],
      ],
    ];
    const gid = `(SELECT id FROM "Gemeente" WHERE slug = $1)`;
    const icsSql = [
      [
        [`SELECT naam FROM "Gemeente" WHERE slug = $1`, [busy.slug]],
        [
          `SELECT d.id, d.label, ${day(`d."dueOn"`)} AS "dueOn", d.grondslag, d.kind::text AS kind, pr.titel, ${ts(`pr."updatedAt"`)} AS stamp FROM "Deadline" d JOIN "Procedure" pr ON pr.id = d."procedureId"
        WHERE d."trackId" IN (SELECT t.id FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" WHERE p."gemeenteId" = ${gid})
           OR (d."trackId" IS NULL AND pr."regelingId" IN (SELECT "regelingId" FROM "Participant" WHERE "gemeenteId" = ${gid.replace("$1", "$2")}))`,
          [busy.slug, busy.slug],
        ],
        [
          `SELECT t.id, ${ts(`t."updatedAt"`)} AS stamp, g.naam, t.data#>>'{zienswijze,deadline,start}' AS start, t.data#>>'{zienswijze,deadline,period}' AS period, t.data#>>'{zienswijze,deadline,end}' AS "end"
        FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" JOIN "Gemeente" g ON g.id = p."gemeenteId"
        WHERE t.kind = 'RAAD' AND p."gemeenteId" = ${gid} AND COALESCE(t.data#>>'{zienswijze,deadline,end}', '') <> ''`,
          [busy.slug],
        ],
        [
          `SELECT m.id, m.kind::text AS kind, ${day("m.date")} AS date, m.titel, m.locatie, ${ts(`m."createdAt"`)} AS stamp, b.naam AS body FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId"
        WHERE b."gemeenteId" = ${gid} ORDER BY m.date, m.id LIMIT 200`,
          [busy.slug],
        ],
      ],
    ];
    // The begroting cycles of the big regeling (lib/services/begroting/read.ts and planning-read.ts,
    // loadRegelingBegrotingCycliMetPlanning): six statements whatever the number of years.
    const cycles = `"regelingId" = $1 AND kind::text = 'BEGROTING_ZIENSWIJZE'`;
    const begrotingSql = [
      [`SELECT id, naam, slug FROM "Regeling" WHERE slug = $1`, [big.slug]],
      [
        `SELECT pr.*, r.naam AS rnaam, r.slug AS rslug,
               (SELECT COALESCE(json_agg(json_build_object('z', z.id, 'participantId', z."participantId", 'points',
                  (SELECT COALESCE(json_agg(zp.* ORDER BY zp.nummer), '[]') FROM "ZienswijzePoint" zp WHERE zp."zienswijzeId" = z.id))), '[]')
                FROM "Zienswijze" z WHERE z."procedureId" = pr.id) AS zienswijzen
        FROM "Procedure" pr JOIN "Regeling" r ON r.id = pr."regelingId" WHERE pr.${cycles} ORDER BY pr.jaar DESC, pr.titel`,
        [big.id],
      ],
      [
        `SELECT p.id, p."gemeenteId", g.slug FROM "Participant" p JOIN "Gemeente" g ON g.id = p."gemeenteId" WHERE p."regelingId" = $1`,
        [big.id],
      ],
      [`SELECT id, regional, planning FROM "Procedure" WHERE ${cycles}`, [big.id]],
      [
        `SELECT p.id, g.id AS gid, g.slug, g.naam FROM "Participant" p JOIN "Gemeente" g ON g.id = p."gemeenteId" WHERE p."regelingId" = $1`,
        [big.id],
      ],
      [
        `SELECT m.id, ${day("m.date")} AS date, m.titel, b."gemeenteId" FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId"
        WHERE m.kind::text = 'RAAD' AND b.kind::text = 'RAAD' AND m."cancelledAt" IS NULL
          AND b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = $1)
          AND m.date BETWEEN (SELECT min((planning->>'ontwerpSentOn')::date) FROM "Procedure" WHERE ${cycles.replace("$1", "$2")})
                         AND (SELECT max((planning->>'aanbiedingOn')::date) FROM "Procedure" WHERE ${cycles.replace("$1", "$3")})
        ORDER BY m.date, m.id`,
        [big.id, big.id, big.id],
      ],
    ];
    if (second) {
      const bases = [BASE, `http://127.0.0.1:${PORT + 2}`];
      // One static floor per file size (measured once, shared by the targets of that size).
      const staticFloor = (bytes, memo) => {
        const size = STATIC_SIZES.reduce((best, s) => (Math.abs(s - bytes) < Math.abs(best - bytes) ? s : best));
        if (!memo.has(size))
          memo.set(
            size,
            loadSpread(bases, { pick: () => `/bench/static-${size}.html` }).then((r) => ({ ...r, size })),
          );
        return memo.get(size);
      };
      const mixed = await mixedScenario({
        db,
        bases,
        pids: [server.pid, second.pid],
        rssOf: rssOfTree,
        load: loadSpread,
        sqlFloor,
        staticFloor,
        sql: { matrix: matrixSql, api: regelingenSql, ics: icsSql, begroting: begrotingSql },
        root: ROOT,
      });
      const out = {
        ...runHeader(loadavgAtStart),
        instances: bases.length,
        dataset: counts,
        ...mixed,
      };
      writeFileSync(join(ROOT, "docs/bench-mixed-results.json"), `${JSON.stringify(out, null, 2)}\n`);
      console.log(markdownTable(mixed));
      console.log(JSON.stringify({ budgets: mixed.budgets, loadavg: out.machine }, null, 2));
      return;
    }
    const targets = [
      {
        name: "Consensusmatrix (secretariaat)",
        path: `/secretariaat?regeling=${big.slug}`,
        headers: { cookie },
        sql: matrixSql,
      },
      // Public pages as an anonymous visitor (no cookie), so the public HTML cache (proxy.ts) answers.
      {
        name: "Tijdlijn gemeente (openbaar)",
        path: `/gemeenten/${busy.slug}`,
        sql: [
          [
            `SELECT p.*, r.naam, r.slug FROM "Participant" p JOIN "Regeling" r ON r.id = p."regelingId" WHERE p."gemeenteId" = $1`,
            [busy.id],
          ],
          [
            `SELECT t.* FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" WHERE p."gemeenteId" = $1`,
            [busy.id],
          ],
          [
            `SELECT * FROM "Besluit" b JOIN "Participant" p ON p.id = b."participantId" WHERE p."gemeenteId" = $1 ORDER BY b.besluitdatum DESC LIMIT 50`,
            [busy.id],
          ],
        ],
      },
      { name: "Regeling (openbaar)", path: `/regelingen/${big.slug}`, sql: null },
      { name: "API /api/v1/regelingen", path: `/api/v1/regelingen?pageSize=50`, sql: regelingenSql },
      { name: "API /api/v1/besluiten", path: `/api/v1/besluiten?pageSize=50`, sql: besluitenSql },
      { name: "ICS-feed gemeente", path: `/ics/gemeenten/${busy.slug}.ics`, sql: icsSql },
      { name: "API begrotingscycli", path: `/api/v1/regelingen/${big.slug}/begrotingscycli`, sql: begrotingSql },
    ];
    const results = [];
    let peakRss = 0;
    for (const t of targets) {
      const probe = await fetch(BASE + t.path, { headers: t.headers });
      const body = Buffer.from(await probe.arrayBuffer());
      // Static floor of similar size, served by the same server from public/.
      const size = STATIC_SIZES.reduce((best, s) =>
        Math.abs(s - body.length) < Math.abs(best - body.length) ? s : best,
      );
      const staticName = `bench/static-${size}.html`;
      let targetRss = 0;
      const sampler = setInterval(
        () => void rssOfTree(server.pid).then((rss) => (targetRss = Math.max(targetRss, rss))),
        250,
      );
      const { times: _t, ...page } = await load(BASE + t.path, t.headers);
      clearInterval(sampler);
      peakRss = Math.max(peakRss, targetRss);
      // After the load: what the public HTML cache answered (x-gr-volg-cache), if anything.
      const cache = (await fetch(BASE + t.path, { headers: t.headers })).headers.get("x-gr-volg-cache");
      const staticRes = await fetch(`${BASE}/${staticName}`);
      const stat = staticRes.ok ? withoutTimes(await load(`${BASE}/${staticName}`)) : null;
      const sql = t.sql ? await sqlFloor(t.sql) : null;
      results.push({
        name: t.name,
        path: t.path,
        status: probe.status,
        bytes: body.length,
        cache,
        page,
        sql,
        static: stat,
        peakRssBytes: targetRss,
        p95VsSql: sql ? page.p95 / sql.p95 : null,
        rpsVsStatic: stat ? page.rps / stat.rps : null,
      });
      console.log(
        `${t.name}: p50 ${page.p50} ms, p95 ${page.p95} ms, ${page.rps} req/s (sql p95 ${sql ? sql.p95.toFixed(1) : "n.v.t."} ms, static ${stat?.rps ?? "n.v.t."} req/s, RSS ${Math.round(targetRss / 2 ** 20)} MB${cache ? `, cache ${cache}` : ""})`,
      );
    }
    const floor = await frameworkFloor();
    const { page: emptyPage, ...floorJs } = floor;
    console.log(
      `Lege Next.js-pagina (kader): p50 ${emptyPage.p50} ms, p95 ${emptyPage.p95} ms, ${emptyPage.rps} req/s`,
    );
    const firstLoad = {
      regeling: await firstLoadJs(`/regelingen/${big.slug}`),
      gemeente: await firstLoadJs(`/gemeenten/${busy.slug}`),
      frameworkFloor: floorJs,
    };
    const out = {
      ...runHeader(loadavgAtStart),
      dataset: counts,
      heavy: { regeling: big, gemeente: busy },
      results,
      emptyNextPage: emptyPage,
      firstLoad,
      peakRssBytes: peakRss,
    };
    writeFileSync(join(ROOT, "docs/bench-results.json"), `${JSON.stringify(out, null, 2)}\n`);
    const kb = (b) => Math.round(b / 102.4) / 10;
    console.log(
      JSON.stringify(
        {
          firstLoadKbGzip: Object.fromEntries(
            Object.entries(firstLoad).map(([k, v]) => [
              k,
              { module: kb(v.gzipBytes), nomodule: kb(v.nomoduleGzipBytes) },
            ]),
          ),
          peakRssMB: Math.round(peakRss / 2 ** 20),
          loadavg: out.machine,
        },
        null,
        2,
      ),
    );
  } finally {
    server.kill("SIGTERM");
    second?.kill("SIGTERM");
    await db.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
