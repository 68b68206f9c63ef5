#!/usr/bin/env node
// Crash-safety test: the built app on a throwaway PostgreSQL database takes a burst of concurrent
// state transitions from six griffiers (real server actions over HTTP) and is killed with
// SIGKILL in the middle of it, several rounds. After every restart the database must be
// consistent: the audit hash chain verifies, every change of state has its audit event (and the
// other way round), nothing is half-written, and every step the server confirmed is still there.
// Uploads (the raadsbesluit PDFs of vaststellen and corrections) must be in the database with their
// besluit: no file row without content, no besluit without its file, nothing left in STORAGE_DIR.
// Usage: npm run crash-test   (after `next build`; CRASH_ROUNDS, CRASH_SEED, CRASH_PG_URL, CRASH_PORT)
import pg from "pg";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  actionIds,
  createRunDatabase,
  killHard,
  prepareZienswijzeDemo,
  random,
  signIn,
  startServer,
  stopGracefully,
  waitReady,
} from "./server.mjs";
import { runWorker } from "./workload.mjs";
import { checkConsistency, damageIsDetected } from "./checks.mjs";

const ROOT = join(import.meta.dirname, "../..");
const SERVER = process.env.CRASH_PG_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432";
const DB_NAME = `gr_volg_crash_${Date.now()}_${process.pid}`;
const DB = `${SERVER}/${DB_NAME}`;
const PORT = Number(process.env.CRASH_PORT ?? 3460);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 5);
// Extra rounds in which every raad that can uploads (vaststellen, corrections with a new PDF), so
// kills land between the upload and its commit even when the machine is slow.
const UPLOAD_ROUNDS = Number(process.env.CRASH_UPLOAD_ROUNDS ?? 3);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
const PASSWORD = "demo-wachtwoord-2026";
const STORAGE = mkdtempSync(join(tmpdir(), "gr-volg-crash-"));
const env = {
  ...process.env,
  DATABASE_URL: DB,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "crash-secret-0123456789abcdef0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  STORAGE_DIR: STORAGE,
  REMINDERS_INTERVAL_MINUTES: "0",
};

