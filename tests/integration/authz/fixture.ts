import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { guaranteed } from "@/lib/domain/invariant";
import { scenario } from "@/lib/scenario";
import type { ActionContext, ActionUser } from "@/lib/actions/context";
import type { Db } from "@/lib/db/client";

export type TestDb = Awaited<ReturnType<typeof openTestDb>>;
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
export const UNSUBSCRIBE_TOKEN = "afmeld-token-urk-0123456789abcdef";

/** The subjects of the authorization matrix: every role, anonymous, and a griffier without gemeente. */
export const SUBJECTS = [
  "anoniem",
  "ADMIN",
  "SECRETARIAAT",
  "GRIFFIER",
  "COLLEGE",
  "RAADSLID",
  "GRIFFIER zonder gemeente",
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

/**
 * A seeded database in the zienswijzeprocedure: Urk ("own" gemeente of every gemeente-bound test
 * user) and Almere ("another" gemeente) both received the ontwerp, and each has a VASTGESTELD
 * zienswijze with one point and its raadsbesluit. Uploads go to a temporary STORAGE_DIR.
 */
export async function openAuthzFixture() {
  const storage = mkdtempSync(join(tmpdir(), "grv-authz-"));
  process.env.STORAGE_DIR = storage;
  const db = await openTestDb();
  const prisma = db.prisma;
  await seedFlevoland(prisma);
  const gr = await scenario(prisma).regeling("gr-sociaal-domein-flevoland").through("zienswijzeprocedure_geopend");
  const proc = await prisma.procedure.findUniqueOrThrow({ where: { id: gr.procedureId } });
  const bk = await prisma.procedure.findFirstOrThrow({ where: { kind: "BELEIDSKADER_VASTSTELLEN" } });
  const bkParticipants = await prisma.participant.findMany({
    where: { regelingId: bk.regelingId },
    include: { gemeente: true },
  });
  const targets = {} as Record<
    "urk" | "almere",
    {
      gemeenteId: string;
      participantId: string;
      bkParticipantId: string;
      zienswijzeId: string;
      besluitId: string;
      pointId: string;
    }
  >;
  for (const slug of ["urk", "almere"] as const) {
    await gr.ontvangen(slug, "2026-05-12");
    const zw = await gr.zienswijzeVastgesteld(
      slug,
      "2026-06-25",
      [{ onderwerp: `Punt van ${slug}`, tekst: "Leg de verdeelsleutel vast." }],
      { besluitnummer: `ZW-${slug}`, stemmenVoor: "10", stemmenTegen: "2" },
    );
    const bkParticipant = bkParticipants.find((x) => x.gemeente.slug === slug);
    targets[slug] = {
      gemeenteId: gr.gemeenten[slug],
      participantId: gr.participant(slug),
      bkParticipantId: guaranteed(bkParticipant, `${slug} in the beleidskader's regeling`).id,
      zienswijzeId: zw.zienswijzeId,
      besluitId: zw.besluitId,
      pointId: guaranteed(zw.pointIds[0], "the zienswijze's point"),
    };
  }
  const user = async (email: string): Promise<ActionUser> => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role, gemeenteId: u.gemeenteId };
  };
  // Two rows no door can make, on purpose: a griffier without gemeente (the matrix's broken account)
  // and a known unsubscribe token (the link's token is random; the test has to type it).
  const orphan = await prisma.user.create({
    data: { email: "griffier.zonder@test.invalid", naam: "Griffier zonder gemeente", role: "GRIFFIER" },
  });
  const raadslid = await user("raadslid.urk@demo.gr-volg.nl");
  await prisma.user.update({
    where: { id: raadslid.id },
    data: { unsubscribeToken: UNSUBSCRIBE_TOKEN, digestOptIn: true },
  });
  const subjects: Record<SubjectName, ActionUser | null> = {
    anoniem: null,
    ADMIN: await user("beheer@demo.gr-volg.nl"),
    SECRETARIAAT: await user("secretariaat@demo.gr-volg.nl"),
    GRIFFIER: await user("griffier.urk@demo.gr-volg.nl"),
    COLLEGE: await user("college.urk@demo.gr-volg.nl"),
    RAADSLID: raadslid,
    "GRIFFIER zonder gemeente": { id: orphan.id, role: "GRIFFIER", gemeenteId: null },
  };
  return {
    db,
    prisma,
    storage,
    procedureId: proc.id,
    versionId: gr.conceptVersionId,
    documentId: proc.documentId,
    regelingId: proc.regelingId,
    bkProcedureId: bk.id,
    targets,
    subjects,
  };
}
export type AuthzFixture = Awaited<ReturnType<typeof openAuthzFixture>>;

