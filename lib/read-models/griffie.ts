import type { Db } from "@/lib/db/client";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";

/** The own raad track of a beleidskader procedure, with the procedure, its document and the raad's besluiten. */
export async function loadGriffieBeleidskader(db: Db, procedureId: string, gemeenteId: string) {
  const track = await db.track.findFirst({
    where: {
      procedureId,
      kind: "RAAD",
      participant: { gemeenteId },
      procedure: { kind: "BELEIDSKADER_VASTSTELLEN" },
    },
    include: { procedure: { include: { document: true } } },
  });
  if (!track) return null;
  const besluiten = await db.besluit.findMany({
    where: { procedureId, participantId: track.participantId },
    orderBy: { createdAt: "asc" },
    include: { moties: true },
  });
  return { track, besluiten };
}

/**
 * The raden whose zienswijze was adopted after the nota van beantwoording (Wgr art. 1 lid 3): the nota does not
 * answer it yet, so the secretariat sees it as still to be answered.
 */
export async function loadZienswijzenNaNota(db: Db, procedureId: string): Promise<string[]> {
  const loaded = await loadGrProcedure(db, procedureId);
  if (!loaded) return [];
  return loaded.state.participants
    .filter((x) => loaded.state.raadTracks[x.id]?.zienswijze?.afterNota === true)
    .map((x) => x.name);
}
