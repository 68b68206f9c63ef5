import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { applyGrProcedureCommand } from "@/lib/services/gr-procedure-store";
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
  const proc = await prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: true } } },
  });
  const version = proc.document.versions[0];
  const bk = await prisma.procedure.findFirstOrThrow({ where: { kind: "BELEIDSKADER_VASTSTELLEN" } });
  const participants = await prisma.participant.findMany({
    where: { regelingId: proc.regelingId },
    include: { gemeente: true },
  });
  const part = (slug: string) => participants.find((p) => p.gemeente.slug === slug)!;
  const bkParticipants = await prisma.participant.findMany({
    where: { regelingId: bk.regelingId },
    include: { gemeente: true },
  });
  const secr = { userId: null, role: "SECRETARIAAT" as const, gemeenteId: null };
  for (const event of [
    { type: "concept_opgesteld", documentVersionId: version.id, label: "Concept-GR", createdOn: "2026-02-01" },
    { type: "bosd_akkoord", decision: { documentVersionId: version.id, decidedOn: "2026-04-15" } },
    { type: "zienswijzeprocedure_geopend", documentVersionId: version.id, openedOn: "2026-05-01" },
  ] as const) {
    const r = await applyGrProcedureCommand(prisma, {
      procedureId: proc.id,
      actor: secr,
      command: { track: "regional", event },
    });
    if (!r.ok) throw new Error(r.message);
  }
  const targets: Record<
    "urk" | "almere",
    {
      gemeenteId: string;
      participantId: string;
      bkParticipantId: string;
      zienswijzeId: string;
      besluitId: string;
      pointId: string;
    }
  > = {} as never;
  for (const slug of ["urk", "almere"] as const) {
    const p = part(slug);
    const r = await applyGrProcedureCommand(prisma, {
      procedureId: proc.id,
      actor: { userId: null, role: "GRIFFIER", gemeenteId: p.gemeenteId },
      command: {
        track: "raad",
        participantId: p.id,
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-05-12", documentVersionId: version.id },
      },
    });
    if (!r.ok) throw new Error(r.message);
    const raad = await prisma.body.findFirstOrThrow({ where: { gemeenteId: p.gemeenteId, kind: "RAAD" } });
    const besluit = await prisma.besluit.create({
      data: {
        procedureId: proc.id,
        participantId: p.id,
        bodyId: raad.id,
        documentVersionId: version.id,
        type: "ZIENSWIJZE",
        uitkomst: "VASTGESTELD",
        besluitdatum: new Date("2026-06-25T00:00:00Z"),
        besluitnummer: `ZW-${slug}`,
        stemmenVoor: 10,
        stemmenTegen: 2,
      },
    });
    const zw = await prisma.zienswijze.create({
      data: {
        procedureId: proc.id,
        participantId: p.id,
        documentVersionId: version.id,
        status: "VASTGESTELD",
        besluitId: besluit.id,
        points: { create: [{ nummer: 1, onderwerp: `Punt van ${slug}`, tekst: "Leg de verdeelsleutel vast." }] },
      },
      include: { points: true },
    });
    targets[slug] = {
      gemeenteId: p.gemeenteId,
      participantId: p.id,
      bkParticipantId: bkParticipants.find((x) => x.gemeente.slug === slug)!.id,
      zienswijzeId: zw.id,
      besluitId: besluit.id,
      pointId: zw.points[0].id,
    };
  }
  const user = async (email: string): Promise<ActionUser> => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role, gemeenteId: u.gemeenteId };
  };
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
    versionId: version.id,
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

/**
 * A fingerprint of the whole database: per table the row count and a hash of every row. Equal
 * before and after means nothing at all was written (no row added, changed or removed).
 */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ t: string }[]>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' ORDER BY 1`,
  );
  const sql = tables
    .map(
      ({ t }) =>
        `SELECT '${t}' AS t, count(*)::int || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
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
