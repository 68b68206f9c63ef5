// Consistency after a crash: every change of state has its audit event and vice versa, and
// nothing that one transaction writes together exists half. Reads the database directly.
import { readdirSync, existsSync, rmSync, writeFileSync } from "node:fs";

/** Returns a list of Dutch problem descriptions (empty = consistent) plus figures. */
export async function checkConsistency(pool, { storageDir, acked }) {
  const problems = [];
  const q = async (sql, params = []) => (await pool.query(sql, params)).rows;
  const events = await q(
    `SELECT id, type, "subjectKind", "subjectId", "toState", payload, at FROM "AuditEvent" ORDER BY id`,
  );
  const bySubject = new Map();
  for (const e of events) {
    if (!bySubject.has(e.subjectId)) bySubject.set(e.subjectId, []);
    bySubject.get(e.subjectId).push(e);
  }

  // 1. Tracks: one event per change of a track (version), and the state is the last event's.
  const tracks = await q(`SELECT id, "procedureId", version, status, data FROM "Track"`);
  for (const t of tracks) {
    const subjectId = t.data.id;
    const evs = bySubject.get(subjectId) ?? [];
    if (evs.length !== t.version)
      problems.push(`Spoor ${subjectId}: versie ${t.version} maar ${evs.length} audit-events.`);
    if (evs.length && evs.at(-1).toState !== t.status)
      problems.push(`Spoor ${subjectId}: stand ${t.status} maar het laatste audit-event zegt ${evs.at(-1).toState}.`);
    if (t.data.status !== t.status)
      problems.push(
        `Spoor ${subjectId}: kolom status ${t.status} wijkt af van de opgeslagen toestand ${t.data.status}.`,
      );
  }

  // 2. Procedures: the (regional) version counts the committed regional steps — track commands
  //    bump only their own track (issue 13) — and a command's events share its timestamp.
  const procedures = await q(
    `SELECT id, version FROM "Procedure" WHERE kind IN ('GR_TREFFEN','GR_WIJZIGEN','GR_OPHEFFEN')`,
  );
  for (const p of procedures) {
    const evs = events.filter((e) => e.subjectId === p.id && e.type !== "procedure_aangemaakt");
    const commands = new Set(evs.map((e) => e.at.getTime())).size;
    if (commands !== p.version)
      problems.push(
        `Procedure ${p.id}: versie ${p.version} maar ${commands} vastgelegde wijzigingen in het auditlogboek.`,
      );
  }

  // 3. Zienswijzen: the draft and its points are written together, with the number of points in the event.
  const zienswijzen = await q(`
    SELECT z.id, z.version, z.status, z."besluitId", z."participantId", z."procedureId",
           (SELECT count(*)::int FROM "ZienswijzePoint" p WHERE p."zienswijzeId" = z.id) AS points
      FROM "Zienswijze" z`);
  const zienswijzeIds = new Set(zienswijzen.map((z) => z.id));
  for (const e of events) {
    if (e.subjectKind === "zienswijze" && !zienswijzeIds.has(e.subjectId))
      problems.push(`Audit-event ${e.id} (${e.type}) zonder zienswijze ${e.subjectId}.`);
  }
  const corrections = new Map(
    (
      await q(
        `SELECT "participantId", count(*)::int AS n FROM "Besluit" WHERE type = 'ZIENSWIJZE' AND "corrigeertId" IS NOT NULL GROUP BY 1`,
      )
    ).map((r) => [r.participantId, r.n]),
  );
  for (const z of zienswijzen) {
    const evs = bySubject.get(z.id) ?? [];
    const created = evs.filter((e) => e.type === "zienswijze_concept_aangemaakt").length;
    const edited = evs.filter((e) => e.type === "zienswijze_concept_gewijzigd").length;
    const lastConcept = evs.filter((e) => e.type.startsWith("zienswijze_concept_")).at(-1);
    if (created !== 1) problems.push(`Zienswijze ${z.id}: ${created} events "aangemaakt" (verwacht 1).`);
    if (z.points === 0) problems.push(`Zienswijze ${z.id} heeft geen punten.`);
    if (lastConcept && lastConcept.payload.punten !== z.points)
      problems.push(
        `Zienswijze ${z.id}: ${z.points} punten, het laatste audit-event zegt ${lastConcept.payload.punten}.`,
      );
    const expected =
      edited +
      (z.status !== "CONCEPT" ? 1 : 0) +
      (z.status === "INGEDIEND" ? 1 : 0) +
      (z.status !== "CONCEPT" ? (corrections.get(z.participantId) ?? 0) : 0);
    if (z.version !== expected)
      problems.push(`Zienswijze ${z.id}: versie ${z.version}, verwacht ${expected} volgens het auditlogboek.`);
    if (z.status !== "CONCEPT" && !z.besluitId) problems.push(`Zienswijze ${z.id} is ${z.status} zonder raadsbesluit.`);
  }

  // 4. Raadsbesluiten: one per zienswijze_vastgesteld event, each correction with its event; moties and file complete.
  const besluiten = await q(`
    SELECT b.id, b.type, b."participantId", b."corrigeertId", b."fileId",
           (SELECT count(*)::int FROM "Motie" m WHERE m."besluitId" = b.id) AS moties,
           EXISTS (SELECT 1 FROM "Besluit" c WHERE c."corrigeertId" = b.id) AS corrected,
           EXISTS (SELECT 1 FROM "StoredFile" f WHERE f.id = b."fileId") AS "hasFile"
      FROM "Besluit" b WHERE b.type = 'ZIENSWIJZE'`);
  const vastgesteld = events.filter((e) => e.type === "zienswijze_vastgesteld");
  const originals = besluiten.filter((b) => !b.corrigeertId);
  if (originals.length !== vastgesteld.length)
    problems.push(
      `${originals.length} zienswijzebesluiten maar ${vastgesteld.length} events "zienswijze_vastgesteld".`,
    );
  const correctionEvents = new Set(
    events.filter((e) => e.type === "raadsbesluit_gecorrigeerd").map((e) => e.subjectId),
  );
  const correctionRows = besluiten.filter((b) => b.corrigeertId);
  for (const b of correctionRows)
    if (!correctionEvents.has(b.id)) problems.push(`Correctiebesluit ${b.id} zonder audit-event.`);
  const besluitIds = new Set(besluiten.map((b) => b.id));
  for (const id of correctionEvents)
    if (!besluitIds.has(id)) problems.push(`Audit-event "raadsbesluit_gecorrigeerd" zonder besluit ${id}.`);
  for (const b of besluiten) {
    if (b.moties !== 2)
      problems.push(`Besluit ${b.id}: ${b.moties} moties en amendementen, verwacht 2 (half geschreven).`);
    if (!b.hasFile) problems.push(`Besluit ${b.id} zonder het ondertekende raadsbesluit (bestand).`);
  }
  const latestBesluit = new Map(besluiten.filter((b) => !b.corrected).map((b) => [b.participantId, b.id]));
  for (const z of zienswijzen) {
    if (z.besluitId && latestBesluit.get(z.participantId) !== z.besluitId)
      problems.push(`Zienswijze ${z.id} wijst niet naar het laatste (gecorrigeerde) besluit.`);
  }

  // 5. Files live in the database, written in the registration's transaction: every StoredFile row has
  //    its bytes (matching the recorded sha256 and size) and belongs to a besluit, every besluit's file
  //    exists with content, and nothing is written to STORAGE_DIR any more (no orphans on disk).
  const files = await q(`
    SELECT f.id, f."storageKey", f.sha256, f.size,
           c."fileId" IS NOT NULL AS "hasContent",
           encode(sha256(c.content), 'hex') AS "contentSha256", octet_length(c.content) AS "contentSize",
           EXISTS (SELECT 1 FROM "Besluit" b WHERE b."fileId" = f.id) AS used
      FROM "StoredFile" f LEFT JOIN "StoredFileContent" c ON c."fileId" = f.id`);
  for (const f of files) {
    if (!f.used) problems.push(`Bestand ${f.id} is vastgelegd zonder besluit (wees).`);
    if (!f.hasContent) problems.push(`Bestand ${f.id} is vastgelegd zonder inhoud.`);
    else if (f.contentSha256 !== f.sha256 || Number(f.contentSize) !== f.size)
      problems.push(`Bestand ${f.id}: de inhoud komt niet overeen met de vastgelegde sha256/grootte.`);
  }
  const dangling = await q(`
    SELECT b.id FROM "Besluit" b LEFT JOIN "StoredFileContent" c ON c."fileId" = b."fileId"
     WHERE b."fileId" IS NOT NULL AND c."fileId" IS NULL`);
  for (const b of dangling) problems.push(`Besluit ${b.id} verwijst naar een bestand zonder inhoud.`);
  const onDisk = existsSync(storageDir) ? listFiles(storageDir) : [];
  for (const k of onDisk)
    problems.push(`Bestand ${k} staat in STORAGE_DIR (wees op schijf; nieuwe bestanden horen in de database).`);
  const orphanBytes = onDisk.length;

  // 6. Durability: what the server confirmed was committed must still be there after the crash.
  const count = (type) => events.filter((e) => e.type === type).length;
  const durable = {
    ontvangst: count("ontwerp_ontvangen"),
    agendering: count("zienswijze_geagendeerd"),
    concept: count("zienswijze_concept_aangemaakt") + count("zienswijze_concept_gewijzigd"),
    vaststellen: count("zienswijze_vastgesteld"),
    correctie: count("raadsbesluit_gecorrigeerd"),
  };
  for (const [kind, n] of Object.entries(durable)) {
    const a = acked[kind] ?? { committed: 0, attempted: 0 };
    if (n < a.committed)
      problems.push(
        `${kind}: de server bevestigde ${a.committed} keer, maar er zijn ${n} vastgelegd (verloren na de crash).`,
      );
    if (n > a.attempted) problems.push(`${kind}: ${n} vastgelegd maar slechts ${a.attempted} keer geprobeerd.`);
  }
  return {
    problems,
    figures: {
      events: events.length,
      tracks: tracks.length,
      zienswijzen: zienswijzen.length,
      besluiten: besluiten.length,
      files: files.length,
      orphanBytes,
      durable,
    },
  };
}

