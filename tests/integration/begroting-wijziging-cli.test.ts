import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { loadBegrotingCycle } from "@/lib/services/begroting/read";
import { runBegrotingStart } from "@/cli/commands/begroting";
import { runWijzigingAanmaken, runWijzigingAntwoord, runWijzigingStap } from "@/cli/commands/begroting-wijziging";
import { main } from "@/cli/main";

/**
 * `gr-volg begroting wijziging …` (Wgr art. 35 lid 5) on the one runner, as the system secretariat, audited: bad input
 * exits 2, a refusal by the domain exits 3, in Dutch. The griffier's zienswijze has no CLI door (a griffie's form).
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
const GR = "gr-sociaal-domein-flevoland";
const base = { regeling: GR, jaar: "2028" };

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  expect((await runBegrotingStart(db.prisma, base)).exitCode).toBe(0);
});
afterAll(async () => db?.close());

describe("gr-volg begroting wijziging", () => {
  it("is registered: a missing required option is a usage error (exit 2)", async () => {
    expect(await main(["begroting", "wijziging", "stap", "--regeling", GR])).toBe(2);
  });

  it("creates, sends and adopts a wijziging; bad input exits 2, a refusal 3", async () => {
    expect(await runWijzigingAanmaken(db.prisma, { ...base, titel: " " })).toMatchObject({ exitCode: 2 });
    expect(await runWijzigingAanmaken(db.prisma, { ...base, titel: "Extra jeugdzorg" })).toEqual({
      exitCode: 0,
      message: expect.stringContaining("Begrotingswijziging 1 aangemaakt"),
    });
    expect(
      await runWijzigingStap(db.prisma, { ...base, nummer: "1", stap: "verzonden", datum: "2027-04-01" }),
    ).toMatchObject({ exitCode: 2, message: expect.stringContaining("Onbekende stap") });
    // Not exempt: no vaststelling before the raden had the ontwerp (art. 35 lid 5).
    expect(
      await runWijzigingStap(db.prisma, { ...base, nummer: "1", stap: "wijziging_vastgesteld", datum: "2020-04-01" }),
    ).toMatchObject({ exitCode: 3 });
    expect(
      await runWijzigingStap(db.prisma, { ...base, nummer: "1", stap: "wijziging_verzonden", datum: "2025-01-06" }),
    ).toMatchObject({ exitCode: 0 });
    expect(
      await runWijzigingAntwoord(db.prisma, {
        ...base,
        nummer: "1",
        gemeente: "almere",
        datum: "2025-03-01",
        motivering: "Nee.",
      }),
    ).toMatchObject({ exitCode: 3 });
    expect(
      await runWijzigingStap(db.prisma, { ...base, nummer: "1", stap: "wijziging_vastgesteld", datum: "2025-04-01" }),
    ).toMatchObject({ exitCode: 0 });
    const cycle = await db.prisma.procedure.findFirstOrThrow({ where: { jaar: 2028 } });
    expect((await loadBegrotingCycle(db.prisma, cycle.id))?.wijzigingen.map((w) => [w.nummer, w.status])).toEqual([
      [1, "vastgesteld"],
    ]);
    const audit = await db.prisma.auditEvent.findMany({
      where: { subjectId: cycle.id, type: { startsWith: "begroting_wijziging" } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => [e.type, e.actorId])).toEqual([
      ["begroting_wijziging_aangemaakt", null],
      ["begroting_wijziging_verzonden", null],
      ["begroting_wijziging_vastgesteld", null],
    ]);
  });
});
