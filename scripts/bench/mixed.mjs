// Mixed benchmark (issue 18, point 3): readers and writers at the same time, on two `next start`
// instances on one PostgreSQL. Readers go over all public gemeente and regeling pages, API list
// pages and ICS feeds (uniform and Zipf-skewed), and the signed-in secretariat's matrix; writers
// book real register entries (R15) through the application's own server action over HTTP — the
// same command runner as the forms, the API and the CLI — at 0, 1, 5 and 20 per second, with one
// sign-in per second alongside every write rate. Per phase and target: req/s and p95, against the
// static floor and the SQL floor (measured in the no-write phase of the same run) and against the
// same target in the no-write phase. Results: docs/bench-mixed-results.json.
import { actionIds, callFormAction, random, signIn } from "../crash/server.mjs";
import { pgCpu, pgDelta, serverCpu } from "./proc-cpu.mjs";

const WRITE_RATES = (process.env.BENCH_WRITE_RATES ?? "0,1,5,20").split(",").map(Number);
const SIGNINS_PER_S = Number(process.env.BENCH_SIGNINS ?? 1);
// Only these targets ("gemeente" for both skews, or "gemeente-uniform"); all when unset. For runs per cause.
const ONLY_TARGETS = process.env.BENCH_TARGETS?.split(",");
const ACCOUNT = { email: "secretariaat@schaal.gr-volg.nl", password: "demo-wachtwoord-2026" };
const MAX_IN_FLIGHT = 40;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 30_000);
// The address visitors use, as a load balancer in front of both instances passes it on: the HTML cache keys a
// page by host (the page builds absolute links from it), so without one name the instances could never share
// a rendered page through PostgreSQL (lib/public-cache/shared-cache.ts) the way they do in production. The
// instances are started with PUBLIC_URL on this host (run.mjs): only the public host's pages are shared.
export const PUBLIC_HOST = process.env.BENCH_PUBLIC_HOST ?? "gr-volg.bench.test";
const anonymousHeaders = { "x-forwarded-host": PUBLIC_HOST };

/** Picks from `items` uniformly, or Zipf-skewed (s = 1: the k-th item ∝ 1/k, in the items' order). */
export function picker(items, skew, seed = 2027) {
  const rnd = random(seed);
  if (skew === "uniform") return () => items[Math.floor(rnd() * items.length)];
  const cumulative = [];
  let sum = 0;
  for (let k = 1; k <= items.length; k++) {
    sum += 1 / k;
    cumulative.push(sum);
  }
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

/** A documentation address (RFC 5737) per sign-in: 198.51.100.1–250, then 203.0.113.1–250. */
export const benchSource = (n) => `${n % 500 < 250 ? "198.51.100" : "203.0.113"}.${(n % 250) + 1}`;

/**
 * Writers and sign-ins as open-loop timers (a slow response does not slow the offered rate, up to
 * MAX_IN_FLIGHT outstanding). Each write is `registerInschrijvingAction` over HTTP: the central
 * register entry of a random regeling, with a date that changes every time (a real update).
 */
function startTraffic({ bases, rate, signinsPerS, write, login }) {
  const stats = {
    writes: 0,
    writeErrors: 0,
    writeTimes: [],
    signIns: 0,
    signInErrors: 0,
    dropped: 0,
    firstError: null,
  };
  let inFlight = 0;
  let n = 0;
  const pending = new Set();
  let stopped = false;
  const fire = (fn, ok, bad, times) => {
    if (inFlight >= MAX_IN_FLIGHT) return void stats.dropped++;
    inFlight++;
    const t = performance.now();
    const base = bases[n++ % bases.length];
    const request = fn(base, n)
      .then((res) => {
        // Answered after the phase ended: counted apart, not in the phase's rate.
        if (stopped) stats[res === true || res?.ok ? `${ok}AfterPhase` : `${bad}AfterPhase`]++;
        else if (res === true || res?.ok) stats[ok]++;
        else {
          stats[bad]++;
          stats.firstError ??= JSON.stringify(res).slice(0, 300);
        }
      })
      .catch((e) => {
        stats[stopped ? `${bad}AfterPhase` : bad]++;
        stats.firstError ??= String(e).slice(0, 300);
      })
      .finally(() => {
        inFlight--;
        pending.delete(request);
        if (!stopped) times?.push(performance.now() - t);
      });
    pending.add(request);
  };
  const timers = [];
  if (rate > 0) timers.push(setInterval(() => fire(write, "writes", "writeErrors", stats.writeTimes), 1000 / rate));
  if (signinsPerS > 0) timers.push(setInterval(() => fire(login, "signIns", "signInErrors"), 1000 / signinsPerS));
  const started = performance.now();
  // Ends the phase, then waits (at most SETTLE_MS) for what is still outstanding, so a request that
  // never answers shows as `unanswered` instead of vanishing with the phase.
  return async () => {
    for (const t of timers) clearInterval(t);
    const seconds = (performance.now() - started) / 1000;
    stopped = true;
    stats.outstandingAtEnd = pending.size;
    Object.assign(stats, {
      writesAfterPhase: 0,
      writeErrorsAfterPhase: 0,
      signInsAfterPhase: 0,
      signInErrorsAfterPhase: 0,
    });
    await Promise.race([Promise.allSettled([...pending]), new Promise((r) => setTimeout(r, SETTLE_MS))]);
    stats.unanswered = pending.size;
    const sorted = stats.writeTimes.sort((a, b) => a - b);
    const { writeTimes: _, ...rest } = stats;
    return {
      ...rest,
      seconds,
      writesPerS: stats.writes / seconds,
      writeP95: sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] : null,
    };
  };
}

