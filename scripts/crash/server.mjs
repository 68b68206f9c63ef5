// The real app over real HTTP: start `next start`, kill it with SIGKILL, sign in through
// next-auth's credentials endpoint and call server actions the way Next's browser client does.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** Refuses to run without a production build, then creates the run's own database; returns the admin client. */
export async function createRunDatabase(root, server, dbName) {
  if (!existsSync(join(root, ".next/BUILD_ID")))
    throw new Error("Geen productiebuild gevonden: voer eerst `npx next build` uit.");
  const admin = new pg.Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  return admin;
}

/** The demo data with the concept GR opened for zienswijzen, through the CLI: where the crash and upload runs start. */
export function prepareZienswijzeDemo(root, env) {
  const mustCli = (...args) => {
    const r = spawnSync(process.execPath, ["bin/gr-volg.mjs", ...args], { cwd: root, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`gr-volg ${args.join(" ")} mislukte (${r.status}):\n${r.stdout}${r.stderr}`);
  };
  mustCli("db", "migrate");
  mustCli("db", "seed");
  const steps = [
    ["concept_opgesteld", "2026-02-01"],
    ["bosd_akkoord", "2026-04-15"],
    ["zienswijzeprocedure_geopend", "2026-05-01"],
  ];
  for (const [stap, datum] of steps)
    mustCli(
      "procedure",
      "stap",
      "--regeling",
      "gr-sociaal-domein-flevoland",
      "--document",
      "concept-gr",
      "--stap",
      stap,
      "--datum",
      datum,
    );
}

export function startServer({ root, port, env, log }) {
  // Own process group, so SIGKILL hits the server and anything it spawned, like a power cut.
  const child = spawn(
    process.execPath,
    [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  child.stdout.on("data", (d) => log?.(String(d)));
  child.stderr.on("data", (d) => log?.(String(d)));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited };
}

export async function waitReady(base, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`De server op ${base} kwam niet binnen ${timeoutMs / 1000} s op.`);
}

export async function killHard(server) {
  try {
    process.kill(-server.child.pid, "SIGKILL");
  } catch {}
  return server.exited;
}

export async function stopGracefully(server) {
  try {
    process.kill(-server.child.pid, "SIGTERM");
  } catch {}
  const timer = setTimeout(() => killHard(server), 10_000);
  await server.exited;
  clearTimeout(timer);
}

/** next-auth credentials sign-in (also used by scripts/bench/run.mjs); returns the Cookie header. */
/**
 * A real next-auth sign-in (csrf token, then the credentials callback); returns the cookie header.
 * `source`: the client address to send as X-Forwarded-For (the server counts it only with
 * TRUST_PROXY=1): without it every sign-in of one account shares one throttle bucket, and more than
 * three of them in flight at once are refused by the back-off (lib/services/login-throttle.ts
 * reserves each attempt as a failure until its password checks out). A refusal throws with the
 * server's Dutch message (next-auth answers 401 with the message in the `error` of its URL).
 */
export async function signIn(base, email, password, { source } = {}) {
  const jar = new Map();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [kv] = c.split(";");
      const i = kv.indexOf("=");
      jar.set(kv.slice(0, i), kv.slice(i + 1));
    }
  };
  const from = source ? { "x-forwarded-for": source } : {};
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers: from });
  keep(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), ...from },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.endsWith("session-token"))) {
    const body = await res.text().catch(() => "");
    let reason = body.slice(0, 200);
    try {
      reason = new URL(JSON.parse(body).url, base).searchParams.get("error") ?? reason;
    } catch {}
    throw new Error(`Inloggen als ${email} mislukt (status ${res.status}): ${reason}`);
  }
  await res.body?.cancel().catch(() => {});
  return cookie();
}

/** Server action ids by file and export name, from the build's server-reference manifest. */
export function actionIds(root, file) {
  const manifest = JSON.parse(readFileSync(join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node ?? {}))
    if (entry.filename === file) ids[entry.exportedName] = id;
  return ids;
}

/**
 * Calls a server action whose one argument is a FormData, encoded as React's encodeReply does:
 * the FormData's entries under the prefix "_1_", and the argument list as part "0" = ["$K1"].
 * Returns the action's result object, parsed from the RSC response.
 */
export async function callFormAction(base, { path, actionId, cookie, fields, file }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  if (file) body.append("_1_bestand", new Blob([file.bytes], { type: "application/pdf" }), file.name);
  body.append("0", JSON.stringify(["$K1"]));
  const res = await fetch(base + path, {
    method: "POST",
    headers: { accept: "text/x-component", "next-action": actionId, cookie, origin: base },
    body,
  });
  const text = await res.text();
  if (!res.ok) return { ok: false, http: res.status, message: text.slice(0, 200) };
  // RSC rows "<id>:<json>"; the action's return value is the row holding an object with "ok".
  for (const line of text.split("\n")) {
    const i = line.indexOf(":");
    if (i < 0) continue;
    try {
      const value = JSON.parse(line.slice(i + 1));
      if (value && typeof value === "object" && "ok" in value) return value;
    } catch {}
  }
  return { ok: false, http: res.status, message: `Onverwacht antwoord: ${text.slice(0, 200)}` };
}

/** Small deterministic generator (mulberry32): a failing crash run can be repeated with CRASH_SEED, a bench run requests the same sequence. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
