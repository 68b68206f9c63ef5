import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import { runCommand } from "@/lib/commands";
import { answerPoint } from "@/lib/services/nota";
import { raadsvoorstelDocx } from "@/lib/services/exports/raadsvoorstel";
import { notaDocx } from "@/lib/services/exports/nota";
import { containsAll, docxParts, styleOfParagraph } from "../helpers/docx";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let bijlageId: string;
let urkPoints: string[];
const today = "2026-07-01";

const text = async (slug: string) =>
  (await docxParts(await raadsvoorstelDocx(db.prisma, procedureId, slug, { today }))).text;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma, { now: new Date("2026-07-01T09:00:00Z") })
    .regeling("gr-sociaal-domein-flevoland")
    .through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-04-01", bosd_akkoord: "2026-04-20", zienswijzeprocedure_geopend: "2026-05-01" },
    });
  procedureId = gr.procedureId;
  bijlageId = (
    await db.prisma.article.findFirstOrThrow({ where: { versionId: gr.conceptVersionId, key: "bijlage-taken" } })
  ).id;
  await gr.ontvangen("urk", "2026-05-12");
  await gr.ontvangen("almere", "2026-05-12");
  urkPoints = (
    await gr.zienswijzeVastgesteld("urk", "2026-06-25", [
      { onderwerp: "Crisishulp", tekst: "Neem crisishulp op als wettelijke taak.", articleId: bijlageId },
      { onderwerp: "Evaluatie", tekst: "Betrek de raden bij de evaluatie." },
    ])
  ).pointIds;
});
afterAll(async () => db?.close());

