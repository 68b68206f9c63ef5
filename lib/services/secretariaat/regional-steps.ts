import type { Db } from "@/lib/db/client";
import type { Subject } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "../refusals";
import { type REGIONAL_LABELS, REGIONAL_MACHINE, type RegionalEvent } from "@/lib/domain";
import { regionalStepSchema, type RegionalStep } from "@/lib/validation/regional-step";
import { applyGrProcedureCommand, ConflictError, loadGrProcedure } from "../gr-procedure-store";
import { loadNota } from "../nota";
import { recordWrites } from "../audit";

export type StepResult =
  | { ok: true; version: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: boolean };

const DISPOSITION = {
  OVERGENOMEN: "overgenomen",
  DEELS_OVERGENOMEN: "deels_overgenomen",
  NIET_OVERGENOMEN: "niet_overgenomen",
} as const;

/** Which regional steps the domain's transition table allows from the current state (for the UI). */
export function availableRegionalSteps(status: keyof typeof REGIONAL_LABELS): RegionalStep[] {
  return [
    ...new Set(REGIONAL_MACHINE.transitions.filter((t) => t.from === status).map((t) => t.event as RegionalStep)),
  ];
}

/**
 * The secretariat records one regional step of a GR procedure: schema → authorize → domain
 * transition (which refuses with a Dutch reason when the step is not allowed yet) → one
 * transaction with state, version check, audit event and the BOSD besluit where applicable.
 */
export async function applyRegionalStep(
  db: Db,
  user: (Subject & { id: string | null }) | null,
  raw: unknown,
  opts: { expectedVersion?: number; now?: Date } = {},
): Promise<StepResult> {
  const parsed = regionalStepSchema.safeParse(raw);
  if (!parsed.success) {
    return invalidInput(parsed.error);
  }
  const refused = forbidden(user, "procedure.beheren");
  if (refused) return refused;
  const input = parsed.data;
  const loaded = await loadGrProcedure(db, input.procedureId);
  if (!loaded) return { ok: false, message: "Deze procedure bestaat niet of is geen GR-procedure." };

  let version: { id: string; label: string; documentId: string } | null = null;
  if ("versionId" in input) {
    version = await db.documentVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, label: true, documentId: true },
    });
    const procedure = await db.procedure.findUniqueOrThrow({
      where: { id: input.procedureId },
      select: { documentId: true },
    });
    if (!version || version.documentId !== procedure.documentId) {
      return {
        ok: false,
        message: "Deze versie hoort niet bij het document van de procedure.",
        fieldErrors: { versionId: "Kies een versie van dit document." },
      };
    }
  }
  const event = await toDomainEvent(db, input, version);
  const bosd = input.step === "bosd_akkoord" ? await bosdBody(db, loaded.regelingId) : null;
  try {
    const res = await applyGrProcedureCommand(db, {
      procedureId: input.procedureId,
      command: { track: "regional", event },
      actor: { userId: user!.id, role: user!.role, gemeenteId: null },
      expectedVersion: opts.expectedVersion,
      now: opts.now,
      extraWrites: bosd
        ? async (tx) => {
            const besluit = await tx.besluit.create({
              data: {
                procedureId: input.procedureId,
                bodyId: bosd,
                documentVersionId: version!.id,
                type: "BOSD_AKKOORD",
                uitkomst: "AKKOORD",
                besluitdatum: new Date(`${input.date}T00:00:00Z`),
                besluitnummer: "besluitnummer" in input ? (input.besluitnummer ?? null) : null,
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

async function bosdBody(db: Db, regelingId: string): Promise<string | null> {
  const regeling = await db.regeling.findUniqueOrThrow({ where: { id: regelingId }, select: { regioId: true } });
  if (!regeling.regioId) return null;
  const body = await db.body.findFirst({
    where: { regioId: regeling.regioId, kind: "BESTUURLIJK_OVERLEG" },
    select: { id: true },
  });
  return body?.id ?? null;
}

async function toDomainEvent(
  db: Db,
  input: ReturnType<typeof regionalStepSchema.parse>,
  version: { id: string; label: string } | null,
): Promise<RegionalEvent> {
  switch (input.step) {
    case "concept_opgesteld":
      return { type: input.step, documentVersionId: version!.id, label: version!.label, createdOn: input.date };
    case "bosd_akkoord":
      return {
        type: input.step,
        decision: {
          documentVersionId: version!.id,
          decidedOn: input.date,
          besluitnummer: input.besluitnummer,
          body: "bosd",
        },
      };
    case "zienswijzeprocedure_geopend":
    case "toestemmingsprocedure_geopend":
      return { type: input.step, documentVersionId: version!.id, openedOn: input.date };
    case "zienswijzeprocedure_gesloten":
      return { type: input.step, closedOn: input.date };
    case "nota_van_beantwoording_vastgesteld": {
      // The answers are the ones recorded per point in the nota; the domain checks every point has one (R5).
      const nota = await loadNota(db, input.procedureId);
      const answers = nota.groups
        .flatMap((g) => g.points)
        .flatMap((p) => {
          const participantId = p.participantId;
          return p.antwoord && p.disposition
            ? [{ participantId, pointNumber: p.nummer, disposition: DISPOSITION[p.disposition], answer: p.antwoord }]
            : [];
        });
      return { type: input.step, decidedOn: input.date, answers };
    }
    case "definitieve_versie_vastgesteld":
      return { type: input.step, documentVersionId: version!.id, label: version!.label, createdOn: input.date };
    case "herziene_versie_gepubliceerd":
      return {
        type: input.step,
        documentVersionId: version!.id,
        label: version!.label,
        createdOn: input.date,
        reason: input.reason,
      };
    case "bekendmaking_geregistreerd":
      return { type: input.step, publishedOn: input.date, reference: input.reference };
    case "inwerkingtreding_geregistreerd":
      return { type: input.step, effectiveOn: input.date };
  }
}
