#!/usr/bin/env node
// Memory of `next start` under the mixed benchmark's readers and writers (docs/performance.md, "Memory").
// Starts one instance per variant on the same build and database, side by side (so they see the same
// machine), warms every page of every family on each (as `npm run bench -- mixed` does), then loads them
// family by family (uniform and Zipf) with 0 and then MEM_WRITES register entries/s plus 1 sign-in/s.
// Per variant: the peak of VmRSS (and RssAnon/RssFile) from /proc and the server's own breakdown
// (GR_VOLG_MEM_LOG_MS: process.memoryUsage, V8 heap spaces, the caches' kept bytes) at that peak.
// Usage: MEM_VARIANTS="standaard:MALLOC_ARENA_MAX=;arena2:MALLOC_ARENA_MAX=2" node scripts/bench/memory.mjs
import autocannon from "autocannon";
import pg from "pg";
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadavg } from "node:os";
import { actionIds, callFormAction, signIn } from "../crash/server.mjs";
import { benchSource, picker } from "./mixed.mjs";

const ROOT = join(import.meta.dirname, "../..");
const DB = process.env.MEM_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_mem_scale";
const PORT = Number(process.env.MEM_PORT ?? 3460);
const SECONDS = Number(process.env.MEM_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.MEM_CONNECTIONS ?? 10);
const WRITES = Number(process.env.MEM_WRITES ?? 5);
const NODE_OPTIONS = process.env.MEM_NODE_OPTIONS ?? "--max-old-space-size=256";
const ACCOUNT = { email: "secretariaat@schaal.gr-volg.nl", password: "demo-wachtwoord-2026" };
// "name:K=V,K=V;name2:…" — an empty value removes the variable.
const VARIANTS = (process.env.MEM_VARIANTS ?? "standaard:").split(";").map((spec) => {
  const [name, vars = ""] = spec.split(":");
  return {
    name,
    vars: Object.fromEntries(
      vars
        .split(",")
        .filter(Boolean)
        .map((kv) => kv.split("=")),
    ),
  };
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function procMemory(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb("VmRSS"), anon: kb("RssAnon"), file: kb("RssFile"), shmem: kb("RssShmem") };
}

function start(variant, port) {
  const env = {
    ...process.env,
    DATABASE_URL: DB,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
    TRUST_PROXY: "1",
    NODE_OPTIONS,
    GR_VOLG_MEM_LOG_MS: "500",
  };
  for (const [k, v] of Object.entries(variant.vars)) {
    if (v === "" || v === undefined) delete env[k];
    else env[k] = v;
  }
  const server = spawn(
    process.execPath,
    [join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  const v = { ...variant, port, base: `http://127.0.0.1:${port}`, server, last: null, peak: null, samples: 0 };
  let buf = "";
  server.stderr.on("data", (d) => {
    buf += d;
    let i = buf.indexOf("\n");
    while (i >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.startsWith("[geheugen] ")) v.last = JSON.parse(line.slice(11));
      i = buf.indexOf("\n");
    }
  });
  v.timer = setInterval(async () => {
    const m = await procMemory(server.pid);
    v.samples++;
    if (!v.peak || m.rss > v.peak.proc.rss)
      v.peak = { proc: m, node: v.last, phase: v.phase, at: new Date().toISOString() };
  }, 250);
  return v;
}

async function main() {
  const db = new pg.Client({ connectionString: DB });
  await db.connect();
  const gemeenten = (await db.query(`SELECT slug FROM "Gemeente" ORDER BY slug`)).rows.map((r) => r.slug);
  const regelingen = (
    await db.query(`SELECT r.slug, r.id, (SELECT p.id FROM "Procedure" p WHERE p."regelingId" = r.id ORDER BY p."createdAt", p.id LIMIT 1) AS proc
      FROM "Regeling" r ORDER BY r.slug`)
  ).rows;
  const count = async (t) => (await db.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
  const pages = (n) => Array.from({ length: Math.max(1, Math.ceil(n / 50)) }, (_, i) => i + 1);
  const families = [
    { key: "gemeente", paths: gemeenten.map((s) => `/gemeenten/${s}`) },
    { key: "regeling", paths: regelingen.map((r) => `/regelingen/${r.slug}`) },
    {
      key: "api",
      paths: [
        ...pages(await count("Regeling")).map((p) => `/api/v1/regelingen?pageSize=50&page=${p}`),
        ...pages(await count("Gemeente")).map((p) => `/api/v1/gemeenten?pageSize=50&page=${p}`),
        ...pages(Math.min(await count("Besluit"), 50 * 200)).map((p) => `/api/v1/besluiten?pageSize=50&page=${p}`),
      ],
    },
    {
      key: "ics",
      paths: [
        ...gemeenten.map((s) => `/ics/gemeenten/${s}.ics`),
        ...regelingen.map((r) => `/ics/regelingen/${r.slug}.ics`),
      ],
    },
    { key: "begroting", paths: regelingen.map((r) => `/api/v1/regelingen/${r.slug}/begrotingscycli`) },
    { key: "matrix", paths: regelingen.map((r) => `/secretariaat?regeling=${r.slug}`), signedIn: true },
  ];
  await db.end();

  const variants = VARIANTS.map((v, i) => start(v, PORT + 2 * i));
  const result = { at: new Date().toISOString(), nodeOptions: NODE_OPTIONS, seconds: SECONDS, loadavg: [loadavg()] };
  try {
    for (const v of variants) {
      for (let i = 0; i < 240; i++) {
        try {
          if ((await fetch(`${v.base}/`)).ok) break;
        } catch {}
        await sleep(500);
      }
      v.cookie = await signIn(v.base, ACCOUNT.email, ACCOUNT.password);
    }
    const phase = (name) => {
      for (const v of variants) v.phase = name;
    };
    // Warm every page on every instance (4 workers per instance, instances in parallel).
    phase("opwarmen");
    const t0 = Date.now();
    await Promise.all(
      variants.map(async (v) => {
        for (const f of families) {
          const queue = [...f.paths];
          const worker = async () => {
            for (let p = queue.shift(); p !== undefined; p = queue.shift())
              await (await fetch(v.base + p, { headers: f.signedIn ? { cookie: v.cookie } : {} })).arrayBuffer();
          };
          await Promise.all(Array.from({ length: 4 }, worker));
          console.log(
            `${v.name}: ${f.key} opgewarmd (${Math.round((Date.now() - t0) / 1000)} s)`,
            JSON.stringify(v.last),
          );
        }
      }),
    );
    result.warmSeconds = (Date.now() - t0) / 1000;
    result.afterWarm = Object.fromEntries(variants.map((v) => [v.name, { node: v.last, peak: v.peak }]));
    result.loadavg.push(loadavg());

    const writeActionId = actionIds(
      ROOT,
      "app/(werk)/secretariaat/procedures/[id]/actions.ts",
    ).registerInschrijvingAction;
    for (const rate of [0, WRITES]) {
      phase(`${rate}/s`);
      const timers = [];
      let n = 0;
      let inFlight = 0;
      const pickWrite = picker(
        regelingen.filter((r) => r.proc),
        "uniform",
        7,
      );
      const fire = (fn) => {
        if (inFlight >= 40) return;
        inFlight++;
        fn(n++)
          .catch(() => undefined)
          .finally(() => inFlight--);
      };
      if (rate > 0) {
        timers.push(
          setInterval(
            () =>
              fire((k) => {
                const v = variants[k % variants.length];
                const r = pickWrite();
                const day = new Date(Date.now() - (k % 3000) * 86_400_000).toISOString().slice(0, 10);
                return callFormAction(v.base, {
                  path: `/secretariaat/procedures/${r.proc}`,
                  actionId: writeActionId,
                  cookie: v.cookie,
                  fields: { invoer: JSON.stringify({ regelingId: r.id, register: "centraal", ingeschrevenOp: day }) },
                });
              }),
            1000 / rate / variants.length,
          ),
          setInterval(
            () =>
              fire((k) =>
                signIn(variants[k % variants.length].base, ACCOUNT.email, ACCOUNT.password, { source: benchSource(k) }),
              ),
            1000 / variants.length,
          ),
        );
      }
      for (const f of families)
        for (const skew of ["uniform", "zipf"]) {
          await Promise.all(
            variants.map((v) => {
              const pick = picker(f.paths, skew);
              return new Promise((resolve, reject) =>
                autocannon(
                  {
                    url: v.base,
                    connections: CONNECTIONS,
                    duration: SECONDS,
                    headers: f.signedIn ? { cookie: v.cookie } : {},
                    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: pick() }) }],
                  },
                  (err, res) => (err ? reject(err) : resolve(res)),
                ),
              ).then((res) =>
                console.log(
                  `[${rate}/s] ${v.name} ${f.key}-${skew}: ${res.requests.average} req/s`,
                  JSON.stringify(v.last),
                ),
              );
            }),
          );
        }
      for (const t of timers) clearInterval(t);
      result.loadavg.push(loadavg());
    }
    result.variants = Object.fromEntries(variants.map((v) => [v.name, { vars: v.vars, peak: v.peak, end: v.last }]));
    for (const v of variants)
      result.variants[v.name].smapsRollup = await readFile(`/proc/${v.server.pid}/smaps_rollup`, "utf8").catch(
        () => "",
      );
  } finally {
    for (const v of variants) {
      clearInterval(v.timer);
      v.server.kill("SIGTERM");
    }
  }
  const out = process.env.MEM_OUT ?? join(ROOT, "docs/bench-memory.json");
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
  for (const [name, v] of Object.entries(result.variants))
    console.log(name, "piek", Math.round(v.peak.proc.rss / 1048576), "MB", JSON.stringify(v.peak));
  console.log("load", JSON.stringify(result.loadavg));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
