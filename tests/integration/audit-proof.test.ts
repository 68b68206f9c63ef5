import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { openTestDb, isPostgres } from "./helpers/test-db";
import { openDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { setupAppRole } from "@/lib/db/app-role";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit, auditHash } from "@/lib/services/audit";
import { verifyAuditChain } from "@/lib/services/audit-verify";
import { verifyAuditState } from "@/lib/services/audit-state";
import { latestCheckpointStatus, verifyCheckpoints, writeCheckpoint } from "@/lib/services/audit-checkpoint";
import { runCommand } from "@/lib/commands";
import { guaranteed } from "@/lib/domain/invariant";
import { scenario } from "@/lib/scenario";
import { saveZienswijzeConcept } from "@/lib/services/griffie/zienswijze";
import { useTempStorage } from "./griffie/helpers";

// Issue 13 point 3: the trail proves the state. (a) only the database computes the chain,
// (b) signed checkpoints catch truncation and recomputation, (c) row digests catch SQL edits.

let db: Awaited<ReturnType<typeof openTestDb>>;
const KEY = randomBytes(32).toString("base64url");
/** The raadsbesluit of the zienswijze (Urk) and of "geen zienswijze" (Dronten, without moties). */
const BESLUIT = {
  besluitdatum: "2026-06-25",
  besluitnummer: "2026-042",
  stemmenVoor: "11",
  stemmenTegen: "4",
  zittingHebbendeLeden: "15",
  aanwezig: "15",
  moties: [{ soort: "MOTIE", titel: "Lokale toegang", indiener: "ChristenUnie", uitkomst: "AANGENOMEN" }],
};

/** Run `fn` inside a transaction that is always rolled back: tampering that leaves no trace for the next test. */
async function inRolledBack(fn: (tx: Db) => Promise<void>) {
  const rollback = new Error("rollback");
  await expect(
    db.prisma.$transaction(async (tx) => {
      await fn(tx as unknown as Db);
      throw rollback;
    }),
  ).rejects.toBe(rollback);
}

async function tamper(tx: Db, table: string, sql: string) {
  await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  await tx.$executeRawUnsafe(sql);
  await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
}

beforeAll(async () => {
  useTempStorage();
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma).regeling("gr-sociaal-domein-flevoland").through("zienswijzeprocedure_geopend");
  const articles = await db.prisma.article.findMany({
    where: { versionId: gr.conceptVersionId },
    orderBy: { position: "asc" },
  });
  const article = guaranteed(articles[0], "the concept-GR has articles").id;
  await gr.ontvangen("urk", "2026-05-12");
  await gr.ontvangen("dronten", "2026-05-12");
  // A concept, edited once (its first points are deleted and replaced), then adopted with a besluit.
  const zienswijzeId = await gr.zienswijzeConcept("urk", [
    { onderwerp: "Sturing", articleId: article, tekst: "Een kaderbrief." },
  ]);
  const edited = await runCommand(db.prisma, await gr.griffier("urk"), saveZienswijzeConcept, {
    procedureId: gr.procedureId,
    participantId: gr.participant("urk"),
    zienswijzeId,
    conceptVersion: "0",
    points: [
      { onderwerp: "Sturing", articleId: article, tekst: "Een kaderbrief en een evaluatie." },
      { onderwerp: "Plustaken", articleId: "", tekst: "Met instemming." },
    ],
  });
  expect(edited.ok).toBe(true);
  await gr.vaststellen("urk", zienswijzeId, BESLUIT.besluitdatum, BESLUIT);
  await gr.geenZienswijze("dronten", BESLUIT.besluitdatum, { ...BESLUIT, moties: [] });
}, 120_000);
afterAll(async () => db?.close());

