import { openTestDb } from "./test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario, type GrScenario } from "@/lib/scenario";

/** The regional secretariat as the tests' user (no person row needed). */
export const SECRETARIAAT_USER = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };

/** A fresh database with the Flevoland seed and its new GR walked by `walk`. */
export async function openGrScenario(now: Date, walk: (gr: GrScenario) => Promise<unknown>) {
  const db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma, { now }).regeling("gr-sociaal-domein-flevoland").load();
  await walk(gr);
  return { db, gr };
}

/** A fresh database with the Flevoland seed: its new GR's procedure and the concept version, untouched. */
export async function openSeededGr() {
  const db = await openTestDb();
  await seedFlevoland(db.prisma);
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: { orderBy: { number: "asc" } } } } },
  });
  return { db, procedureId: proc.id, versionId: proc.document.versions[0].id };
}

/** Every raad gave no zienswijze; the toestemmingsprocedure is open; Urk's raad gave toestemming. */
export async function toestemmingByUrk(gr: GrScenario) {
  await toToestemmingsprocedure(gr);
  await gr.ontvangen("urk", "2026-09-02", "toestemmingsvoorstel");
  await gr.agenderen("urk", "2026-10-15");
  await gr.toestemmingVerleend("urk", "2026-10-15");
}

/** Every raad gave no zienswijze (1 April 2026); the toestemmingsprocedure is open on the definitive version. */
export async function toToestemmingsprocedure(gr: GrScenario) {
  await gr.through("toestemmingsprocedure_geopend", {
    dates: {
      concept_opgesteld: "2026-03-01",
      bosd_akkoord: "2026-03-10",
      zienswijzeprocedure_geopend: "2026-03-15",
      zienswijzeprocedure_gesloten: "2026-05-20",
      nota_van_beantwoording_vastgesteld: "2026-06-01",
      definitieve_versie_vastgesteld: "2026-06-10",
      toestemmingsprocedure_geopend: "2026-09-01",
    },
    ontwerpOntvangen: "2026-03-16",
    geenZienswijze: "2026-04-01",
    definitief: { label: "Definitief", text: "Artikel 1 – Belang\nJeugdhulp en Wmo." },
  });
}
