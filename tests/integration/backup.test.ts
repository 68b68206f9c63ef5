import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { openDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { deployMigrations, dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit } from "@/lib/services/audit";
import { createStoredFile } from "@/lib/services/griffie/common";
import { loadDownload } from "@/lib/services/files/download";
import { prepareUpload } from "@/lib/storage/files";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./helpers/test-db";

/** A raadsbesluit PDF of ~64 kB with every byte value in it (the tail after %%EOF is random). */
const UPLOAD = new Uint8Array([
  ...new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
  ...randomBytes(64 * 1024),
]);
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** Uploads the PDF the way the griffie services do: file row, bytes and besluit in one transaction. */
async function uploadBesluitPdf(db: Db): Promise<string> {
  const proc = await db.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: true } } },
  });
  const body = await db.body.findFirstOrThrow({ where: { kind: "RAAD" } });
  const user = await db.user.findFirstOrThrow({ where: { role: "GRIFFIER" } });
  return db.$transaction(async (tx) => {
    const fileId = await createStoredFile(
      tx,
      prepareUpload({ bestandsnaam: "Raadsbesluit zienswijze – Urk.pdf", bytes: UPLOAD }),
      user.id,
    );
    await tx.besluit.create({
      data: {
        procedureId: proc.id,
        bodyId: body.id,
        documentVersionId: proc.document.versions[0].id,
        type: "ZIENSWIJZE",
        uitkomst: "VASTGESTELD",
        besluitdatum: new Date("2026-06-25"),
        fileId,
      },
    });
    return fileId;
  });
}

/** After a restore: the file downloads (anonymously, it belongs to a besluit) with the uploaded bytes. */
async function expectDownloadAfterRestore(url: string, fileId: string) {
  const db = await openDb(url);
  try {
    const d = await loadDownload(db.prisma, null, fileId);
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(sha256(d.content)).toBe(sha256(UPLOAD));
      expect(d.sha256).toBe(sha256(UPLOAD));
    }
  } finally {
    await db.close();
  }
}

/** One fingerprint per table: an md5 over all rows in a fixed order. Equal maps = identical data. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ fp: string | null; n: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS fp, count(*) AS n FROM "${tablename}" t`,
    );
    out[tablename] = `${row.n}:${row.fp}`;
  }
  return out;
}

async function fill(url: string) {
  const db = await openDb(url);
  try {
    await seedFlevoland(db.prisma);
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, [
        {
          type: "reces_toegevoegd",
          actorId: null,
          actorRole: "systeem",
          gemeenteId: null,
          subjectKind: "test",
          subjectId: "x",
          payload: { label: "ë; 'quote'", van: "2026-07-01", tot: "2026-08-31" },
        },
      ]),
    );
    const fileId = await uploadBesluitPdf(db.prisma);
    return { before: await fingerprint(db.prisma), fileId };
  } finally {
    await db.close();
  }
}

async function fingerprintOf(url: string) {
  const db = await openDb(url);
  try {
    return await fingerprint(db.prisma);
  } finally {
    await db.close();
  }
}

const dirs: string[] = [];
const pgDatabases: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  for (const u of pgDatabases) await dropDatabase(u);
});

describe("gr-volg db backup / restore", () => {
  it("round-trips the embedded database with identical data", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gr-volg-backup-"));
    dirs.push(dir);
    const source = `pglite:${join(dir, "bron")}`;
    await deployMigrations({ databaseUrl: source, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    const { before, fileId } = await fill(source);
    const file = join(dir, "backup.tar.gz");
    const r = await backupDatabase(source, file);
    expect(r.bytes).toBeGreaterThan(1000);
    const target = `pglite:${join(dir, "doel")}`;
    await restoreDatabase(target, file);
    expect(await fingerprintOf(target)).toEqual(before);
    expect(Number(before.AuditEvent.split(":")[0])).toBeGreaterThan(0);
    expect(before.StoredFileContent.split(":")[0]).toBe("1");
    // Wipe the source entirely: the restored copy alone carries the file.
    await rm(join(dir, "bron"), { recursive: true, force: true });
    await expectDownloadAfterRestore(target, fileId);
  }, 180_000); // PGlite dump + restore of the data directory: ~50 s on a busy 2-core machine

  const base = process.env.TEST_DATABASE_URL ?? "";
  const pg = base.startsWith("postgres") ? parseDatabaseUrl(base) : null;
  it.runIf(pg?.kind === "postgres")(
    "round-trips PostgreSQL with pg_dump/pg_restore, also over existing data",
    async () => {
      const t = pg as Extract<NonNullable<typeof pg>, { kind: "postgres" }>;
      const source = withDatabaseName(t, `gr_volg_bk_${randomBytes(4).toString("hex")}`);
      const target = withDatabaseName(t, `gr_volg_rs_${randomBytes(4).toString("hex")}`);
      pgDatabases.push(source, target);
      await ensureDatabaseExists(source);
      await deployMigrations({ databaseUrl: source, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
      const { before, fileId } = await fill(source);
      const dir = await mkdtemp(join(tmpdir(), "gr-volg-backup-"));
      dirs.push(dir);
      const file = join(dir, "backup.dump");
      await backupDatabase(source, file);
      // Restore over a database that already has other data: the result is the backup, exactly.
      await ensureDatabaseExists(target);
      await deployMigrations({ databaseUrl: target, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
      const other = await openDb(target);
      await other.prisma.gemeente.create({ data: { slug: "ander", naam: "Andere gemeente" } });
      await other.close();
      await dropDatabase(source); // wipe: the restored copy alone carries the file
      await restoreDatabase(target, file);
      expect(await fingerprintOf(target)).toEqual(before);
      await expectDownloadAfterRestore(target, fileId);
    },
  );

  it("refuses a missing backup file with a clear message", async () => {
    await expect(restoreDatabase("pglite:./.data/bestaat-niet", "/tmp/geen-backup.dump")).rejects.toThrow(
      "Backupbestand niet gevonden",
    );
  });
});