function listFiles(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(`${dir}/${d.name}`, `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/**
 * The checks checked: damage a copy of the state on purpose, the way a half-written transaction
 * would, and expect every kind of damage to be reported. Runs in a transaction that is rolled back.
 */
export async function damageIsDetected(pool, opts) {
  const client = await pool.connect();
  const expected = [];
  try {
    await client.query("BEGIN");
    const scoped = { query: (sql, params) => client.query(sql, params) };
    const {
      rows: [t],
    } = await client.query(`SELECT id FROM "Track" WHERE version > 0 LIMIT 1`);
    if (t) {
      await client.query(`UPDATE "Track" SET version = version + 1, status = 'geagendeerd' WHERE id = $1`, [t.id]);
      expected.push(/^Spoor .*versie/);
    }
    const {
      rows: [m],
    } = await client.query(`SELECT id FROM "Motie" LIMIT 1`);
    if (m) {
      await client.query(`DELETE FROM "Motie" WHERE id = $1`, [m.id]);
      expected.push(/moties en amendementen, verwacht 2/);
    }
    const {
      rows: [z],
    } = await client.query(`SELECT id FROM "Zienswijze" LIMIT 1`);
    if (z) {
      await client.query(`DELETE FROM "ZienswijzePoint" WHERE "zienswijzeId" = $1`, [z.id]);
      expected.push(/heeft geen punten/);
    }
    await client.query(`UPDATE "Procedure" SET version = version + 1 WHERE kind = 'GR_TREFFEN'`);
    expected.push(/^Procedure .*vastgelegde wijzigingen/);
    // Files: bytes lost, a row without besluit, changed bytes, and a stray file on disk.
    const {
      rows: [f],
    } = await client.query(`SELECT "fileId" FROM "StoredFileContent" LIMIT 1`);
    if (f) {
      await client.query(`DELETE FROM "StoredFileContent" WHERE "fileId" = $1`, [f.fileId]);
      expected.push(/zonder inhoud/, /verwijst naar een bestand zonder inhoud/);
      const {
        rows: [g],
      } = await client.query(`SELECT "fileId" FROM "StoredFileContent" LIMIT 1`);
      if (g) {
        await client.query(`UPDATE "StoredFileContent" SET content = content || '\\x00'::bytea WHERE "fileId" = $1`, [
          g.fileId,
        ]);
        expected.push(/komt niet overeen/);
      }
    }
    await client.query(
      `INSERT INTO "StoredFile" (id, sha256, size, "mimeType", bestandsnaam, "storageKey") VALUES ('crash-wees', 'x', 0, 'application/pdf', 'wees.pdf', 'db/crash-wees')`,
    );
    expected.push(/zonder besluit \(wees\)/);
    const stray = `${opts.storageDir}/wees-op-schijf.pdf`;
    writeFileSync(stray, "%PDF-1.4\n");
    expected.push(/wees-op-schijf\.pdf staat in STORAGE_DIR/);
    let problems;
    try {
      ({ problems } = await checkConsistency(scoped, opts));
    } finally {
      rmSync(stray, { force: true });
    }
    return expected.filter((re) => !problems.some((p) => re.test(p))).map(String);
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}
