import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { forecastRegeling } from "@/lib/services/forecast";
import { formatForecastTable, isAtwRestDay } from "@/lib/domain";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

describe("forecast of the seeded Flevoland regeling (issue 20 point 11)", () => {
  it("on 2026-12-01 says in words that 1-1-2027 cannot be reached and gives the earliest feasible date", async () => {
    const r = await forecastRegeling(db.prisma, "gr-sociaal-domein-flevoland", { today: "2026-12-01" });
    expect(r.verdict.reachable).toBe(false);
    expect(r.verdict.text).toMatch(/^Inwerkingtreding op 1 januari 2027 is niet meer haalbaar\./);
    expect(r.verdict.text).toContain("uiterlijk 31 december 2026 bekendgemaakt");
    expect(r.verdict.text).toContain("De vroegst haalbare datum van inwerkingtreding is 28 mei 2027.");
    expect(r.verdict.text).toContain("de zienswijzetermijn van 8 weken loopt tot 4 maart 2027");
    expect(r.earliestInForce).toBe("2027-05-28");
    // the regional steps still to come are planned, on working days
    expect(r.regionalSteps.filter((s) => !s.done).map((s) => s.step)).toContain("bosd_akkoord");
    for (const s of r.regionalSteps) expect(isAtwRestDay(s.date)).toBe(false);
    // nobody is "onbekend": every full participant has a date; the tie is named as a tie
    expect(r.participants.filter((p) => p.scope === "full").every((p) => p.signDate !== null)).toBe(true);
    expect(r.criticalPath?.tie).toBe(true);
    expect(formatForecastTable(r).startsWith(`Oordeel: ${r.verdict.text}`)).toBe(true);
  });
});
