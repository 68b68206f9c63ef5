// The burst: one worker per griffier, each reading its raad track's state from the database and
// then asking the real server for the next step of that raad (through the real server actions).
// Workers share one procedure but each acts on its own raad track, whose version the forms send
// back (issue 13: versions per track), so they no longer lose races to each other; a refused
// conflict ("Iemand anders heeft deze procedure net gewijzigd") now only comes from a stale read.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { callFormAction } from "./server.mjs";

/**
 * A real raadsbesluit-like PDF of a few hundred kB (the service parses it and refuses active
 * content), so the kill often lands while the bytes are on their way into the transaction.
 */
async function makePdf() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 36; p++) {
    const page = doc.addPage([595, 842]);
    for (let y = 40; y < 800; y += 11)
      page.drawText(`Raadsbesluit crash-test, pagina ${p + 1}, regel ${y} — ${"x".repeat(60)}`, {
        x: 30,
        y,
        size: 8,
        font,
      });
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
export const PDF = { name: "raadsbesluit crash-test.pdf", bytes: await makePdf() };
export const MOTIES = [
  { soort: "MOTIE", titel: "Motie crash-test", indiener: "Fractie A", uitkomst: "AANGENOMEN" },
  { soort: "AMENDEMENT", titel: "Amendement crash-test", indiener: "Fractie B", uitkomst: "VERWORPEN" },
];

const besluit = (n) => ({
  besluitdatum: "2026-06-25",
  besluitnummer: `crash-${n}`,
  stemmenVoor: "20",
  stemmenTegen: "5",
  zittingHebbendeLeden: "",
  aanwezig: "",
  moties: MOTIES,
});

/** Reads what a griffier would see on the procedure page: versions, track status, draft, latest besluit. */
async function observe(pool, procedureId, participantId) {
  const {
    rows: [r],
  } = await pool.query(
    `SELECT t.version AS tv, t.status,
            z.id AS zid, z.version AS zv, z.status AS zstatus, z."besluitId" AS bid
       FROM "Procedure" p
       JOIN "Track" t ON t."procedureId" = p.id AND t."participantId" = $2 AND t.kind = 'RAAD'
       LEFT JOIN "Zienswijze" z ON z."procedureId" = p.id AND z."participantId" = $2
      WHERE p.id = $1`,
    [procedureId, participantId],
  );
  return r;
}

/** Chooses the next step for this raad; the repeatable ones keep the burst going for every round. */
function nextStep(s, rnd, allowVaststellen, uploadsOnly) {
  if (s.status === "nog_niet_ontvangen") return "ontvangst";
  if (s.status === "ontvangen" || s.status === "geagendeerd") {
    if (!s.zid) return "concept";
    if (uploadsOnly) return "vaststellen";
    const x = rnd();
    // Often enough that every run kills the server during uploads (the PDF goes in with the besluit).
    if (allowVaststellen && x < 0.3) return "vaststellen";
    return x < 0.55 ? "agendering" : "concept";
  }
  if (s.status === "zienswijze_vastgesteld" && s.bid) return "correctie";
  return null;
}

function request(kind, s, ctx, n, rnd, uploadsOnly) {
  const { procedureId, participantId } = ctx;
  switch (kind) {
    case "ontvangst":
      return {
        action: "ontvangstAction",
        fields: {
          procedureId,
          participantId,
          expectedVersion: String(s.tv),
          stap: "ontwerp",
          ontvangenOp: "2026-05-04",
        },
      };
    case "agendering": {
      const day = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
      return {
        action: "agenderingAction",
        fields: {
          procedureId,
          participantId,
          expectedVersion: String(s.tv),
          stap: "zienswijze",
          commissieDatum: "",
          raadDatum: `2026-06-${day}`,
        },
      };
    }
    case "concept": {
      const points = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, i) => ({
        onderwerp: `Punt ${i + 1} (${n})`,
        articleId: "",
        tekst: `Tekst van punt ${i + 1}, poging ${n}.`,
      }));
      return {
        action: "conceptAction",
        fields: {
          procedureId,
          participantId,
          zienswijzeId: s.zid ?? "",
          conceptVersion: s.zid ? String(s.zv) : "",
          points,
        },
      };
    }
    case "vaststellen":
      return {
        action: "vaststellenAction",
        fields: { zienswijzeId: s.zid, expectedVersion: String(s.tv), conceptVersion: String(s.zv), ...besluit(n) },
        file: PDF,
      };
    case "correctie":
      // Half of the corrections carry a corrected PDF (a new file in the correction's transaction).
      return {
        action: "correctieAction",
        fields: { besluitId: s.bid, reden: `Correctie ${n} (crash-test)`, ...besluit(n) },
        file: uploadsOnly || rnd() < 0.5 ? PDF : undefined,
      };
  }
}

/**
 * Runs until `signal` aborts or the server stops answering (it was killed). Every outcome is
 * counted per step: committed (the server said ok), refused (a Dutch refusal, e.g. a lost race)
 * or lost (no answer: the outcome is unknown until the database is checked).
 */
export async function runWorker({
  base,
  pool,
  ids,
  cookie,
  ctx,
  rnd,
  allowVaststellen,
  uploadsOnly = false,
  stats,
  signal,
}) {
  let n = 0;
  while (!signal.aborted) {
    const s = await observe(pool, ctx.procedureId, ctx.participantId);
    // A gemeente that is no party to the regeling (an addendum participant) has no raad track: nothing to do.
    if (!s) return;
    const kind = nextStep(s, rnd, allowVaststellen, uploadsOnly);
    if (!kind) return;
    const req = request(kind, s, ctx, `${ctx.slug}-${++n}`, rnd, uploadsOnly);
    stats[kind] ??= { attempted: 0, committed: 0, refused: 0, lost: 0, refusals: {} };
    const st = stats[kind];
    st.attempted++;
    let res;
    try {
      res = await callFormAction(base, {
        path: `/griffie/procedures/${ctx.procedureId}`,
        actionId: ids[req.action],
        cookie,
        fields: { invoer: JSON.stringify(req.fields) },
        file: req.file,
      });
    } catch {
      st.lost++;
      return; // connection refused or reset: the server is gone
    }
    if (res.ok) st.committed++;
    else {
      st.refused++;
      const key = res.http ? `HTTP ${res.http}` : res.message;
      st.refusals[key] = (st.refusals[key] ?? 0) + 1;
    }
  }
}
