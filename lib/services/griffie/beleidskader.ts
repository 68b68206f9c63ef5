import type { Db } from "@/lib/db/client";
import type { BeleidskaderEvent } from "@/lib/domain";
import { applyBeleidskaderCommand, loadBeleidskaderTrack } from "@/lib/services/beleidskader-store";
import { ConflictError } from "@/lib/services/gr-procedure-store";
import type { Upload } from "@/lib/storage/files";
import { beleidskaderBesluitSchema, beleidskaderStapSchema } from "@/lib/validation/griffie/beleidskader";
import {
  actorOf,
  authorizeParticipant,
  besluitColumns,
  createMoties,
  createStoredFile,
  decisionOf,
  fail,
  parseInput,
  raadBodyId,
  withUpload,
  type GriffieUser,
  type ServiceResult,
} from "./common";

/** Raadsvoorstel aangeboden (for the latest version of the beleidskader) or geagendeerd for a raadsvergadering. */
export async function registreerBeleidskaderStap(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
): Promise<ServiceResult> {
  const parsed = parseInput(beleidskaderStapSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "raadsbesluit.registreren", input.participantId);
  if (!auth.ok) return auth;
  const loaded = await loadBeleidskaderTrack(db, input.procedureId, input.participantId);
  if (!loaded) return fail("Deze beleidskaderprocedure of deelnemer bestaat niet.");
  let event: BeleidskaderEvent;
  if (input.stap === "aangeboden") {
    const latest = await db.documentVersion.findFirst({
      where: { documentId: loaded.documentId },
      orderBy: { number: "desc" },
    });
    if (!latest) return fail("Van dit beleidskader is nog geen versie gepubliceerd.");
    event = { type: "aangeboden", documentVersionId: latest.id, offeredOn: input.datum };
  } else {
    event = { type: "geagendeerd", agenda: { raadDate: input.datum } };
  }
  try {
    const res = await applyBeleidskaderCommand(db, {
      procedureId: input.procedureId,
      participantId: input.participantId,
      event,
      actor: actorOf(user!),
      expectedVersion: Number(input.expectedVersion),
    });
    return res.ok ? { ok: true } : fail(res.message);
  } catch (err) {
    if (err instanceof ConflictError) return fail(err.message);
    throw err;
  }
}

/** Vastgesteld, geamendeerd vastgesteld or verworpen, with votes, moties/amendementen and the raadsbesluit PDF. */
export async function registreerBeleidskaderBesluit(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
  upload: Upload | null | undefined,
): Promise<ServiceResult> {
  const parsed = parseInput(beleidskaderBesluitSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "raadsbesluit.registreren", input.participantId);
  if (!auth.ok) return auth;
  const loaded = await loadBeleidskaderTrack(db, input.procedureId, input.participantId);
  const versionId = loaded?.track.documentVersionId;
  if (!loaded || !versionId) return fail("Het raadsvoorstel is voor deze raad nog niet als aangeboden geregistreerd.");
  const decision = decisionOf(input, versionId);
  const event: BeleidskaderEvent =
    input.uitkomst === "VASTGESTELD"
      ? { type: "vastgesteld", decision }
      : input.uitkomst === "VERWORPEN"
        ? { type: "verworpen", decision }
        : {
            type: "geamendeerd_vastgesteld",
            decision,
            amendementen: input.moties
              .filter((m) => m.soort === "AMENDEMENT" && m.uitkomst === "AANGENOMEN")
              .map((m) => ({ titel: m.titel })),
          };
  const u = user!;
  const bodyId = await raadBodyId(db, auth.participant.gemeenteId);
  return withUpload(upload, async (stored) => {
    const res = await applyBeleidskaderCommand(db, {
      procedureId: input.procedureId,
      participantId: input.participantId,
      event,
      actor: actorOf(u),
      expectedVersion: Number(input.expectedVersion),
      extraWrites: async (tx) => {
        const fileId = await createStoredFile(tx, stored, u.id);
        const besluit = await tx.besluit.create({
          data: {
            procedureId: input.procedureId,
            participantId: input.participantId,
            bodyId,
            documentVersionId: versionId,
            type: "VASTSTELLING",
            uitkomst: input.uitkomst,
            ...besluitColumns(input),
            fileId,
            recordedById: u.id,
          },
        });
        await createMoties(tx, besluit.id, input.moties);
      },
    });
    return res.ok ? { ok: true as const } : fail(res.message);
  });
}