/** The test's surroundings for a handler: this database, this user; revalidations are recorded. */
export function testContext(db: Db, user: ActionUser | null): ActionContext & { revalidated: string[] } {
  const revalidated: string[] = [];
  return { db: async () => db, user: async () => user, revalidate: (path) => void revalidated.push(path), revalidated };
}

/** The public tables of a database (its schema does not change while a test runs): listed once per client. */
const tablesOf = new WeakMap<Db, Promise<string[]>>();
/** Per client, per table: the last computed hash and the row versions it was computed over (see fingerprint). */
const hashesOf = new WeakMap<Db, Map<string, { versions: string; hash: string }>>();

/** Row count and the sum of the row versions' xmin of table alias `x` (see fingerprint). */
const ROW_VERSIONS = "count(*)::int || ':' || coalesce(sum(x.xmin::text::bigint), 0)";

/**
 * A fingerprint of the whole database: per table the row count and a hash of every row. Equal
 * before and after means nothing at all was written (no row added, changed or removed).
 *
 * Hashing every row of every table is most of a fuzz iteration's time, and almost every iteration changes nothing.
 * So a table is re-hashed only when its committed row versions changed: the row count and the sum of the rows' `xmin`
 * (the transaction that wrote each row version). A committed insert or update gives a row the xmin of a transaction
 * newer than every row version that was there before (the test writes one call at a time), so the sum grows; a
 * delete lowers the count (a delete together with an insert also raises the sum). Unchanged versions therefore mean
 * unchanged rows, and the hash computed over exactly those versions (same statement, same snapshot) is still right.
 */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  let listed = tablesOf.get(db);
  if (!listed) {
    listed = db
      .$queryRawUnsafe<{ t: string }[]>(
        `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY 1`,
      )
      .then((rows) => rows.map((r) => r.t));
    tablesOf.set(db, listed);
  }
  const tables = await listed;
  const hashes = hashesOf.get(db) ?? new Map<string, { versions: string; hash: string }>();
  hashesOf.set(db, hashes);
  const versions = await db.$queryRawUnsafe<{ t: string; v: string }[]>(
    tables.map((t) => `SELECT '${t}' AS t, ${ROW_VERSIONS} AS v FROM "${t}" x`).join(" UNION ALL "),
  );
  const stale = versions.filter((r) => hashes.get(r.t)?.versions !== r.v).map((r) => r.t);
  if (stale.length) {
    const rows = await db.$queryRawUnsafe<{ t: string; v: string; h: string }[]>(
      stale
        .map(
          (t) =>
            `SELECT '${t}' AS t, ${ROW_VERSIONS} AS v, count(*)::int || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
        )
        .join(" UNION ALL "),
    );
    for (const r of rows) hashes.set(r.t, { versions: r.v, hash: r.h });
  }
  return Object.fromEntries(tables.map((t) => [t, hashes.get(t)?.hash ?? ""]));
}

export const auditCount = (db: Db) => db.auditEvent.count();

export async function filesIn(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

export function formData(invoer: unknown, file?: { name: string; bytes: Uint8Array; type?: string }): FormData {
  const fd = new FormData();
  fd.set("invoer", typeof invoer === "string" ? invoer : JSON.stringify(invoer));
  if (file)
    fd.set(
      "bestand",
      new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type ?? "application/pdf" }),
    );
  return fd;
}
