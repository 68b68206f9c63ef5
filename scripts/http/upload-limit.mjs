#!/usr/bin/env node
// Uploads over real HTTP against the production build (`next start`, own port, throwaway
// PostgreSQL database): a raadsbesluit PDF of exactly UPLOAD_MAX_BYTES, one byte more and 12 MB
// must get the form's Dutch "te groot" message (never a 5xx); a body above the transport limit a
// Dutch 413; one byte under the limit is stored, and then downloads (anonymously, it is
// vastgesteld) with the same sha256 and the safe headers, linked from the griffie page as "PDF openen".
// Usage: node scripts/http/upload-limit.mjs  (after `next build`; UPLOAD_PG_URL, UPLOAD_PORT)
import pg from "pg";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import {
  actionIds,
  callFormAction,
  createRunDatabase,
  prepareZienswijzeDemo,
  signIn,
  startServer,
  stopGracefully,
  waitReady,
} from "../crash/server.mjs";

const ROOT = join(import.meta.dirname, "../..");
const SERVER = process.env.UPLOAD_PG_URL ?? process.env.CRASH_PG_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432";
const DB_NAME = `gr_volg_upload_${Date.now()}_${process.pid}`;
const DB = `${SERVER}/${DB_NAME}`;
const PORT = Number(process.env.UPLOAD_PORT ?? 3480);
const BASE = `http://127.0.0.1:${PORT}`;
const LIMIT = 10 * 1024 * 1024; // the default UPLOAD_MAX_BYTES (not set below)
const STORAGE = mkdtempSync(join(tmpdir(), "gr-volg-upload-"));
const env = {
  ...process.env,
  DATABASE_URL: DB,
  NEXTAUTH_URL: BASE,
  NEXTAUTH_SECRET: "upload-secret-0123456789abcdef0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  STORAGE_DIR: STORAGE,
  REMINDERS_INTERVAL_MINUTES: "0",
};
delete env.UPLOAD_MAX_BYTES;

const sha256 = (b) => createHash("sha256").update(b).digest("hex");

/** A valid PDF of exactly `size` bytes: a real document, padded with a PDF comment after %%EOF. */
async function pdfOfSize(size) {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  const base = await doc.save({ useObjectStreams: false });
  const pad = Buffer.alloc(size - base.length, 0x20);
  pad.write("\n%", 0, "latin1");
  return Buffer.concat([Buffer.from(base), pad]);
}

