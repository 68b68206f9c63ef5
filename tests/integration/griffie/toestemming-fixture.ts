/**
 * Shared setup of the toestemming tests: the Flevoland seed in the toestemmingsprocedure, every raad past its
 * zienswijze window, and Almere, Lelystad and Urk with the voorstel received and on the agenda of 8 October.
 */
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { scenario } from "@/lib/scenario";
import type { GriffieUser } from "@/lib/services/griffie/common";
// Not a React hook: it points file storage at a temporary directory for this test file.
import { griffier, useTempStorage as withTempStorage } from "./helpers";

export type ToestemmingFixture = Awaited<ReturnType<typeof openToestemmingFixture>>;

export async function openToestemmingFixture() {
  withTempStorage();
  const db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma).regeling("gr-sociaal-domein-flevoland").through("toestemmingsprocedure_geopend");
  const procedureId = gr.procedureId;
  const p: Record<string, string> = { ...gr.participants };
  const definitief = (await loadGrProcedure(db.prisma, procedureId))?.state.currentVersionId ?? "";
  const u: Record<string, GriffieUser> = {};
  for (const g of ["almere", "lelystad", "urk"]) {
    u[g] = await griffier(db.prisma, g);
    await gr.ontvangen(g, "2026-09-02", "toestemmingsvoorstel");
    await gr.agenderen(g, "2026-10-08", "toestemming", "2026-09-24");
  }
  const track = (participantId: string) =>
    db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
    });
  /** A valid "toestemming verleend" registration for the participant, with `extra` fields replaced. */
  const base = async (participant: string, extra: Record<string, unknown> = {}) => ({
    procedureId,
    participantId: participant,
    expectedVersion: String((await track(participant)).version),
    documentVersionId: definitief,
    uitkomst: "VERLEEND",
    weigeringsgrond: "",
    motivering: "",
    verwachteDatum: "",
    besluitdatum: "2026-10-08",
    besluitnummer: "2026-101",
    stemmenVoor: "30",
    stemmenTegen: "9",
    zittingHebbendeLeden: "",
    aanwezig: "",
    moties: [],
    ...extra,
  });
  return { db, gr, procedureId, definitief, p, u, track, base };
}
