import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { openDb } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { dropDatabase } from "@/lib/db/migrate";
import { isPostgres, openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { createStoredFile, withUpload } from "@/lib/services/griffie/common";
import { contentDisposition, downloadResponse, loadDownload } from "@/lib/services/files/download";
import { prepareUpload } from "@/lib/storage/files";
import { importFilesFromStorageDir } from "@/lib/storage/import";
import { PDF } from "./griffie/helpers";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let storage: string;
const users: Record<
  string,
  { id: string; role: "GRIFFIER" | "SECRETARIAAT" | "RAADSLID" | "COLLEGE"; gemeenteId: string | null }
> = {};
let besluitData: { procedureId: string; bodyId: string; documentVersionId: string };
const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const subject = (name: string) => ({ role: users[name].role, gemeenteId: users[name].gemeenteId });

beforeAll(async () => {
  storage = await mkdtemp(join(tmpdir(), "grv-files-"));
  process.env.STORAGE_DIR = storage;
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  for (const [name, email] of [
    ["urk", "griffier.urk@demo.gr-volg.nl"],
    ["almere", "griffier.almere@demo.gr-volg.nl"],
  ] as const) {
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    users[name] = { id: u.id, role: "GRIFFIER", gemeenteId: u.gemeenteId };
  }
  const sec = await db.prisma.user.findFirstOrThrow({ where: { role: "SECRETARIAAT" } });
  users.secretariaat = { id: sec.id, role: "SECRETARIAAT", gemeenteId: null };
  const college = await db.prisma.user.findFirstOrThrow({
    where: { role: "COLLEGE", gemeenteId: users.urk.gemeenteId },
  });
  users.collegeUrk = { id: college.id, role: "COLLEGE", gemeenteId: college.gemeenteId };
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: true } } },
  });
  const body = await db.prisma.body.findFirstOrThrow({ where: { kind: "RAAD", gemeenteId: users.urk.gemeenteId } });
  besluitData = { procedureId: proc.id, bodyId: body.id, documentVersionId: proc.document.versions[0].id };
});
afterAll(async () => {
  await db?.close();
  await rm(storage, { recursive: true, force: true });
});

/** A registration with its PDF, the way the griffie services write it (one transaction). */
async function registerWithPdf(bytes: Uint8Array, bestandsnaam = "raadsbesluit.pdf", besluit = true): Promise<string> {
  return db.prisma.$transaction(async (tx) => {
    const fileId = await createStoredFile(tx, prepareUpload({ bestandsnaam, bytes }), users.urk.id);
    if (besluit)
      await tx.besluit.create({
        data: {
          ...besluitData,
          type: "ZIENSWIJZE",
          uitkomst: "VASTGESTELD",
          besluitdatum: new Date("2026-06-25"),
          fileId,
        },
      });
    return fileId;
  });
}

describe("files in the database", () => {
  it("writes the bytes in the registration's transaction: a failure after the upload leaves no row and no file", async () => {
    const before = { files: await db.prisma.storedFile.count(), contents: await db.prisma.storedFileContent.count() };
    const r = await withUpload({ bestandsnaam: "raadsbesluit.pdf", bytes: PDF }, (stored) =>
      db.prisma.$transaction(async (tx) => {
        await createStoredFile(tx, stored, users.urk.id);
        throw new Error("crash na het bestand, voor de commit");
      }),
    ).catch((e: Error) => e);
    expect(r).toBeInstanceOf(Error);
    expect({ files: await db.prisma.storedFile.count(), contents: await db.prisma.storedFileContent.count() }).toEqual(
      before,
    );
    expect(await readdir(storage)).toEqual([]);
  });

  it("refuses a PDF with JavaScript before anything is written", async () => {
    const evil = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n4 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    );
    let called = false;
    const r = await withUpload({ bestandsnaam: "besluit.pdf", bytes: evil }, async () => {
      called = true;
      return { ok: true as const };
    });
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { bestand: expect.stringMatching(/JavaScript of ingesloten bestanden/) },
    });
    expect(called).toBe(false);
  });

  it("serves a vastgesteld besluit's PDF to everyone, with safe headers and a sha256 ETag", async () => {
    const name = 'Raadsbesluit "zienswijze" – Urk; 2026 ü.pdf';
    const fileId = await registerWithPdf(PDF, name);
    const d = await loadDownload(db.prisma, null, fileId);
    expect(d.ok).toBe(true);
    const res = downloadResponse(d, new Request(`http://localhost/bestanden/${fileId}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-length")).toBe(String(PDF.length));
    expect(res.headers.get("etag")).toBe(`"${sha256(PDF)}"`);
    const disposition = must(res.headers.get("content-disposition"), "res.headers.get(…)");
    expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(disposition).not.toMatch(/filename="[^"]*["\\;][^"]*"/);
    // The stored name was already made safe at upload (safeName); the exact name survives in filename*.
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(
      "Raadsbesluit _zienswijze_ _ Urk_ 2026 ü.pdf",
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    const attachment = downloadResponse(d, new Request(`http://localhost/bestanden/${fileId}?download`));
    expect(attachment.headers.get("content-disposition")).toMatch(/^attachment; /);
    const again = downloadResponse(
      d,
      new Request(`http://localhost/bestanden/${fileId}`, { headers: { "if-none-match": `"${sha256(PDF)}"` } }),
    );
    expect(again.status).toBe(304);
    const head = downloadResponse(d, new Request(`http://localhost/bestanden/${fileId}`, { method: "HEAD" }));
    expect(head.headers.get("content-length")).toBe(String(PDF.length));
    expect(await head.text()).toBe("");
  });

  it("serves a draft (no besluit yet) only to the own griffie and the secretariat; 404 for everyone else", async () => {
    const fileId = await registerWithPdf(PDF, "concept.pdf", false);
    expect(await loadDownload(db.prisma, null, fileId)).toMatchObject({ ok: false, status: 404 });
    expect(await loadDownload(db.prisma, subject("almere"), fileId)).toMatchObject({ ok: false, status: 404 });
    expect(await loadDownload(db.prisma, subject("collegeUrk"), fileId)).toMatchObject({ ok: false, status: 404 });
    expect(await loadDownload(db.prisma, subject("urk"), fileId)).toMatchObject({ ok: true, isPublic: false });
    expect(await loadDownload(db.prisma, subject("secretariaat"), fileId)).toMatchObject({ ok: true });
    const res = downloadResponse(
      await loadDownload(db.prisma, subject("urk"), fileId),
      new Request("http://localhost/x"),
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await loadDownload(db.prisma, subject("secretariaat"), "bestaat-niet")).toMatchObject({
      ok: false,
      status: 404,
    });
    const refused = downloadResponse(await loadDownload(db.prisma, null, fileId), new Request("http://localhost/x"));
    expect(refused.status).toBe(404);
    expect(await refused.text()).toMatch(/bestaat niet/);
  });

  it("quotes and encodes file names per RFC 6266 / 8187", () => {
    expect(contentDisposition("inline", "besluit.pdf")).toBe(
      `inline; filename="besluit.pdf"; filename*=UTF-8''besluit.pdf`,
    );
    expect(contentDisposition("attachment", "één's (1).pdf")).toBe(
      `attachment; filename="een's (1).pdf"; filename*=UTF-8''%C3%A9%C3%A9n%27s%20%281%29.pdf`,
    );
    expect(contentDisposition("inline", "\u202e\u0000.pdf")).toMatch(/^inline; filename="\.pdf"; /);
  });
});

