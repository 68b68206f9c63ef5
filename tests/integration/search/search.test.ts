import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { HIGHLIGHT_END, HIGHLIGHT_START, searchAll, type SearchHit } from "@/lib/read-models/search";
import { SEARCH_DOCUMENTS } from "@/lib/read-models/search-expressions";
import type { Subject } from "@/lib/auth/permissions";
import { must } from "../helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let urkId: string;
let lelystadId: string;

/** The hits of a search that must succeed. */
async function hits(q: string, subject: Subject | null = null): Promise<SearchHit[]> {
  const r = await searchAll(db.prisma, { q }, subject);
  if (!r.ok) throw new Error(`search refused: ${r.message}`);
  return r.hits;
}

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gemeente = (slug: string) => db.prisma.gemeente.findUniqueOrThrow({ where: { slug } });
  urkId = (await gemeente("urk")).id;
  lelystadId = (await gemeente("lelystad")).id;
  // A concept zienswijze of Urk (a draft: never public) and an adopted one of Lelystad (public).
  const regeling = await db.prisma.regeling.findUniqueOrThrow({ where: { slug: "gr-sociaal-domein-flevoland" } });
  const procedure = await db.prisma.procedure.findFirstOrThrow({ where: { regelingId: regeling.id } });
  const version = await db.prisma.documentVersion.findFirstOrThrow({ where: { documentId: procedure.documentId } });
  const participant = (gemeenteId: string) =>
    db.prisma.participant.findUniqueOrThrow({
      where: { regelingId_gemeenteId: { regelingId: regeling.id, gemeenteId } },
    });
  const zienswijze = async (
    gemeenteId: string,
    status: "CONCEPT" | "INGEDIEND",
    point: { onderwerp: string; tekst: string; antwoord?: string },
  ) =>
    db.prisma.zienswijze.create({
      data: {
        procedureId: procedure.id,
        participantId: (await participant(gemeenteId)).id,
        documentVersionId: version.id,
        status,
        ingediendOp: status === "INGEDIEND" ? new Date("2026-11-01T00:00:00Z") : null,
        points: { create: [{ nummer: 1, ...point }] },
      },
    });
  await zienswijze(urkId, "CONCEPT", { onderwerp: "Kwartelkoning", tekst: "Een geheime kwartelkoningen-notitie." });
  await zienswijze(lelystadId, "INGEDIEND", {
    onderwerp: "Wielewaal <b>vet</b>",
    tekst: "De raad vraagt om wielewalen in de begroting.",
    antwoord: "Het dagelijks bestuur neemt de roerdomp over.",
  });
});
afterAll(async () => db?.close());

describe("full-text search (Dutch dictionary)", () => {
  it("finds a regeling and a gemeente by name, the name itself ranked first", async () => {
    const found = await hits("Sociaal Domein Flevoland");
    expect(found.map((h) => h.kind)).toContain("regeling");
    expect(found[0]?.kind).toBe("regeling");
    const urk = await hits("Urk");
    expect(urk[0]).toMatchObject({ kind: "gemeente", title: "Urk", href: "/gemeenten/urk" });
  });

  it("stems Dutch words: a plural finds the singular, with the match marked in the snippet", async () => {
    const found = await hits("wielewaal");
    const point = must(
      found.find((h) => h.kind === "zienswijzepunt"),
      "point",
    );
    expect(point.href).toBe("/regelingen/gr-sociaal-domein-flevoland");
    expect(point.snippet).toContain(`${HIGHLIGHT_START}wielewalen${HIGHLIGHT_END}`);
    // Stored markup stays text: the snippet never becomes HTML (the page renders it as text).
    expect(point.title).toContain("<b>vet</b>");
    expect((await hits("roerdompen")).map((h) => h.kind)).toEqual(["antwoord"]);
  });

  it("keeps concept zienswijzen from the public and from other gemeenten (the permissions table)", async () => {
    expect(await hits("kwartelkoning")).toEqual([]);
    expect(await hits("kwartelkoning", { role: "GRIFFIER", gemeenteId: lelystadId })).toEqual([]);
    expect(await hits("kwartelkoning", { role: "SECRETARIAAT", gemeenteId: null })).toEqual([]);
    expect(await hits("kwartelkoning", { role: "RAADSLID", gemeenteId: urkId })).toEqual([]);
    const own = await hits("kwartelkoning", { role: "GRIFFIER", gemeenteId: urkId });
    expect(own.map((h) => [h.kind, h.concept, h.href])).toEqual([["zienswijzepunt", true, "/griffie"]]);
    expect(await hits("kwartelkoning", { role: "COLLEGE", gemeenteId: urkId })).toHaveLength(1);
    // The public one of Lelystad is seen by everyone.
    expect(await hits("wielewaal", { role: "GRIFFIER", gemeenteId: urkId })).toHaveLength(1);
  });

  it("answers bad input with a Dutch message and treats odd characters as text, never as SQL", async () => {
    const before = await db.prisma.regeling.count();
    for (const q of ["", "   ", "\u0000\u0001", "x".repeat(201)]) {
      const r = await searchAll(db.prisma, { q }, null);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/zoekterm|tekens/);
    }
    expect((await searchAll(db.prisma, {}, null)).ok).toBe(false);
    expect((await searchAll(db.prisma, { q: ["a", "b"] }, null)).ok).toBe(false);
    const onlyStopwords = await searchAll(db.prisma, { q: "de het een" }, null);
    expect(onlyStopwords).toMatchObject({ ok: false, message: expect.stringContaining("geen woorden") });
    for (const q of [
      `'; DROP TABLE "Regeling"; --`,
      "urk & | ! ( ) :* <-> \\",
      '"Sociaal Domein" -jeugd OR wmo',
      "<script>alert(1)</script>",
      "🙂 ünïcödé 𝔘𝔯𝔨",
      "x".repeat(200),
    ]) {
      const r = await searchAll(db.prisma, { q }, null);
      if (!r.ok) expect(r.message).toMatch(/woorden/);
    }
    expect(await db.prisma.regeling.count()).toBe(before);
    expect((await hits(`Urk'); --`)).map((h) => h.title)).toContain("Urk");
  });

  it("returns a bounded list", async () => {
    expect((await hits("flevoland")).length).toBeLessThanOrEqual(30);
  });

  it("has a GIN index on each searched expression, which the planner uses", async () => {
    const sql = readdirSync(MIGRATIONS_DIR)
      .filter((d) => !d.endsWith(".toml"))
      .map((d) => readFileSync(join(MIGRATIONS_DIR, d, "migration.sql"), "utf8"))
      .join("\n");
    for (const expression of Object.values(SEARCH_DOCUMENTS))
      expect(sql).toContain(`USING gin (${expression.replace(/\b[a-z]\."/g, '"')})`);
    const plan = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Record<string, string>[]>(
        `EXPLAIN SELECT 1 FROM "Gemeente" g WHERE ${SEARCH_DOCUMENTS.gemeente} @@ websearch_to_tsquery('dutch', 'urk')`,
      );
    });
    expect(JSON.stringify(plan)).toContain("Gemeente_search_idx");
  });
});