describe("(a) the chain is computed inside the database", () => {
  it("hashes every new event in SQL (version 2) and the chain verifies", async () => {
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.length).toBeGreaterThan(5);
    expect(events.every((e) => e.hashVersion === 2)).toBe(true);
    expect(await verifyAuditChain(db.prisma, 3)).toEqual({ ok: true, checked: events.length });
  });

  it("stores the digests of the rows a registration wrote, inside the hash", async () => {
    const e = await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "geen_zienswijze" } });
    const tables = (e.rowDigests as { table: string; digest: string | null }[]).map((r) => r.table);
    expect(new Set(tables)).toEqual(new Set(["Besluit", "Procedure", "StoredFile", "Track"]));
    const besluit = await db.prisma.besluit.findFirstOrThrow({ where: { type: "GEEN_ZIENSWIJZE" } });
    expect(e.rowDigests).toContainEqual({
      table: "Besluit",
      id: besluit.id,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it("refuses a direct INSERT with a self-computed hash, whoever sends it (the default role is the owner/superuser)", async () => {
    const last = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    const forged = {
      type: "vervalst",
      actorId: null,
      actorRole: "GRIFFIER",
      gemeenteId: null,
      subjectKind: "besluit",
      subjectId: "x",
      fromState: null,
      toState: null,
      payload: {},
      reason: null,
      at: new Date(),
    };
    const oldStyle = auditHash(last.hash, forged);
    const insert = (hashVersion: number, hash: string) =>
      `INSERT INTO "AuditEvent" ("at","actorRole","type","subjectKind","subjectId","payload","prevHash","hash","hashVersion")
       VALUES (now(), 'GRIFFIER', 'vervalst', 'besluit', 'x', '{}', '${last.hash}', '${hash}', ${hashVersion})`;
    await expect(db.prisma.$executeRawUnsafe(insert(1, oldStyle))).rejects.toThrow(/alleen via gr_volg_audit_append/);
    await expect(
      db.prisma.$executeRawUnsafe(insert(2, createHash("sha256").update("x").digest("hex"))),
    ).rejects.toThrow(/alleen via gr_volg_audit_append/);
    // Setting the function's flag by hand does not help: the trigger recomputes the hash.
    await inRolledBack(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT set_config('gr_volg.audit_append', 'aan', true)`);
      await expect(tx.$executeRawUnsafe(insert(2, createHash("sha256").update("x").digest("hex")))).rejects.toThrow(
        /hash van de auditgebeurtenis klopt niet/,
      );
    });
    await inRolledBack(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT set_config('gr_volg.audit_append', 'aan', true)`);
      await expect(tx.$executeRawUnsafe(insert(1, oldStyle))).rejects.toThrow(/hashversie 2/);
    });
    expect(await db.prisma.auditEvent.count({ where: { type: "vervalst" } })).toBe(0);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("reports an event inserted with the triggers switched off (old format after new)", async () => {
    await inRolledBack(async (tx) => {
      const last = await tx.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
      const forged = {
        type: "vervalst",
        actorId: null,
        actorRole: "GRIFFIER",
        gemeenteId: null,
        subjectKind: "besluit",
        subjectId: "x",
        fromState: null,
        toState: null,
        payload: {},
        reason: null,
        at: new Date("2026-12-01T08:00:00Z"),
      };
      await tamper(
        tx,
        "AuditEvent",
        `INSERT INTO "AuditEvent" ("at","actorRole","type","subjectKind","subjectId","payload","prevHash","hash","hashVersion")
        VALUES ('2026-12-01 08:00:00', 'GRIFFIER', 'vervalst', 'besluit', 'x', '{}', '${last.hash}', '${auditHash(last.hash, forged)}', 1)`,
      );
      const res = await verifyAuditChain(tx);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.reason).toMatch(/hashversie/);
    });
  });

  it("users are deactivated, never deleted", async () => {
    await expect(
      db.prisma.$executeRawUnsafe(`DELETE FROM "User" WHERE "email" = 'raadslid.urk@demo.gr-volg.nl'`),
    ).rejects.toThrow(/niet verwijderd maar gedeactiveerd/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE "User" CASCADE`)).rejects.toThrow(
      /niet verwijderd maar gedeactiveerd/,
    );
  });
});

describe("(c) audit verify --state", () => {
  it("is clean after normal registrations", async () => {
    const res = await verifyAuditState(db.prisma);
    expect(res.findings).toEqual([]);
    // Procedure, tracks, besluiten, moties, files, zienswijze and points (the replaced ones as deleted).
    expect(res.checkedRows).toBeGreaterThan(10);
  });

  it("reports a besluit whose votes were changed by SQL, a motie deleted and a point re-created", async () => {
    const besluit = await db.prisma.besluit.findFirstOrThrow({ where: { type: "ZIENSWIJZE" } });
    const motie = await db.prisma.motie.findFirstOrThrow({ where: { besluitId: besluit.id } });
    const lastForBesluit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { type: "zienswijze_vastgesteld" },
      orderBy: { id: "desc" },
    });
    await inRolledBack(async (tx) => {
      await tx.$executeRawUnsafe(
        `UPDATE "Besluit" SET "stemmenVoor" = 14, "stemmenTegen" = 1 WHERE "id" = '${besluit.id}'`,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "Motie" WHERE "id" = '${motie.id}'`);
      const res = await verifyAuditState(tx);
      expect(res.findings).toEqual([
        { table: "Besluit", id: besluit.id, eventId: lastForBesluit.id.toString(), change: "gewijzigd" },
        { table: "Motie", id: motie.id, eventId: lastForBesluit.id.toString(), change: "verwijderd" },
      ]);
      // Putting the numbers back makes the row match its event again: the digest is of the content.
      await tx.$executeRawUnsafe(
        `UPDATE "Besluit" SET "stemmenVoor" = 11, "stemmenTegen" = 4 WHERE "id" = '${besluit.id}'`,
      );
      expect((await verifyAuditState(tx)).findings.map((f) => f.table)).toEqual(["Motie"]);
    });
    expect((await verifyAuditState(db.prisma)).findings).toEqual([]);
  });
});

