import type { Prisma } from "@/generated/prisma/client";
import { lateMeetingWarnings, type RaadTrackState } from "@/lib/domain";

/**
 * Warnings after planning a raad meeting: the zienswijzetermijnen of this raad that are still running
 * (track received or on the agenda, not yet decided) and end before the meeting. The domain decides
 * "late" (lateMeetingWarnings); this only gathers the termijnen.
 */
export async function raadMeetingWarnings(
  tx: Prisma.TransactionClient,
  gemeenteId: string,
  meetingOn: string,
): Promise<string[]> {
  const tracks = await tx.track.findMany({
    where: { kind: "RAAD", status: { in: ["ontvangen", "geagendeerd"] }, participant: { gemeenteId } },
    select: { data: true, procedure: { select: { titel: true } } },
  });
  const deadlines = tracks.flatMap((t) => {
    const end = (t.data as unknown as RaadTrackState).zienswijze?.deadline?.end;
    return end ? [{ title: t.procedure.titel, end }] : [];
  });
  return lateMeetingWarnings(meetingOn, deadlines);
}