async function main() {
  const admin = await createRunDatabase(ROOT, SERVER, DB_NAME);
  const pool = new pg.Pool({ connectionString: DB, max: 2 });
  pool.on("error", () => {});
  const results = [];
  const problems = [];
  let server;
  const serverLog = [];
  try {
    prepareZienswijzeDemo(ROOT, env);
    const {
      rows: [ctx],
    } = await pool.query(`
      SELECT p.id AS "procedureId", pa.id AS "participantId"
        FROM "Procedure" p JOIN "Document" d ON d.id = p."documentId"
        JOIN "Participant" pa ON pa."regelingId" = p."regelingId" JOIN "Gemeente" g ON g.id = pa."gemeenteId"
       WHERE d.slug = 'concept-gr' AND g.slug = 'urk'`);
    const ids = actionIds(ROOT, "app/(werk)/griffie/actions.ts");
    server = startServer({ root: ROOT, port: PORT, env, log: (s) => serverLog.push(s) });
    await waitReady(BASE);
    const cookie = await signIn(BASE, "griffier.urk@demo.gr-volg.nl", "demo-wachtwoord-2026");
    const path = `/griffie/procedures/${ctx.procedureId}`;
    const state = async () =>
      (
        await pool.query(
          // The forms send back the own raad track's version (issue 13: versions per track).
          `SELECT t.version AS pv, z.id AS zid, z.version AS zv FROM "Procedure" p
         JOIN "Track" t ON t."procedureId" = p.id AND t."participantId" = $2 AND t.kind = 'RAAD'
         LEFT JOIN "Zienswijze" z ON z."procedureId" = p.id AND z."participantId" = $2 WHERE p.id = $1`,
          [ctx.procedureId, ctx.participantId],
        )
      ).rows[0];
    const act = async (action, fields, file) =>
      callFormAction(BASE, { path, actionId: ids[action], cookie, fields: { invoer: JSON.stringify(fields) }, file });
    const must = (r, what) => {
      if (!r.ok) throw new Error(`${what} mislukte: ${JSON.stringify(r)}`);
    };
    const { procedureId, participantId } = ctx;
    must(
      await act("ontvangstAction", {
        procedureId,
        participantId,
        expectedVersion: String((await state()).pv),
        stap: "ontwerp",
        ontvangenOp: "2026-05-04",
      }),
      "ontvangst",
    );
    must(
      await act("agenderingAction", {
        procedureId,
        participantId,
        expectedVersion: String((await state()).pv),
        stap: "zienswijze",
        commissieDatum: "",
        raadDatum: "2026-06-25",
      }),
      "agendering",
    );
    must(
      await act("conceptAction", {
        procedureId,
        participantId,
        zienswijzeId: "",
        conceptVersion: "",
        points: [{ onderwerp: "Punt", articleId: "", tekst: "Tekst." }],
      }),
      "concept",
    );
    const vaststellen = async (bytes) => {
      const s = await state();
      return act(
        "vaststellenAction",
        {
          zienswijzeId: s.zid,
          expectedVersion: String(s.pv),
          conceptVersion: String(s.zv),
          besluitdatum: "2026-06-25",
          besluitnummer: "2026-042",
          stemmenVoor: "11",
          stemmenTegen: "4",
          zittingHebbendeLeden: "",
          aanwezig: "",
          moties: [],
        },
        { name: "Raadsbesluit zienswijze – Urk.pdf", bytes },
      );
    };

    // Refused in the form: exactly the limit, one byte more, 12 MB.
    for (const [label, size] of [
      ["precies de limiet", LIMIT],
      ["limiet + 1", LIMIT + 1],
      ["12 MB", 12 * 1024 * 1024],
    ]) {
      const t0 = Date.now();
      const r = await vaststellen(await pdfOfSize(size));
      const ok = !r.ok && !r.http && /te groot/.test(r.message ?? "");
      results.push({
        upload: label,
        bytes: size,
        answer: r.http ? `HTTP ${r.http}` : "HTTP 200 (actieresultaat)",
        message: r.message ?? r.fieldErrors?.bestand,
        ms: Date.now() - t0,
      });
      if (!ok)
        problems.push(
          `${label}: verwacht de melding "te groot" in het formulier, kreeg ${JSON.stringify(r).slice(0, 200)}`,
        );
    }
    // Above the transport limit: a Dutch 413 from proxy.ts, not a 500.
    {
      const size = 25 * 1024 * 1024;
      const t0 = Date.now();
      let r;
      try {
        r = await vaststellen(await pdfOfSize(size));
      } catch (e) {
        r = { ok: false, http: "verbinding verbroken", message: String(e.cause?.code ?? e.message) };
      }
      results.push({
        upload: "25 MB (boven de transportlimiet)",
        bytes: size,
        answer: `HTTP ${r.http}`,
        message: r.message,
        ms: Date.now() - t0,
      });
      if (r.http !== 413 || !/te groot/.test(r.message ?? ""))
        problems.push(`25 MB: verwacht HTTP 413 met "te groot", kreeg ${JSON.stringify(r).slice(0, 200)}`);
    }
    // One byte under the limit: stored, in the database, and downloadable.
    const good = await pdfOfSize(LIMIT - 1);
    const t0 = Date.now();
    const stored = await vaststellen(good);
    results.push({
      upload: "limiet − 1",
      bytes: LIMIT - 1,
      answer: stored.ok ? "opgeslagen" : JSON.stringify(stored).slice(0, 200),
      ms: Date.now() - t0,
    });
    if (!stored.ok) problems.push(`limiet − 1: verwacht opgeslagen, kreeg ${JSON.stringify(stored).slice(0, 200)}`);
    else {
      const {
        rows: [f],
      } = await pool.query(
        `SELECT f.id, f.sha256 FROM "StoredFile" f JOIN "Besluit" b ON b."fileId" = f.id WHERE b."participantId" = $1`,
        [participantId],
      );
      const res = await fetch(`${BASE}/bestanden/${f.id}`); // anonymous: vastgesteld is public
      const body = Buffer.from(await res.arrayBuffer());
      const h = (k) => res.headers.get(k);
      // contentLength: the handler sets it, but Next 16 drops it from every route-handler response
      // (FORBIDDEN_HEADERS in next/dist/server/send-response.js) and sends the body chunked.
      results.push({
        download: `/bestanden/${f.id}`,
        status: res.status,
        contentType: h("content-type"),
        contentLength: h("content-length"),
        disposition: h("content-disposition"),
        nosniff: h("x-content-type-options"),
        etag: h("etag"),
        sha256Equal: sha256(body) === sha256(good),
      });
      if (res.status !== 200 || sha256(body) !== sha256(good) || f.sha256 !== sha256(good))
        problems.push("De download geeft niet dezelfde bytes terug.");
      if (
        h("content-type") !== "application/pdf" ||
        h("x-content-type-options") !== "nosniff" ||
        !/filename\*=UTF-8''/.test(h("content-disposition") ?? "")
      )
        problems.push(`Downloadheaders onvolledig: ${JSON.stringify([...res.headers])}`);
      const page = await (await fetch(`${BASE}${path}`, { headers: { cookie } })).text();
      if (!page.includes(`href="/bestanden/${f.id}"`) || !page.includes("PDF openen"))
        problems.push('De griffiepagina linkt niet naar de pdf ("PDF openen").');
      const missing = await fetch(`${BASE}/bestanden/bestaat-niet`);
      results.push({ download: "/bestanden/bestaat-niet", status: missing.status });
      if (missing.status !== 404) problems.push(`Onbekend bestand: HTTP ${missing.status} in plaats van 404.`);
    }
    const onDisk = readdirSync(STORAGE, { recursive: true });
    if (onDisk.length) problems.push(`STORAGE_DIR is niet leeg: ${onDisk.join(", ")}`);
    if (serverLog.some((l) => /Error:|⨯/.test(l)))
      problems.push(
        `Fouten in het serverlog:\n${serverLog
          .filter((l) => /Error:|⨯/.test(l))
          .join("")
          .slice(0, 2000)}`,
      );
  } finally {
    if (server) await stopGracefully(server);
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
    await admin.end();
    rmSync(STORAGE, { recursive: true, force: true });
  }
  console.log(JSON.stringify(results, null, 2));
  for (const p of problems) console.log(`- ${p}`);
  console.log(
    problems.length
      ? "UPLOADTEST MISLUKT."
      : "Uploadtest geslaagd: te grote bestanden krijgen een Nederlandse melding, nooit een 5xx; de pdf komt ongeschonden terug.",
  );
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