describe("(b) signed checkpoints", () => {
  it("writes a checkpoint, at most one per bucket, none without news", async () => {
    const first = await writeCheckpoint(db.prisma, KEY, { bucket: "periodiek:60m:2026-12-01T08:00:00.000Z" });
    expect(first.written).toBe(true);
    expect(await writeCheckpoint(db.prisma, KEY, { bucket: "periodiek:60m:2026-12-01T08:00:00.000Z" })).toEqual({
      written: false,
      reason: "al_geschreven",
    });
    expect(
      await writeCheckpoint(db.prisma, KEY, {
        bucket: "periodiek:60m:2026-12-01T09:00:00.000Z",
        skipWhenUnchanged: true,
      }),
    ).toEqual({ written: false, reason: "niets_nieuws" });
    expect(await verifyCheckpoints(db.prisma, KEY)).toEqual({ checked: 1, findings: [] });
    const status = await latestCheckpointStatus(db.prisma, KEY);
    expect(status).toMatchObject({ valid: true, eventCount: String(await db.prisma.auditEvent.count()) });
  });

  it("refuses UPDATE, DELETE and TRUNCATE of checkpoints", async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditCheckpoint" SET "eventCount" = 1`)).rejects.toThrow(
      /alleen-toevoegen/,
    );
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE "AuditCheckpoint"`)).rejects.toThrow(/alleen-toevoegen/);
  });

  it("detects a truncated tail that the hash chain alone cannot see", async () => {
    await db.prisma.$transaction((tx) =>
      appendAudit(
        tx,
        [1, 2].map((n) => ({
          type: "samenvatting_afgemeld" as const,
          actorId: null,
          actorRole: "SYSTEEM",
          gemeenteId: null,
          subjectKind: "test",
          subjectId: `s${n}`,
          payload: { via: `test ${n}` },
        })),
      ),
    );
    const cp = await writeCheckpoint(db.prisma, KEY);
    if (!cp.written) throw new Error("geen controlepunt");
    await inRolledBack(async (tx) => {
      await tamper(
        tx,
        "AuditEvent",
        `DELETE FROM "AuditEvent" WHERE "id" IN (SELECT "id" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 2)`,
      );
      expect((await verifyAuditChain(tx)).ok).toBe(true);
      const res = await verifyCheckpoints(tx, KEY);
      expect(res.findings).toHaveLength(1);
      expect(res.findings[0].checkpointId).toBe(cp.id.toString());
      expect(res.findings[0].message).toMatch(
        /^De laatste 2 gebeurtenissen na gebeurtenis \d+ ontbreken: controlepunt \d+ .*afgekapt/,
      );
      expect((await latestCheckpointStatus(tx, KEY))?.valid).toBe(false);
    });
  });

  it("detects a chain recomputed from an edited event onwards", async () => {
    await inRolledBack(async (tx) => {
      const target = await tx.auditEvent.findFirstOrThrow({ where: { type: "geen_zienswijze" } });
      // Rewrite a payload and recompute every later hash with the database's own function: the
      // chain is consistent again, only the signed checkpoint still knows the old head.
      await tamper(
        tx,
        "AuditEvent",
        `
        DO $$
        DECLARE r "AuditEvent"%ROWTYPE; prev text;
        BEGIN
          SELECT "hash" INTO prev FROM "AuditEvent" WHERE "id" < ${target.id} ORDER BY "id" DESC LIMIT 1;
          UPDATE "AuditEvent" SET "payload" = '{"stemmenVoor": 14}' WHERE "id" = ${target.id};
          FOR r IN SELECT * FROM "AuditEvent" WHERE "id" >= ${target.id} ORDER BY "id" LOOP
            r."prevHash" := prev;
            r."hash" := "gr_volg_audit_hash_v2"(r);
            UPDATE "AuditEvent" SET "prevHash" = r."prevHash", "hash" = r."hash" WHERE "id" = r."id";
            prev := r."hash";
          END LOOP;
        END $$;`,
      );
      expect((await verifyAuditChain(tx)).ok).toBe(true);
      const res = await verifyCheckpoints(tx, KEY);
      expect(res.findings.length).toBeGreaterThan(0);
      expect(res.findings.every((f) => /de keten is herberekend/.test(f.message))).toBe(true);
    });
  });

  it("detects a forged checkpoint and a checkpoint checked with another key", async () => {
    await inRolledBack(async (tx) => {
      await tamper(tx, "AuditCheckpoint", `UPDATE "AuditCheckpoint" SET "eventCount" = "eventCount" - 1`);
      const res = await verifyCheckpoints(tx, KEY);
      expect(res.findings.map((f) => f.message)).toEqual(
        res.findings.map(() => expect.stringMatching(/handtekening .* is ongeldig/)),
      );
      expect(res.findings).toHaveLength(res.checked);
    });
    const other = await verifyCheckpoints(db.prisma, randomBytes(32).toString("base64url"));
    expect(other.findings).toHaveLength(other.checked);
    expect(await verifyCheckpoints(db.prisma, KEY)).toMatchObject({ findings: [] });
  });
});

describe.runIf(isPostgres())("(a) the app's database role on PostgreSQL", () => {
  const role = `gr_volg_app_t_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  let app: Awaited<ReturnType<typeof openDb>> | undefined;
  const appDb = () => guaranteed(app, "the app role's connection (opened in beforeAll)");

  beforeAll(async () => {
    expect(await setupAppRole(db.prisma, role, password)).toEqual({ created: true });
    const target = parseDatabaseUrl(db.url);
    if (target.kind !== "postgres") throw new Error("PostgreSQL verwacht");
    app = await openDb(`postgresql://${role}:${password}@${target.host}:${target.port}/${target.database}`);
  });
  afterAll(async () => {
    await app?.close();
    // Roles are cluster-wide: drop it once its grants in this (dropped) test database are gone.
    const owner = parseDatabaseUrl(db.url);
    if (owner.kind !== "postgres") return;
    const c = new Client({
      host: owner.host,
      port: owner.port,
      user: owner.user,
      password: owner.password,
      database: "postgres",
    });
    await c.connect();
    try {
      await c.query(`REASSIGN OWNED BY "${role}" TO CURRENT_USER`).catch(() => undefined);
      await c.query(`DROP OWNED BY "${role}"`).catch(() => undefined);
      await db.close();
      db = undefined as never;
      await c.query(`DROP ROLE IF EXISTS "${role}"`);
    } finally {
      await c.end();
    }
  });

  it("cannot insert, update or delete audit events, nor delete users", async () => {
    const last = await appDb().prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(
      appDb().prisma.$executeRawUnsafe(
        `INSERT INTO "AuditEvent" ("at","actorRole","type","subjectKind","subjectId","payload","prevHash","hash") VALUES (now(),'GRIFFIER','vervalst','x','x','{}','${last.hash}','${"0".repeat(64)}')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(appDb().prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'x'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(appDb().prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`)).rejects.toThrow(
      /must be owner|eigenaar/,
    );
    await expect(appDb().prisma.$executeRawUnsafe(`DELETE FROM "User"`)).rejects.toThrow(/permission denied/);
    await expect(appDb().prisma.$executeRawUnsafe(`UPDATE "AuditCheckpoint" SET "eventCount" = 0`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it("appends through the function, verifies, writes checkpoints and checks the state", async () => {
    await appDb().prisma.$transaction((tx) =>
      appendAudit(tx, [
        {
          type: "samenvatting_afgemeld",
          actorId: null,
          actorRole: "SYSTEEM",
          gemeenteId: null,
          subjectKind: "test",
          subjectId: "app-rol",
          payload: { via: "app-rol" },
        },
      ]),
    );
    expect((await verifyAuditChain(appDb().prisma)).ok).toBe(true);
    expect((await writeCheckpoint(appDb().prisma, KEY)).written).toBe(true);
    expect((await verifyCheckpoints(appDb().prisma, KEY)).findings).toEqual([]);
    expect((await verifyAuditState(appDb().prisma)).findings).toEqual([]);
  });
});