function cli(...args) {
  const r = spawnSync(process.execPath, ["bin/gr-volg.mjs", ...args], { cwd: ROOT, env, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}`.trim() };
}

async function main() {
  const admin = await createRunDatabase(ROOT, SERVER, DB_NAME);
  const pool = new pg.Pool({ connectionString: DB, max: 8 });
  // Dropping the database at the end closes idle connections from the server side: not an error here.
  pool.on("error", () => {});
  const rnd = random(SEED);
  const started = Date.now();
  const totals = {};
  const rounds = [];
  let failed = false;
  /** Every server process this run started, so that a throw never leaves one behind. */
  const live = new Set();
  try {
    prepareZienswijzeDemo(ROOT, env);
    const {
      rows: [proc],
    } = await pool.query(
      `SELECT p.id FROM "Procedure" p JOIN "Document" d ON d.id = p."documentId" WHERE d.slug = 'concept-gr'`,
    );
    const participants = (
      await pool.query(
        `SELECT pa.id, g.slug FROM "Participant" pa JOIN "Gemeente" g ON g.id = pa."gemeenteId" JOIN "Procedure" p ON p."regelingId" = pa."regelingId" WHERE p.id = $1 ORDER BY g.slug`,
        [proc.id],
      )
    ).rows;
    const ids = actionIds(ROOT, "app/(werk)/griffie/actions.ts");
    for (const a of ["ontvangstAction", "agenderingAction", "conceptAction", "vaststellenAction", "correctieAction"]) {
      if (!ids[a])
        throw new Error(
          `Server action ${a} niet gevonden in .next/server/server-reference-manifest.json (bouw opnieuw).`,
        );
    }

    for (let round = 1; round <= ROUNDS + UPLOAD_ROUNDS; round++) {
      const uploadsOnly = round > ROUNDS;
      const server = startServer({ root: ROOT, port: PORT, env });
      live.add(server);
      await waitReady(BASE);
      const cookies = await Promise.all(
        participants.map((p) => signIn(BASE, `griffier.${p.slug}@demo.gr-volg.nl`, PASSWORD)),
      );
      const stats = {};
      const stop = new AbortController();
      // Vaststellen (with a PDF, besluit and moties) only after the first round, so every round has repeatable steps left.
      const workers = participants.map((p, i) =>
        runWorker({
          base: BASE,
          pool,
          ids,
          cookie: cookies[i],
          ctx: { procedureId: proc.id, participantId: p.id, slug: p.slug },
          rnd,
          allowVaststellen: round > 1,
          uploadsOnly,
          stats,
          signal: stop.signal,
        }),
      );
      const killAfter = 1500 + Math.floor(rnd() * 2500);
      await new Promise((r) => setTimeout(r, killAfter));
      const exit = await killHard(server);
      stop.abort();
      await Promise.all(workers);
      for (const [kind, s] of Object.entries(stats)) {
        totals[kind] ??= { attempted: 0, committed: 0, refused: 0, lost: 0, refusals: {} };
        const t = totals[kind];
        for (const k of ["attempted", "committed", "refused", "lost"]) t[k] += s[k];
        for (const [m, n] of Object.entries(s.refusals)) t.refusals[m] = (t.refusals[m] ?? 0) + n;
      }

      // Restart on the same database, prove it serves a signed-in griffier again, then check.
      const again = startServer({ root: ROOT, port: PORT, env });
      live.add(again);
      let restarted = true;
      try {
        await waitReady(BASE);
        const cookie = await signIn(BASE, `griffier.${participants[0].slug}@demo.gr-volg.nl`, PASSWORD);
        const page = await fetch(`${BASE}/griffie/procedures/${proc.id}`, { headers: { cookie } });
        restarted = page.ok;
      } catch {
        restarted = false;
      }
      await stopGracefully(again);
      const verify = cli("audit", "verify");
      const { problems, figures } = await checkConsistency(pool, { storageDir: STORAGE, acked: totals });
      if (!restarted) problems.push("De server kwam na de crash niet goed terug.");
      if (verify.status !== 0) problems.push(`gr-volg audit verify: ${verify.out}`);
      const serverErrors = Object.values(stats).reduce(
        (n, s) =>
          n +
          Object.entries(s.refusals)
            .filter(([k]) => /^HTTP 5/.test(k))
            .reduce((m, [, c]) => m + c, 0),
        0,
      );
      if (serverErrors) problems.push(`${serverErrors} antwoorden met een serverfout (5xx) tijdens de burst.`);
      const attempted = Object.values(stats).reduce((n, s) => n + s.attempted, 0);
      const committed = Object.values(stats).reduce((n, s) => n + s.committed, 0);
      const lost = Object.values(stats).reduce((n, s) => n + s.lost, 0);
      rounds.push({
        round,
        killAfterMs: killAfter,
        killedBy: exit.signal,
        attempted,
        committed,
        inFlightAtKill: lost,
        auditVerify: verify.out.split("\n")[0],
        figures,
        problems,
      });
      console.log(
        `Ronde ${round}${uploadsOnly ? " (uploads)" : ""}: kill -9 na ${killAfter} ms (${exit.signal}); ${attempted} pogingen, ${committed} bevestigd, ${lost} onderweg bij de crash; ` +
          `${figures.events} audit-events; ${problems.length ? `${problems.length} PROBLEMEN` : "consistent"}`,
      );
      for (const p of problems) console.log(`  - ${p}`);
      if (problems.length) failed = true;
    }
    // The checks must be able to fail: damage the final state (rolled back) and expect it reported.
    const missed = await damageIsDetected(pool, { storageDir: STORAGE, acked: totals });
    if (missed.length) {
      failed = true;
      console.log(`De controles zelf missen schade: ${missed.join(", ")}`);
    } else
      console.log(
        "Zelfcontrole: opzettelijk aangebrachte schade (spoor, procedure, moties, punten, bestanden) wordt gevonden.",
      );
  } finally {
    // A workload that throws must not leave a server holding the port for the next run.
    for (const server of live) {
      if (server.exitCode !== null || server.signalCode !== null) continue;
      try {
        process.kill(-server.pid, "SIGKILL"); // its own process group (detached), like killHard
      } catch {
        // already gone
      }
    }
    await pool.end();
    if (process.env.CRASH_KEEP_DB !== "1") await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.end();
    rmSync(STORAGE, { recursive: true, force: true });
  }

  const sum = (k) => Object.values(totals).reduce((n, s) => n + s[k], 0);
  const summary = {
    seed: SEED,
    rounds: rounds.length,
    crashesSurvived: rounds.filter((r) => r.problems.length === 0).length,
    seconds: Math.round((Date.now() - started) / 1000),
    transitions: {
      attempted: sum("attempted"),
      committed: sum("committed"),
      refused: sum("refused"),
      inFlightAtKill: sum("lost"),
    },
    // Requests cut off by the kill whose transaction had committed anyway (the client never heard).
    committedWithoutAnswer: Object.entries(rounds.at(-1)?.figures.durable ?? {}).reduce(
      (n, [k, v]) => n + v - (totals[k]?.committed ?? 0),
      0,
    ),
    perStep: totals,
    last: rounds.at(-1)?.figures,
    consistent: !failed,
  };
  const uploads = ["vaststellen", "correctie"].reduce((n, k) => n + (totals[k]?.attempted ?? 0), 0);
  summary.uploads = {
    attempted: uploads,
    storedFiles: rounds.at(-1)?.figures.files ?? 0,
    filesOnDisk: rounds.at(-1)?.figures.orphanBytes ?? 0,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (!uploads)
    console.log("Let op: in deze run is geen upload geprobeerd (te trage burst); draai met meer CRASH_ROUNDS.");
  console.log(
    failed
      ? "CRASHTEST MISLUKT: de database is niet consistent na een crash."
      : `Crashtest geslaagd: ${summary.crashesSurvived} van ${ROUNDS + UPLOAD_ROUNDS} crashes zonder inconsistentie.`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
