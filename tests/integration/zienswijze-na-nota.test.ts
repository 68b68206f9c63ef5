import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrScenario } from "./helpers/gr-scenario";
import type { GrScenario } from "@/lib/scenario";
import { loadZienswijzenNaNota } from "@/lib/read-models/griffie";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";

/**
 * Issue 20 point 8 (Wgr art. 1 lid 3): a zienswijze the raad adopts after the nota van beantwoording
 * is still its zienswijze. It is recorded, flagged (afterNota) and listed for the secretariat as
 * still to be answered — through the griffie's real doors on a real database.
 */
let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
let gr: GrScenario;
const now = new Date("2026-09-10T10:00:00Z");

beforeAll(async () => {
  // The windows lapse (no raad decides in time), the procedure closes, the nota is adopted on 2026-08-20.
  ({ db, gr } = await openGrScenario(now, (g) => g.through("nota_van_beantwoording_vastgesteld")));
});
afterAll(async () => db?.close());

describe("zienswijze after the nota van beantwoording", () => {
  it("nothing is flagged while no raad adopted a zienswijze after the nota", async () => {
    expect(await loadZienswijzenNaNota(db.prisma, gr.procedureId)).toEqual([]);
  });

  it("a late zienswijze of Urk is recorded with afterNota and listed for the nota page", async () => {
    await gr.zienswijzeVastgesteld("urk", "2026-09-03", [
      { onderwerp: "Kosten", articleId: "", tekst: "De kosten per inwoner zijn te hoog." },
    ]);
    const loaded = await loadGrProcedure(db.prisma, gr.procedureId);
    const zw = loaded?.state.raadTracks[gr.participants.urk]?.zienswijze;
    expect(zw).toMatchObject({ afterNota: true, late: true });
    expect(loaded?.state.raadTracks[gr.participants.almere]?.zienswijze?.afterNota).toBeUndefined();
    expect(await loadZienswijzenNaNota(db.prisma, gr.procedureId)).toEqual(["Urk"]);
  });
});
