import { afterAll, beforeAll, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import { raadsvoorstelDocx } from "@/lib/services/exports/raadsvoorstel";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma, { now: new Date("2026-05-20T09:00:00Z") })
    .regeling("gr-sociaal-domein-flevoland")
    .through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-04-01", bosd_akkoord: "2026-04-20", zienswijzeprocedure_geopend: "2026-05-01" },
    });
  await gr.ontvangen("urk", "2026-05-12");
  procedureId = gr.procedureId;
});
afterAll(async () => db?.close());

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await must(zip.file("word/document.xml"), "zip.file(…)").async("string");
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
