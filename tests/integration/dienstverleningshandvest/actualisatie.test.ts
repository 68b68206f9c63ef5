import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { runCommand } from "@/lib/commands";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/openapi";
import * as handvestApi from "@/app/api/v1/dienstverleningshandvesten/[id]/route";
import { ctx, req } from "../public/http";
import { must } from "../helpers/must";
import {
  recordDvhBosdAkkoord,
  recordDvhCollegebesluit,
  recordDvhRaadGeinformeerd,
  startDvhActualisatie,
} from "@/lib/services/dienstverleningshandvest/commands";

/**
 * A Dienstverleningshandvest actualisatie walked through the one command runner by the roles whose
 * job it is: the secretariat (new version, BOSD akkoord), each college, each griffie.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let regelingSlug: string;
const participants: Record<string, string> = {};
const gemeenten: Record<string, string> = {};
const now = new Date("2026-11-20T10:00:00Z");
const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
const college = (slug: string) => ({ id: `u-college-${slug}`, role: "COLLEGE" as const, gemeenteId: gemeenten[slug] });
const griffier = (slug: string) => ({
  id: `u-griffie-${slug}`,
  role: "GRIFFIER" as const,
  gemeenteId: gemeenten[slug],
});
/** A college's decision for gemeente `of`, asked by the college of gemeente `by`. */
const collegebesluit = (by: string, of: string, decidedOn: string, extra: Record<string, string> = {}) =>
  runCommand(
    db.prisma,
    college(by),
    recordDvhCollegebesluit,
    { procedureId, participantId: participants[of], decidedOn, ...extra },
    { now },
  );
/** The raad of gemeente `of` informed, as the griffie of gemeente `by` records it. */
const geinformeerd = (by: string, of: string, informedOn: string) =>
  runCommand(
    db.prisma,
    griffier(by),
    recordDvhRaadGeinformeerd,
    { procedureId, participantId: participants[of], informedOn },
    { now },
  );
const version = async () => (await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).version;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  // The API's route handlers read through getPrisma(): point it at this database.
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "DVH_ACTUALISEREN" },
    include: { regeling: { include: { participants: { include: { gemeente: true } } } } },
  });
  procedureId = proc.id;
  regelingSlug = proc.regeling.slug;
  for (const p of proc.regeling.participants) {
    participants[p.gemeente.slug] = p.id;
    gemeenten[p.gemeente.slug] = p.gemeenteId;
  }
});
afterAll(async () => db?.close());

