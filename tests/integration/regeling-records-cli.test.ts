import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { runEindeVervangen, runRegisterInschrijving } from "@/cli/commands/regeling";

/** Issue 20 point 9 (R14, R15) through `gr-volg regeling …`: the same commands as the forms, audited. */
let db: Awaited<ReturnType<typeof openTestDb>>;
const GR = "gr-sociaal-domein-flevoland";

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

describe("gr-volg regeling einde-vervangen (R14)", () => {
  it("refuses a date with a gap (exit 3, Dutch) and an unknown regeling (exit 2), changing nothing", async () => {
    const gap = await runEindeVervangen(db.prisma, { regeling: GR, einddatum: "2026-12-30" });
    expect(gap.exitCode).toBe(3);
    expect(gap.message).toContain("2026-12-31");
    const bad = await runEindeVervangen(db.prisma, { regeling: "bestaat-niet", einddatum: "2026-12-31" });
    expect(bad).toEqual({ exitCode: 2, message: 'Geen regeling "bestaat-niet".' });
    const malformed = await runEindeVervangen(db.prisma, { regeling: GR, einddatum: "31-12-2026" });
    expect(malformed.exitCode).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { type: "vervangen_regeling_einde_vastgelegd" } })).toBe(0);
  });

  it("records the day before the new regeling takes effect, audited without a person", async () => {
    const ok = await runEindeVervangen(db.prisma, { regeling: GR, einddatum: "2026-12-31" });
    expect(ok.exitCode).toBe(0);
    const oud = await db.prisma.regeling.findUniqueOrThrow({
      where: { slug: "centrumregeling-sociaal-domein-flevoland-2015" },
    });
    expect(oud.beeindigdOp?.toISOString().slice(0, 10)).toBe("2026-12-31");
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "vervangen_regeling_einde_vastgelegd" } });
    expect(ev).toMatchObject({ subjectId: oud.id, actorId: null, actorRole: "ADMIN", toState: "2026-12-31" });
  });
});

describe("gr-volg regeling register (R15)", () => {
  it("records a college register by gemeente slug and the central one, audited", async () => {
    const urk = await runRegisterInschrijving(db.prisma, { regeling: GR, register: "urk", datum: "2026-11-20" });
    expect(urk.exitCode).toBe(0);
    const centraal = await runRegisterInschrijving(db.prisma, {
      regeling: GR,
      register: "centraal",
      datum: "2026-11-21",
      kenmerk: "GR-12345",
    });
    expect(centraal.exitCode).toBe(0);
    const rows = await db.prisma.registerInschrijving.findMany({ orderBy: { ingeschrevenOp: "asc" } });
    expect(rows.map((r) => [r.register === "centraal" ? "centraal" : "college", r.kenmerk])).toEqual([
      ["college", null],
      ["centraal", "GR-12345"],
    ]);
    expect(await db.prisma.auditEvent.count({ where: { type: "register_inschrijving_vastgelegd" } })).toBe(2);
  });

  it("refuses Zeewolde (no party to the new GR), a future date and an unknown gemeente", async () => {
    const zw = await runRegisterInschrijving(db.prisma, { regeling: GR, register: "zeewolde", datum: "2026-11-20" });
    expect(zw.exitCode).toBeGreaterThan(0);
    const nope = await runRegisterInschrijving(db.prisma, { regeling: GR, register: "utrecht", datum: "2026-11-20" });
    expect(nope.exitCode).toBe(2);
    expect(nope.message).toContain("geen deelnemende gemeente");
    const future = await runRegisterInschrijving(db.prisma, { regeling: GR, register: "almere", datum: "2099-01-01" });
    expect(future.exitCode).toBeGreaterThan(0);
    expect(await db.prisma.auditEvent.count({ where: { type: "register_inschrijving_vastgelegd" } })).toBe(2);
  });
});