describe("draft raadsvoorstel (DOCX), zienswijze phase", () => {
  it("is a real Word document in the region's format, pre-filled with the procedure's facts", async () => {
    const buf = await raadsvoorstelDocx(db.prisma, procedureId, "urk", { today });
    expect(buf.subarray(0, 2).toString()).toBe("PK");
    const parts = await docxParts(buf);
    for (const heading of [
      "Onderwerp",
      "Samenvatting",
      "Voorstel",
      "Inleiding",
      "Communicatie en vervolgproces",
      "Bevoegdheid gemeenteraad",
      "Bijlagen",
    ])
      expect(styleOfParagraph(parts.document, heading)).toBe("Heading1");
    expect(parts.text).toContain("De raad besluit:");
    expect(parts.headers.join("")).toContain("Gemeente Urk");
    expect(parts.headers.join("")).toContain("1 juli 2026");
    expect(parts.text).toContain(
      "Zienswijze op het ontwerp van de Gemeenschappelijke Regeling Sociaal Domein Flevoland",
    );
    containsAll(parts.text, [
      "12 mei 2026",
      "7 juli 2026",
      "artikel 1, derde lid",
      "Centrumregeling Sociaal Domein Flevoland (2015)",
      "1 januari 2027",
    ]);
  });

  it("writes Dutch for the raad: no internal source codes, 'op het ontwerp van de …'", async () => {
    for (const slug of ["urk", "almere", "zeewolde"]) {
      const t = await text(slug);
      expect(t).not.toMatch(/\(bron/i);
      expect(t).not.toMatch(/\bhet Gemeenschappelijke Regeling/);
    }
  });

  it("contains the raad's own adopted zienswijze, point by point, and not another raad's", async () => {
    const urk = await text("urk");
    containsAll(urk, [
      "Zienswijze van de raad",
      "Punt 1: Crisishulp",
      "Neem crisishulp op als wettelijke taak.",
      "Bijlage – Bijlage wettelijke taken en plustaken",
      "Punt 2: Evaluatie",
      "25 juni 2026",
    ]);
    const almere = await text("almere");
    expect(almere).not.toContain("Neem crisishulp op");
  });

  it("gives the addendum participant a text for its own position: no zienswijze or toestemming on the new GR", async () => {
    const zeewolde = await text("zeewolde");
    const urk = await text("urk");
    expect(zeewolde.replaceAll("Zeewolde", "X")).not.toBe(urk.replaceAll("Urk", "X"));
    if (process.env.PRINT_DOCX) console.log(zeewolde, urk);
    containsAll(zeewolde, [
      "Zorg & Veiligheid",
      "Gemeente Zeewolde",
      "addendum",
      "Zeewolde neemt daaraan niet deel",
      "Centrumregeling Sociaal Domein Flevoland (2015)",
      "31 december 2026",
    ]);
    // The besluitpunten ask for no zienswijze and no toestemming on the new GR.
    const voorstel = must(/De raad besluit:([\s\S]*?)\nInleiding/.exec(zeewolde), "voorstel")[1];
    expect(voorstel).not.toMatch(/toestemming te verlenen/i);
    expect(voorstel).not.toMatch(/een zienswijze te geven/i);
    expect(voorstel).toMatch(/Kennis te nemen/);
    expect(zeewolde).not.toContain("artikel 1, derde lid");
    expect(urk).toMatch(
      /De raad besluit:\s*\n1\.\tEen zienswijze te geven op het ontwerp van de Gemeenschappelijke Regeling Sociaal Domein Flevoland, Concept-GR \(versie 1\), zoals/,
    );
  });
});

describe("after the nota and the definitive version: the toestemming raadsvoorstel and the nota", () => {
  beforeAll(async () => {
    const gr = await scenario(db.prisma, { now: new Date("2026-09-10T09:00:00Z") })
      .regeling("gr-sociaal-domein-flevoland")
      .load();
    const secretariaat = await gr.secretariaat();
    for (const [id, disposition] of [
      [urkPoints[0], "OVERGENOMEN"],
      [urkPoints[1], "NIET_OVERGENOMEN"],
    ] as const) {
      const r = await runCommand(db.prisma, secretariaat, answerPoint, {
        pointId: id,
        antwoord: id === urkPoints[0] ? "Crisishulp staat nu in de bijlage." : "De evaluatie is aan het bestuur.",
        disposition,
        changedArticleId: id === urkPoints[0] ? bijlageId : "",
      });
      expect(r).toEqual({ ok: true });
    }
    await gr.through("toestemmingsprocedure_geopend", { geenZienswijze: "2026-06-30" });
  });

  it("asks for toestemming on the newest version and shows the raad's points with the regio's answers", async () => {
    const urk = (await docxParts(await raadsvoorstelDocx(db.prisma, procedureId, "urk", { today: "2026-09-10" }))).text;
    containsAll(urk, [
      "Toestemming voor het aangaan van de Gemeenschappelijke Regeling Sociaal Domein Flevoland",
      "Definitieve GR (versie 2)",
      "Zienswijze van de raad en de beantwoording",
      "Neem crisishulp op als wettelijke taak.",
      "Antwoord van de regio: Crisishulp staat nu in de bijlage.",
      "Verwerking: Overgenomen",
      "Gewijzigd: Bijlage",
      "Antwoord van de regio: De evaluatie is aan het bestuur.",
      "Verwerking: Niet overgenomen",
    ]);
    const zeewolde = (
      await docxParts(await raadsvoorstelDocx(db.prisma, procedureId, "zeewolde", { today: "2026-09-10" }))
    ).text;
    expect(zeewolde).not.toMatch(/toestemming te verlenen/i);
  });

  it("exports the nota under the regio's name, dated, with a table of contents and the page's group labels", async () => {
    const parts = await docxParts(await notaDocx(db.prisma, procedureId, { today: "2026-09-10" }));
    const header = parts.headers.join("");
    expect(header).toMatch(/Flevoland/);
    expect(header).toContain("10 september 2026");
    expect(parts.document).toMatch(/TOC [^<]*\\o &quot;1-3&quot;/);
    expect(styleOfParagraph(parts.document, "Bijlage – Bijlage wettelijke taken en plustaken")).toBe("Heading2");
    expect(parts.text).not.toMatch(/Artikel (GR|Bijlage)/);
    expect(parts.text).toContain("Definitieve GR (versie 2)");
  });

  it("refuses a gemeente that does not take part", async () => {
    await expect(raadsvoorstelDocx(db.prisma, procedureId, "amsterdam")).rejects.toThrow(
      'Gemeente "amsterdam" neemt niet deel',
    );
  });
});
