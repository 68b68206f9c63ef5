import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { runProcedureStap } from "@/cli/commands/procedure";

let db: Awaited<ReturnType<typeof openTestDb>>;
const base = { regeling: "gr-sociaal-domein-flevoland", document: "concept-gr" };

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

describe("gr-volg procedure stap", () => {
  it("applies regional steps as the secretariat, audited, and refuses steps out of order", async () => {
    const outOfOrder = await runProcedureStap(db.prisma, { ...base, stap: "bosd_akkoord", datum: "2026-04-15" });
    expect(outOfOrder.exitCode).toBe(3);
    for (const [stap, datum] of [
      ["concept_opgesteld", "2026-02-01"],
      ["bosd_akkoord", "2026-04-15"],
      ["zienswijzeprocedure_geopend", "2026-05-01"],
    ]) {
      const r = await runProcedureStap(db.prisma, { ...base, stap, datum });
      expect(r).toMatchObject({ exitCode: 0 });
    }
    const proc = await db.prisma.procedure.findFirstOrThrow({ where: { kind: "GR_TREFFEN" } });
    expect(proc.derivedState).toBe("zienswijzeprocedure");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ type: "zienswijzeprocedure_geopend", actorRole: "SECRETARIAAT" });
  });

  it("rejects unknown steps, bad dates and unknown documents with a Dutch message", async () => {
    expect((await runProcedureStap(db.prisma, { ...base, stap: "raad_besluit", datum: "2026-05-01" })).message).toMatch(
      /Onbekende stap/,
    );
    expect(
      (await runProcedureStap(db.prisma, { ...base, stap: "zienswijzeprocedure_gesloten", datum: "1-5-2026" }))
        .exitCode,
    ).toBe(2);
    // Year 0 does not exist in PostgreSQL (was a database error); far-off years are typing errors.
    for (const datum of ["0000-01-01", "1899-12-31", "2200-01-01"]) {
      const r = await runProcedureStap(db.prisma, { ...base, stap: "zienswijzeprocedure_gesloten", datum });
      expect(r).toMatchObject({
        exitCode: 2,
        message: expect.stringMatching(/--datum moet tussen 1900 en 2199 liggen/),
      });
    }
    expect(
      (
        await runProcedureStap(db.prisma, {
          ...base,
          document: "bestaat-niet",
          stap: "zienswijzeprocedure_gesloten",
          datum: "2026-05-01",
        })
      ).message,
    ).toMatch(/Geen document/);
  });
});
