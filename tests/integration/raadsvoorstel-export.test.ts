import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { applyGrProcedureCommand } from "@/lib/services/gr-procedure-store";
import { raadsvoorstelDocx } from "@/lib/services/exports/raadsvoorstel";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: true } } },
  });
  procedureId = proc.id;
  const versionId = proc.document.versions[0].id;
  const urk = await db.prisma.participant.findFirstOrThrow({
    where: { regelingId: proc.regelingId, gemeente: { slug: "urk" } },
  });
  const actor = { userId: null, role: "SECRETARIAAT", gemeenteId: null };
  const now = new Date("2026-05-20T09:00:00Z");
  for (const command of [
    {
      track: "regional",
      event: { type: "concept_opgesteld", documentVersionId: versionId, label: "Concept-GR", createdOn: "2026-04-01" },
    },
    {
      track: "regional",
      event: { type: "bosd_akkoord", decision: { documentVersionId: versionId, decidedOn: "2026-04-20" } },
    },
    {
      track: "regional",
      event: { type: "zienswijzeprocedure_geopend", documentVersionId: versionId, openedOn: "2026-05-01" },
    },
    {
      track: "raad",
      participantId: urk.id,
      event: { type: "ontwerp_ontvangen", receivedOn: "2026-05-12", documentVersionId: versionId },
    },
  ] as const) {
    expect((await applyGrProcedureCommand(db.prisma, { procedureId, actor, now, command })).ok).toBe(true);
  }
});
afterAll(async () => db?.close());

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:p[ >]/g, "\n$&")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");
}

describe("draft raadsvoorstel (DOCX)", () => {
  it("is a real Word document in the region's format, pre-filled with the procedure's facts", async () => {
    const buf = await raadsvoorstelDocx(db.prisma, procedureId, "urk");
    expect(buf.subarray(0, 2).toString()).toBe("PK");
    const text = await docxText(buf);
    for (const heading of [
      "Onderwerp",
      "Samenvatting",
      "Voorstel",
      "De raad besluit:",
      "Inleiding",
      "Bevoegdheid gemeenteraad",
      "Bijlagen",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Gemeente Urk");
    expect(text).toContain("Zienswijze op het ontwerp van de Gemeenschappelijke Regeling Sociaal Domein Flevoland");
    expect(text).toContain("12 mei 2026");
    expect(text).toContain("7 juli 2026");
    expect(text).toContain("artikel 1, derde lid");
    expect(text).toContain("Centrumregeling Sociaal Domein Flevoland (2015)");
    expect(text).toContain("1 januari 2027");
  });

  it("refuses a gemeente that does not take part", async () => {
    await expect(raadsvoorstelDocx(db.prisma, procedureId, "amsterdam")).rejects.toThrow(
      'Gemeente "amsterdam" neemt niet deel',
    );
  });
});