describe("Dienstverleningshandvest actualisatie through the runner", () => {
  it("the secretariat starts it with a new version of the handvest; a griffier may not", async () => {
    const input = {
      procedureId,
      label: "Dienstverleningshandvest 2027 (concept)",
      status: "CONCEPT",
      text: "Artikel 1 – Taken\nDe uitvoeringsorganisatie voert de regionale inkoop uit.",
      createdOn: "2026-11-02",
    };
    const refused = await runCommand(db.prisma, griffier("urk"), startDvhActualisatie, input, { now });
    expect(refused.ok).toBe(false);
    const started = await runCommand(db.prisma, secretariaat, startDvhActualisatie, input, {
      now,
      expectedVersion: await version(),
    });
    expect(started).toMatchObject({ ok: true, number: 2, status: "concept_opgesteld" });
    const versions = await db.prisma.documentVersion.findMany({
      where: { document: { procedures: { some: { id: procedureId } } } },
      orderBy: { number: "asc" },
      include: { articles: true },
    });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[1].articles.map((a) => a.nummer)).toEqual(["1"]);
  });

  it("records the BOSD akkoord, refusing a stale form and a date before the concept", async () => {
    const bosd = (decidedOn: string, expectedVersion?: number) =>
      runCommand(db.prisma, secretariaat, recordDvhBosdAkkoord, { procedureId, decidedOn }, { now, expectedVersion });
    expect((await bosd("2026-11-05", 0)).ok).toBe(false);
    expect((await bosd("2026-11-01")).ok).toBe(false);
    const ok = await bosd("2026-11-05", await version());
    expect(ok).toMatchObject({ ok: true, status: "bosd_akkoord" });
  });

  it("a college decides only for its own gemeente; a wrong-gemeente college changes nothing", async () => {
    const audit = await db.prisma.auditEvent.count();
    const wrong = await collegebesluit("almere", "urk", "2026-11-10");
    expect(wrong).toMatchObject({ ok: false, message: expect.stringMatching(/eigen gemeente/) });
    expect(await db.prisma.auditEvent.count()).toBe(audit);
    const own = await collegebesluit("urk", "urk", "2026-11-10", { besluitnummer: "B&W-2026-101" });
    expect(own).toMatchObject({ ok: true, status: "collegebesluitvorming" });
    const twice = await collegebesluit("urk", "urk", "2026-11-11");
    expect(twice.ok).toBe(false);
  });

  it("every college decides, then every griffie records that its raad was informed", async () => {
    const slugs = Object.keys(participants);
    for (const slug of slugs.filter((s) => s !== "urk")) {
      const r = await collegebesluit(slug, slug, "2026-11-12");
      expect(r, slug).toMatchObject({ ok: true });
    }
    expect((await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).derivedState).toBe(
      "vastgesteld",
    );
    const otherGriffie = await geinformeerd("almere", "urk", "2026-11-13");
    expect(otherGriffie.ok).toBe(false);
    for (const slug of slugs) {
      const r = await geinformeerd(slug, slug, "2026-11-13");
      expect(r, slug).toMatchObject({ ok: true });
    }
    const proc = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(proc.derivedState).toBe("raden_geinformeerd");
    // The matrix says what happened per gemeente, never "Neemt niet deel" for a gemeente that takes part.
    const matrix = await loadConsensusMatrix(db.prisma, regelingSlug, "2026-11-20");
    const row = matrix.rows.find((r) => r.procedureId === procedureId);
    expect(row?.cells.map((c) => c.label)).toEqual(slugs.map(() => "Raad geïnformeerd op 13 november 2026"));
    const types = (
      await db.prisma.auditEvent.findMany({
        where: { subjectId: procedureId },
        orderBy: { id: "asc" },
        select: { type: true },
      })
    ).map((e) => e.type);
    expect(types.filter((t) => t.startsWith("dvh_"))).toEqual([
      "dvh_concept_opgesteld",
      "dvh_bosd_akkoord",
      ...slugs.map(() => "dvh_collegebesluit"),
      ...slugs.map(() => "dvh_raad_geinformeerd"),
    ]);
  });
});

describe("API: /api/v1/dienstverleningshandvesten/{id}", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");

  it("answers the stand per gemeente as the OpenAPI document declares, and 404 for an unknown id", async () => {
    const path = `/api/v1/dienstverleningshandvesten/${procedureId}`;
    const res = await handvestApi.GET(req(path), ctx({ id: procedureId }));
    expect(res.status).toBe(200);
    const body = JSON.parse(await res.text()) as { gemeenten: { raadGeinformeerdOp: string | null }[] };
    const check = must(ajv.getSchema("urn:gr-volg:openapi#/components/schemas/Dienstverleningshandvest"), "schema");
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    expect(openApiDocument.paths["/dienstverleningshandvesten/{id}"].get.responses["200"]).toBeTruthy();
    expect(body.gemeenten.every((g) => g.raadGeinformeerdOp === "2026-11-13")).toBe(true);
    const missing = await handvestApi.GET(req("/api/v1/dienstverleningshandvesten/onbekend"), ctx({ id: "onbekend" }));
    expect(missing.status).toBe(404);
    const post = await handvestApi.POST(req(path, { method: "POST" }));
    expect(post.status).toBe(405);
  });
});
