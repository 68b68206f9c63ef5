import type { Db } from "@/lib/db/client";
import type { Subject } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "./refusals";
import type { CollegeTrackEvent } from "@/lib/domain";
import { collegeStepSchema } from "@/lib/validation/college-step";
import { applyGrProcedureCommand, ConflictError, loadGrProcedure } from "./gr-procedure-store";
import { recordWrites } from "./audit";

export type CollegeStepResult =
  | { ok: true; version: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: boolean };

/**
 * Records a college step for one participant: schema → authorize for that participant's gemeente
 * → domain (R6: only after the own raad's toestemming on the same version) → one transaction with
 * the track, the audit event and the Besluit row.
 */
export async function applyCollegeStep(
  db: Db,
  user: (Subject & { id: string | null }) | null,
  raw: unknown,
  opts: { expectedVersion?: number; now?: Date } = {},
): Promise<CollegeStepResult> {
  const parsed = collegeStepSchema.safeParse(raw);
  if (!parsed.success) {
    return invalidInput(parsed.error);
  }
  const input = parsed.data;
  const action = input.step === "collegebesluit_genomen" ? "collegebesluit.registreren" : "ondertekening.registreren";
  // Refuse whoever may never do this before looking anything up: the answer must not reveal
  // whether a procedure or participant exists.
  const never = forbidden(user, action);
  if (never) return never;
  const loaded = await loadGrProcedure(db, input.procedureId);
  const gemeenteId = loaded?.gemeenteOf[input.participantId];
  if (!loaded || !gemeenteId) return { ok: false, message: "Deze procedure of gemeente bestaat niet." };
  const refused = forbidden(user, action, { gemeenteId });
  if (refused) return refused;
  const versionId = loaded.state.currentVersionId;
  if (!versionId) return { ok: false, message: "Er is nog geen geldende versie van de regeling vastgesteld." };
  const event: CollegeTrackEvent =
    input.step === "collegebesluit_genomen"
      ? {
          type: input.step,
          decision: {
            documentVersionId: versionId,
            decidedOn: input.date,
            besluitnummer: input.besluitnummer,
            body: "college",
          },
        }
      : input.step === "ondertekend"
        ? { type: input.step, signedOn: input.date, documentVersionId: versionId }
        : { type: input.step, publishedOn: input.date, reference: input.reference };
  const college = await db.body.findUnique({
    where: { gemeenteId_kind: { gemeenteId, kind: "COLLEGE" } },
    select: { id: true },
  });
  try {
    const res = await applyGrProcedureCommand(db, {
      procedureId: input.procedureId,
      command: { track: "college", participantId: input.participantId, event },
      actor: { userId: user!.id, role: user!.role, gemeenteId: user!.gemeenteId },
      expectedVersion: opts.expectedVersion,
      now: opts.now,
      extraWrites: college
        ? async (tx) => {
            const besluit = await tx.besluit.create({
              data: {
                procedureId: input.procedureId,
                participantId: input.participantId,
                bodyId: college.id,
                documentVersionId: versionId,
                type:
                  input.step === "collegebesluit_genomen"
                    ? "COLLEGEBESLUIT"
                    : input.step === "ondertekend"
                      ? "ONDERTEKENING"
                      : "BEKENDMAKING",
                uitkomst:
                  input.step === "collegebesluit_genomen"
                    ? "AANGENOMEN"
                    : input.step === "ondertekend"
                      ? "ONDERTEKEND"
                      : "BEKENDGEMAAKT",
                besluitdatum: new Date(`${input.date}T00:00:00Z`),
                besluitnummer: input.step === "collegebesluit_genomen" ? (input.besluitnummer ?? null) : null,
                publicatieDatum: input.step === "besluit_bekendgemaakt" ? new Date(`${input.date}T00:00:00Z`) : null,
                publicatieVindplaats: input.step === "besluit_bekendgemaakt" ? (input.reference ?? null) : null,
                recordedById: user!.id,
              },
            });
            recordWrites(tx, [{ table: "Besluit", id: besluit.id }]);
          }
        : undefined,
    });
    return res.ok ? { ok: true, version: res.version } : { ok: false, message: res.message };
  } catch (e) {
    if (e instanceof ConflictError) return { ok: false, message: e.message, conflict: true };
    throw e;
  }
}
