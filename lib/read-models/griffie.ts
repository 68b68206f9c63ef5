import type { Db } from "@/lib/db/client";

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
