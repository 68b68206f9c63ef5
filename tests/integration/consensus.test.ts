import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import { statusCsv } from "@/lib/export/status-csv";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma, { now: new Date("2026-05-20T09:00:00Z") })
    .regeling("gr-sociaal-domein-flevoland")
    .through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-03-01", bosd_akkoord: "2026-03-20", zienswijzeprocedure_geopend: "2026-03-25" },
    });
  await gr.ontvangen("urk", "2026-03-30");
});
afterAll(async () => db?.close());

describe("consensus matrix", () => {
  it("shows every procedure × participant with state, deadline and risk", async () => {
    const m = await loadConsensusMatrix(db.prisma, "gr-sociaal-domein-flevoland", "2026-05-20");
    expect(m.participants.map((p) => p.naam)).toEqual([
      "Almere",
      "Dronten",
      "Lelystad",
      "Noordoostpolder",
      "Urk",
      "Zeewolde",
    ]);
    expect(m.rows.map((r) => r.kind).sort()).toEqual(["BELEIDSKADER_VASTSTELLEN", "DVH_ACTUALISEREN", "GR_TREFFEN"]);
    const gr = must(
      m.rows.find((r) => r.kind === "GR_TREFFEN"),
      "m.rows.find(…)",
    );
    expect(gr.stateLabel).toBe("Zienswijzeprocedure");
    const urk = must(
      gr.cells.find(
        (c) =>
          must(
            m.participants.find((p) => p.id === c.participantId),
            "m.participants.find(…)",
          ).naam === "Urk",
      ),
      "gr.cells.find(…)",
    );
    expect(urk.label).toBe("Ontwerp ontvangen door de raad");
    // Received 30 March 2026: 8 weeks end on 2e Pinksterdag, extended to 26 May (Atw).
    expect(urk.deadline).toBe("2026-05-26");
    // Without meeting dates the forecast plans with default durations (docs/forecast.md): on
    // 2026-05-20 Urk can still sign well before the target, so it is on schedule (no longer "te laat").
    expect(urk.risk).toBe("op_schema");
    const dvh = must(
      m.rows.find((r) => r.kind === "DVH_ACTUALISEREN"),
      "m.rows.find(…)",
    );
    expect(dvh.cells.every((c) => c.trackId === null && c.risk === "niet_van_toepassing")).toBe(true);
  });

  it("exports the same overview as CSV", async () => {
    const m = await loadConsensusMatrix(db.prisma, "gr-sociaal-domein-flevoland", "2026-05-20");
    const rows = parse(statusCsv(m), { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(m.rows.length * m.participants.length);
    expect(rows.find((r) => r.Gemeente === "Urk" && r.Document.startsWith("Gemeenschappelijke"))?.Termijn).toBe(
      "2026-05-26",
    );
  });

  it("refuses an unknown regeling clearly", async () => {
    await expect(loadConsensusMatrix(db.prisma, "bestaat-niet", "2026-05-20")).rejects.toThrow(
      "Geen regeling gevonden",
    );
  });
});
