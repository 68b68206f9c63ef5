import { fail, parseInput, type Result } from "@/lib/result";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  checkQuorum,
  checkVoteOutcome,
  missingVoteCounts,
  type Decision,
  type RaadTrackEvent,
  type VoteField,
} from "@/lib/domain";
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
  zonderStemming?: "on" | "";
  heropendeVergadering?: "on" | "";
  griffierMedeondertekend?: "on" | "";
  moties: MotieInput[];
}

/** The form's name for each vote field of the domain (a domain refusal about a count lands at its input). */
const VOTE_INPUT: Record<VoteField, keyof BesluitFieldsParsed> = {
  for: "stemmenVoor",
  against: "stemmenTegen",
  aanwezig: "aanwezig",
  zittingHebbendeLeden: "zittingHebbendeLeden",
};

/**
 * The domain's decision from the form's fields. Vote counts are required unless the besluit was taken without a vote
 * (hamerstuk); then the counts may stay empty (Gemeentewet art. 29 and 30 apply to a vote, not to a decision by acclamation).
 */
export function decisionOf(f: BesluitFieldsParsed, documentVersionId: string): Decision {
  const withoutVote = f.zonderStemming === "on";
  const forVotes = toInt(f.stemmenVoor);
  const against = toInt(f.stemmenTegen);
  const missing = missingVoteCounts({ for: forVotes, against, withoutVote });
  if (missing.length > 0) {
    const fieldErrors: Record<string, string> = {};
    if (missing.includes("for"))
      fieldErrors.stemmenVoor = "Vul het aantal stemmen voor in (of kies 'zonder stemming').";
    if (missing.includes("against"))
      fieldErrors.stemmenTegen = "Vul het aantal stemmen tegen in (of kies 'zonder stemming').";
    throw new Refusal(
      "Vul de stemmen in, of geef aan dat het besluit zonder stemming is genomen (hamerstuk).",
      fieldErrors,
    );
  }
  const votes: NonNullable<Decision["votes"]> = { for: forVotes ?? 0, against: against ?? 0 };
  const zitting = toInt(f.zittingHebbendeLeden);
  const aanwezig = toInt(f.aanwezig);
  if (zitting !== undefined) votes.zittingHebbendeLeden = zitting;
  if (aanwezig !== undefined) votes.aanwezig = aanwezig;
  if (withoutVote) votes.withoutVote = true;
  if (f.heropendeVergadering === "on") votes.reconvenedArt20 = true;
  return {
    documentVersionId,
    decidedOn: f.besluitdatum,
    body: "raad",
    besluitnummer: f.besluitnummer,
    votes,
    signatures: { griffier: f.griffierMedeondertekend === "on" },
  };
}

/**
 * The domain's vote check (Gemeentewet art. 20, 28, 32) before anything is written, so a contradiction between the
 * votes and the outcome comes back with the message at the vote field. The domain transition checks it again.
 */
export function checkVotes(decision: Decision, expected: "aangenomen" | "niet_aangenomen" = "aangenomen"): void {
  const votes = decision.votes;
  if (!votes || votes.withoutVote) return;
  const refused = checkQuorum(votes) ?? checkVoteOutcome(votes, expected);
  if (!refused) return;
  const field = "field" in refused ? VOTE_INPUT[refused.field as VoteField] : "aanwezig";
  throw new Refusal(refused.message, { [field]: refused.message });
}

export const dbDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Besluit columns shared by every raadsbesluit. */
export function besluitColumns(f: BesluitFieldsParsed) {
  return {
    besluitdatum: dbDate(f.besluitdatum),
    besluitnummer: f.besluitnummer,
    stemmenVoor: toInt(f.stemmenVoor) ?? null,
    stemmenTegen: toInt(f.stemmenTegen) ?? null,
    zittingHebbendeLeden: toInt(f.zittingHebbendeLeden) ?? null,
    aanwezig: toInt(f.aanwezig) ?? null,
    heropendeVergadering: f.heropendeVergadering === "on",
  };
}

export type BesluitRow = Omit<
  Prisma.BesluitUncheckedCreateInput,
  keyof ReturnType<typeof besluitColumns> | "fileId" | "recordedById"
>;

/**
 * One new raadsbesluit in the caller's transaction: its PDF (a new upload, or the file it keeps), the row with the
 * shared columns, and its moties/amendementen — every registration and correction writes it this way.
 */
export async function writeRaadsbesluit(
  tx: Prisma.TransactionClient,
  w: { file: StoredUpload | string | null; userId: string; fields: BesluitFieldsParsed; row: BesluitRow },
): Promise<string> {
  const fileId = typeof w.file === "string" || w.file === null ? w.file : await createStoredFile(tx, w.file, w.userId);
  const besluit = await tx.besluit.create({
    data: { ...w.row, ...besluitColumns(w.fields), fileId, recordedById: w.userId },
  });
  await createMoties(tx, besluit.id, w.fields.moties);
  return besluit.id;
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