/**
 * @param ctx.bases the two instances' base URLs; ctx.load(urls, {headers, paths}) the dual load;
 * ctx.sqlFloor(statements); ctx.db a pg client; ctx.sql the floors' statements; ctx.root.
 */
export async function mixedScenario(ctx) {
  const { db, bases, load, sqlFloor, staticFloor, sql, root, rssOf } = ctx;
  const gemeenten = (await db.query(`SELECT slug FROM "Gemeente" ORDER BY slug`)).rows.map((r) => r.slug);
  const regelingen = (
    await db.query(`SELECT r.slug, r.id, (SELECT p.id FROM "Procedure" p WHERE p."regelingId" = r.id ORDER BY p."createdAt", p.id LIMIT 1) AS proc
      FROM "Regeling" r ORDER BY r.slug`)
  ).rows;
  const regelingSlugs = regelingen.map((r) => r.slug);
  const count = async (table) => (await db.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
  const pages = (n) => Array.from({ length: Math.max(1, Math.ceil(n / 50)) }, (_, i) => i + 1);
  const apiPaths = [
    ...pages(await count("Regeling")).map((p) => `/api/v1/regelingen?pageSize=50&page=${p}`),
    ...pages(await count("Gemeente")).map((p) => `/api/v1/gemeenten?pageSize=50&page=${p}`),
    ...pages(Math.min(await count("Besluit"), 50 * 200)).map((p) => `/api/v1/besluiten?pageSize=50&page=${p}`),
  ];
  const icsPaths = [
    ...gemeenten.map((s) => `/ics/gemeenten/${s}.ics`),
    ...regelingSlugs.map((s) => `/ics/regelingen/${s}.ics`),
  ];
  const cookies = await Promise.all(bases.map((b) => signIn(b, ACCOUNT.email, ACCOUNT.password)));
  const families = [
    {
      key: "gemeente",
      name: "Tijdlijn gemeente (openbaar)",
      paths: gemeenten.map((s) => `/gemeenten/${s}`),
      kind: "public",
    },
    {
      key: "regeling",
      name: "Regeling (openbaar)",
      paths: regelingSlugs.map((s) => `/regelingen/${s}`),
      kind: "public",
    },
    { key: "api", name: "API-lijsten", paths: apiPaths, kind: "api", sql: sql.api },
    { key: "ics", name: "ICS-feeds", paths: icsPaths, kind: "ics", sql: sql.ics },
    // The begroting cycles of every regeling (the scale dataset's `--jaren`); an API resource: p95 ≤ 2 × SQL floor.
    {
      key: "begroting",
      name: "API begrotingscycli",
      paths: regelingSlugs.map((s) => `/api/v1/regelingen/${s}/begrotingscycli`),
      kind: "api",
      sql: sql.begroting,
    },
    {
      key: "matrix",
      name: "Consensusmatrix (secretariaat)",
      paths: regelingSlugs.map((s) => `/secretariaat?regeling=${s}`),
      kind: "matrix",
      sql: sql.matrix,
      signedIn: true,
    },
  ];
  const targets = families
    .flatMap((f) =>
      ["uniform", "zipf"].map((skew) => ({ ...f, skew, id: `${f.key}-${skew}`, name: `${f.name}, ${skew}` })),
    )
    .filter((t) => !ONLY_TARGETS || ONLY_TARGETS.includes(t.key) || ONLY_TARGETS.includes(t.id));

  // Warm-up: the first request of a route on a fresh `next start` loads its code (measured: 19 s
  // for a gemeente page at load 35, then 0.13 s), so every family is requested once on every
  // instance before anything is measured. The page's size picks its static floor.
  const probeSizes = new Map();
  for (const t of targets)
    for (const [i, base] of bases.entries()) {
      const res = await fetch(base + t.paths[0], { headers: t.signedIn ? { cookie: cookies[i] } : anonymousHeaders });
      probeSizes.set(t.id, (await res.arrayBuffer()).byteLength);
    }
  // Every page warmed on every instance (issue 18: "no writes, every page warmed"): without it the
  // no-write phase measures first views — renders — and each later phase finds more pages the earlier
  // ones rendered (wave 10's quiet run: throughput rose with the write rate). BENCH_WARM=0 skips it.
  if (process.env.BENCH_WARM !== "0") {
    const started = Date.now();
    let requests = 0;
    for (const f of families.filter((x) => targets.some((t) => t.key === x.key)))
      for (const [i, base] of bases.entries()) {
        const queue = [...f.paths];
        const worker = async () => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            const res = await fetch(base + path, { headers: f.signedIn ? { cookie: cookies[i] } : anonymousHeaders });
            await res.arrayBuffer();
            requests++;
          }
        };
        await Promise.all(Array.from({ length: 4 }, worker));
      }
    console.log(`Opgewarmd: ${requests} verzoeken in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  // Floors, measured once in this run before the phases (the machine's state as close as possible).
  const floors = { static: {}, sql: {} };
  const staticBySize = new Map();
  for (const t of targets) {
    const floor = await staticFloor(probeSizes.get(t.id), staticBySize);
    floors.static[t.id] = floor;
    if (t.sql && !floors.sql[t.key]) floors.sql[t.key] = await sqlFloor(t.sql);
  }

  const writeActionId = actionIds(
    root,
    "app/(werk)/secretariaat/procedures/[id]/actions.ts",
  ).registerInschrijvingAction;
  if (!writeActionId) throw new Error("registerInschrijvingAction niet gevonden in de server-reference-manifest");
  const pickWrite = picker(
    regelingen.filter((r) => r.proc),
    "uniform",
    7,
  );
  const today = Date.now();
  const write = (base, n) => {
    const r = pickWrite();
    const day = new Date(today - (n % 3000) * 86_400_000).toISOString().slice(0, 10);
    return callFormAction(base, {
      path: `/secretariaat/procedures/${r.proc}`,
      actionId: writeActionId,
      cookie: cookies[bases.indexOf(base)],
      fields: { invoer: JSON.stringify({ regelingId: r.id, register: "centraal", ingeschrevenOp: day }) },
    });
  };
  // Sign-ins as people in different places: each from its own address (the servers run with
  // TRUST_PROXY=1). From one address, four sign-ins of one account in flight at once (1/s, seconds
  // each under load) trip the per-(account, address) back-off, which is the throttle doing its job,
  // not a measurement of sign-in cost.
  const login = (base, n) => signIn(base, ACCOUNT.email, ACCOUNT.password, { source: benchSource(n) }).then(() => true);

  const phases = [];
  const os = await import("node:os");
  for (const rate of WRITE_RATES) {
    const stop = startTraffic({ bases, rate, signinsPerS: rate > 0 ? SIGNINS_PER_S : 0, write, login });
    const results = [];
    const loadavg = [os.loadavg()[0]];
    let phaseRss = [0, 0];
    for (const t of targets) {
      const pick = picker(t.paths, t.skew);
      const rssTimer = setInterval(
        () =>
          void Promise.all(ctx.pids.map(rssOf)).then((rss) => {
            phaseRss = phaseRss.map((m, i) => Math.max(m, rss[i]));
          }),
        250,
      );
      // Who used the CPU while this target was measured: each instance (its process tree), PostgreSQL's
      // backends of this database, and this process (the readers' and writers' client). ms per second.
      const cpu0 = {
        servers: ctx.pids.map(serverCpu),
        pg: await pgCpu(db),
        bench: process.cpuUsage(),
        at: performance.now(),
      };
      const page = await load(bases, {
        pick,
        headersFor: (i) => (t.signedIn ? { cookie: cookies[i] } : anonymousHeaders),
      });
      clearInterval(rssTimer);
      const secs = (performance.now() - cpu0.at) / 1000;
      const benchUs = process.cpuUsage(cpu0.bench);
      const cpuMsPerS = {
        servers: ctx.pids.map((pid, i) => Math.round((serverCpu(pid) - cpu0.servers[i]) / secs)),
        postgres: Math.round(pgDelta(cpu0.pg, await pgCpu(db)) / secs),
        bench: Math.round((benchUs.user + benchUs.system) / 1000 / secs),
      };
      loadavg.push(os.loadavg()[0]);
      results.push({
        id: t.id,
        name: t.name,
        kind: t.kind,
        skew: t.skew,
        paths: t.paths.length,
        bytes: probeSizes.get(t.id),
        page,
        cpuMsPerS,
      });
      console.log(
        `[${rate}/s] ${t.name}: ${page.rps.toFixed(1)} req/s, p95 ${page.p95} ms, non-2xx ${page.non2xx}, CPU ms/s ${JSON.stringify(cpuMsPerS)}`,
      );
    }
    const traffic = await stop();
    console.log(`[${rate}/s] schrijvers: ${JSON.stringify(traffic)}`);
    phases.push({
      writesPerSOffered: rate,
      signInsPerSOffered: rate > 0 ? SIGNINS_PER_S : 0,
      traffic,
      loadavg,
      peakRssBytes: phaseRss,
      results,
    });
  }

  // Ratios: to the static floor of the same size, to the SQL floor, and to the no-write phase.
  const noWrite = phases.find((p) => p.writesPerSOffered === 0);
  for (const phase of phases)
    for (const r of phase.results) {
      const t = targets.find((x) => x.id === r.id);
      const base = noWrite?.results.find((x) => x.id === r.id);
      r.rpsVsStatic = r.page.rps / floors.static[r.id].rps;
      // No ratio against a phase that completed nothing (0 req/s is no baseline).
      r.rpsVsNoWrite = base?.page.rps > 0 ? r.page.rps / base.page.rps : null;
      r.p95VsNoWrite = base?.page.requests > 0 ? r.page.p95 / base.page.p95 : null;
      r.p95VsSql = t.sql ? r.page.p95 / floors.sql[t.key].p95 : null;
    }
  return { floors, phases, budgets: budgets(phases) };
}

/** Issue 18, point 4: the budgets at 5 registrations/s and 1 sign-in/s. */
function budgets(phases) {
  // A budget whose ratio could not be measured (nothing completed) is "niet gemeten", never met.
  const row = (budget, value, ok) => ({ budget, value, met: value == null || Number.isNaN(value) ? null : ok(value) });
  const at5 = phases.find((p) => p.writesPerSOffered === 5);
  if (!at5) return null;
  const rows = [];
  for (const r of at5.results) {
    if (r.kind === "public") {
      rows.push(row(`${r.name}: req/s ≥ 0.5 × statisch`, r.rpsVsStatic, (v) => v >= 0.5));
      rows.push(row(`${r.name}: req/s ≥ 0.5 × zonder schrijvers`, r.rpsVsNoWrite, (v) => v >= 0.5));
    } else {
      const limit = r.kind === "matrix" ? 3 : 2;
      rows.push(row(`${r.name}: p95 ≤ ${limit} × SQL-vloer`, r.p95VsSql, (v) => v <= limit));
    }
  }
  const rss = Math.max(...at5.peakRssBytes);
  rows.push(row("piek-RSS per instantie ≤ 512 MB", rss / 2 ** 20, (v) => v <= 512));
  return rows;
}

/** The docs/performance.md table of a mixed run: one row per phase and target. */
export function markdownTable({ phases, floors }) {
  const f = (x, d = 2) => (x == null || Number.isNaN(x) ? "–" : x.toFixed(d));
  const lines = [
    "| schrijvers/s (gehaald) | target | req/s | p95 ms | ÷ statisch | ÷ zonder schrijvers (req/s) | p95 ÷ SQL-vloer | load |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const p of phases)
    p.results.forEach((r, i) => {
      const rate = `${p.writesPerSOffered} (${f(p.traffic.writesPerS, 1)})`;
      lines.push(
        `| ${rate} | ${r.name} | ${f(r.page.rps, 1)} | ${f(r.page.p95, 0)} | ${f(r.rpsVsStatic)} | ${f(r.rpsVsNoWrite)} | ${f(r.p95VsSql)} | ${f(p.loadavg[i + 1], 1)} |`,
      );
    });
  const floorRows = Object.entries(floors.sql).map(([k, v]) => `${k} p95 ${f(v.p95, 1)} ms`);
  lines.push("", `SQL-vloeren (geen schrijvers): ${floorRows.join(", ")}.`);
  return lines.join("\n");
}