describe("one-time import from STORAGE_DIR", () => {
  it("moves files of old rows into the database, reports missing and changed ones, and is idempotent", async () => {
    const old = (key: string, bytes: Uint8Array) =>
      db.prisma.storedFile.create({
        data: {
          sha256: sha256(bytes),
          size: bytes.length,
          mimeType: "application/pdf",
          bestandsnaam: "oud.pdf",
          storageKey: key,
        },
      });
    const present = await old("2025-11/aaa.pdf", PDF);
    await old("2025-11/weg.pdf", PDF);
    await old("2025-11/gewijzigd.pdf", PDF);
    await old("../buiten.pdf", PDF);
    await mkdir(join(storage, "2025-11"), { recursive: true });
    await writeFile(join(storage, "2025-11/aaa.pdf"), PDF);
    await writeFile(join(storage, "2025-11/gewijzigd.pdf"), new TextEncoder().encode("%PDF-1.4 iets anders"));
    await writeFile(join(tmpdir(), "buiten.pdf"), PDF);
    const report = await importFilesFromStorageDir(db.prisma, storage);
    expect({ ...report, missing: report.missing.sort() }).toEqual({
      imported: ["2025-11/aaa.pdf"],
      missing: ["../buiten.pdf", "2025-11/weg.pdf"],
      changed: ["2025-11/gewijzigd.pdf"],
    });
    const content = await db.prisma.storedFileContent.findUniqueOrThrow({ where: { fileId: present.id } });
    expect(sha256(content.content)).toBe(sha256(PDF));
    const second = await importFilesFromStorageDir(db.prisma, storage);
    expect(second.imported).toEqual([]);
  });
});

describe("gr-volg db migrate imports old files (real CLI process)", () => {
  it("moves a file from STORAGE_DIR into the database and lists a missing one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "grv-files-cli-"));
    const base = parseDatabaseUrl(process.env.TEST_DATABASE_URL ?? "");
    const url =
      isPostgres() && base.kind === "postgres"
        ? withDatabaseName(base, `gr_volg_import_${randomBytes(4).toString("hex")}`)
        : `pglite:${join(dir, "db")}`;
    const env = { ...process.env, DATABASE_URL: url, STORAGE_DIR: join(dir, "bestanden") };
    const migrate = () =>
      promisify(execFile)(process.execPath, [join(__dirname, "../../bin/gr-volg.mjs"), "db", "migrate"], { env });
    try {
      await migrate();
      const db = await openDb(url);
      await db.prisma.storedFile.createMany({
        data: [
          {
            id: "oud",
            sha256: sha256(PDF),
            size: PDF.length,
            mimeType: "application/pdf",
            bestandsnaam: "oud.pdf",
            storageKey: "2025-10/oud.pdf",
          },
          {
            id: "weg",
            sha256: sha256(PDF),
            size: PDF.length,
            mimeType: "application/pdf",
            bestandsnaam: "weg.pdf",
            storageKey: "2025-10/weg.pdf",
          },
        ],
      });
      await db.close();
      await mkdir(join(dir, "bestanden/2025-10"), { recursive: true });
      await writeFile(join(dir, "bestanden/2025-10/oud.pdf"), PDF);
      const { stdout } = await migrate();
      expect(stdout).toMatch(/overgezet naar de database: 1\./);
      expect(stdout).toMatch(/Niet gevonden in .*: 2025-10\/weg\.pdf\./);
      const after = await openDb(url);
      const contents = await after.prisma.storedFileContent.findMany();
      await after.close();
      expect(contents.map((c) => [c.fileId, sha256(c.content)])).toEqual([["oud", sha256(PDF)]]);
    } finally {
      if (url.startsWith("postgres")) await dropDatabase(url);
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
