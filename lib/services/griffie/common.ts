import { fail, parseInput, type Result } from "@/lib/result";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Decision, RaadTrackEvent } from "@/lib/domain";
import { Refusal, applyGrStep, type CommandContext } from "@/lib/commands";
import type { RoleName } from "@/lib/auth/roles";
import { checkPdfUpload, prepareUpload, type StoredUpload, type Upload } from "@/lib/storage/files";
import { toInt, type MotieInput } from "@/lib/validation/griffie/common";
import { recordWrites } from "@/lib/services/audit";

export interface GriffieUser {
  id: string;
  role: RoleName;
  gemeenteId: string | null;
}

/** The one result type (lib/result); re-exported under its older name while callers move over. */
export type ServiceResult<T = object> = Result<T>;
export { fail, parseInput };

/**
 * A step on the participant's raad track, inside the runner's transaction, checked against the
 * track version the form was computed from (`expectedVersion` in the form's input).
 */
export function raadStep(
  ctx: CommandContext<{ procedureId: string; participantId: string; expectedVersion: string }, unknown>,
  event: RaadTrackEvent,
  extraWrites?: (tx: Prisma.TransactionClient) => Promise<void>,
) {
  return applyGrStep(ctx, {
    procedureId: ctx.data.procedureId,
    command: { track: "raad", participantId: ctx.data.participantId, event },
    expectedVersion: Number(ctx.data.expectedVersion),
    extraWrites,
  });
}

/** The checked PDF of a command declared with `upload: "pdf"` (the runner refused the request without one). */
export function requireUpload(ctx: { upload: StoredUpload | null }): StoredUpload {
  if (!ctx.upload) throw new Refusal("Voeg het raadsbesluit toe als PDF.", { bestand: "Kies een PDF-bestand." });
  return ctx.upload;
}

/** The raad of the participant's gemeente (the body that decides). */
export async function raadBodyId(db: Db | Prisma.TransactionClient, gemeenteId: string): Promise<string> {
  const body = await db.body.findUniqueOrThrow({ where: { gemeenteId_kind: { gemeenteId, kind: "RAAD" } } });
  return body.id;
}

export interface BesluitFieldsParsed {
  besluitdatum: string;
  besluitnummer: string;
  stemmenVoor: string;
  stemmenTegen: string;
  zittingHebbendeLeden: string;
  aanwezig: string;
  moties: MotieInput[];
}

export function decisionOf(f: BesluitFieldsParsed, documentVersionId: string): Decision {
  const votes: NonNullable<Decision["votes"]> = { for: Number(f.stemmenVoor), against: Number(f.stemmenTegen) };
  const zitting = toInt(f.zittingHebbendeLeden);
  const aanwezig = toInt(f.aanwezig);
  if (zitting !== undefined) votes.zittingHebbendeLeden = zitting;
  if (aanwezig !== undefined) votes.aanwezig = aanwezig;
  return { documentVersionId, decidedOn: f.besluitdatum, body: "raad", besluitnummer: f.besluitnummer, votes };
}

export const dbDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Besluit columns shared by every raadsbesluit. */
export function besluitColumns(f: BesluitFieldsParsed) {
  return {
    besluitdatum: dbDate(f.besluitdatum),
    besluitnummer: f.besluitnummer,
    stemmenVoor: Number(f.stemmenVoor),
    stemmenTegen: Number(f.stemmenTegen),
    zittingHebbendeLeden: toInt(f.zittingHebbendeLeden) ?? null,
    aanwezig: toInt(f.aanwezig) ?? null,
  };
}

/** Writes a new besluit's moties; every caller has just created that besluit, so both go into the audit event. */
export async function createMoties(tx: Prisma.TransactionClient, besluitId: string, moties: MotieInput[]) {
  recordWrites(tx, [{ table: "Besluit", id: besluitId }]);
  for (const m of moties) {
    const motie = await tx.motie.create({
      data: { besluitId, soort: m.soort, titel: m.titel, indiener: m.indiener, uitkomst: m.uitkomst },
    });
    recordWrites(tx, [{ table: "Motie", id: motie.id }]);
  }
}

/**
 * Checks the PDF (size, structure, no active content) before anything is written, then runs
 * `work`, which stores the file with createStoredFile inside its own transaction: the bytes and the
 * registration that references them commit together or not at all.
 */
export async function withUpload<T extends { ok: boolean }>(
  upload: Upload | undefined | null,
  work: (stored: StoredUpload) => Promise<T>,
): Promise<T | ReturnType<typeof fail>> {
  const problem = await checkPdfUpload(upload);
  if (problem || !upload) {
    const message = problem ?? "Kies een PDF-bestand.";
    return fail(message, { bestand: message });
  }
  return work(prepareUpload(upload));
}

/** The file row and its bytes, in the caller's transaction. */
export async function createStoredFile(tx: Prisma.TransactionClient, stored: StoredUpload, userId: string) {
  const { content, ...meta } = stored;
  const f = await tx.storedFile.create({
    data: { ...meta, uploadedById: userId, content: { create: { content: content as Uint8Array<ArrayBuffer> } } },
    select: { id: true },
  });
  recordWrites(tx, [{ table: "StoredFile", id: f.id }]);
  return f.id;
}
