import { type REGIONAL_LABELS, REGIONAL_MACHINE, type RegionalEvent } from "@/lib/domain";
import { REGIONAL_STEPS_NEEDING_CONFIRMATION } from "@/lib/validation/confirmation";
import { regionalStepSchema, type RegionalStep } from "@/lib/validation/regional-step";
import { Refusal, applyGrStep, defineCommand, type Tx } from "@/lib/commands";
import { loadGrProcedure } from "../gr-procedure-store";
import { loadNota } from "../nota";
import { recordWrites } from "../audit";
import { planInTx } from "../planned-steps";

const DISPOSITION = {
  OVERGENOMEN: "overgenomen",
  DEELS_OVERGENOMEN: "deels_overgenomen",
  NIET_OVERGENOMEN: "niet_overgenomen",
} as const;

type Input = ReturnType<typeof regionalStepSchema.parse>;
type Version = { id: string; label: string };

/** Which regional steps the domain's transition table allows from the current state (for the UI). */
export function availableRegionalSteps(status: keyof typeof REGIONAL_LABELS): RegionalStep[] {
  return [
    ...new Set(REGIONAL_MACHINE.transitions.filter((t) => t.from === status).map((t) => t.event as RegionalStep)),
  ];
}

/**
 * The secretariat records one regional step of a GR procedure (from the UI, the CLI and the
 * seed alike): the domain transition refuses with a Dutch reason when the step is not allowed
 * yet; state, regional version, audit event and — for the BOSD akkoord — the Besluit row are
 * written in the runner's one transaction.
 */
export const recordRegionalStep = defineCommand({
  name: "recordRegionalStep",
  input: regionalStepSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  // Closing the zienswijze phase and a new version during toestemming: the form asks "Ik begrijp dat …".
  requiresConfirmation(input) {
    return (REGIONAL_STEPS_NEEDING_CONFIRMATION as readonly string[]).includes(input.step);
  },
  async run(ctx) {
    const { tx, data: input, user } = ctx;
    const loaded = await loadGrProcedure(tx, input.procedureId);
    if (!loaded) throw new Refusal("Deze procedure bestaat niet of is geen GR-procedure.");
    const version = "versionId" in input ? await versionOfProcedure(tx, input.procedureId, input.versionId) : null;
    const event = await toDomainEvent(tx, input, version);
    const bosd = input.step === "bosd_akkoord" && version ? await bosdBody(tx, loaded.regelingId) : null;
    const res = await applyGrStep(ctx, {
      procedureId: input.procedureId,
      command: { track: "regional", event },
      actor: { userId: user.id, role: user.role, gemeenteId: null },
      extraWrites:
        bosd && version
          ? async (t) => {
              const besluit = await t.besluit.create({
                data: {
                  procedureId: input.procedureId,
                  bodyId: bosd,
                  documentVersionId: version.id,
                  type: "BOSD_AKKOORD",
                  uitkomst: "AKKOORD",
                  besluitdatum: new Date(`${input.date}T00:00:00Z`),
                  besluitnummer: "besluitnummer" in input ? (input.besluitnummer ?? null) : null,
                  recordedById: user.id,
                },
              });
              recordWrites(t, [{ table: "Besluit", id: besluit.id }]);
            }
          : undefined,
    });
    // Issue 15: the in-force date the bekendmaking names becomes a planned step, recorded on its day by the job.
    if (input.step === "bekendmaking_geregistreerd" && input.plannedInForceOn && input.plannedInForceOn > ctx.today)
      await planInTx(tx, user, ctx.today, {
        procedureId: input.procedureId,
        step: "inwerkingtreding",
        plannedOn: input.plannedInForceOn,
        legalBasis: `Bekendmaking van ${input.date}${input.reference ? ` (${input.reference})` : ""}: treedt in werking met ingang van ${input.plannedInForceOn}`,
      });
    return { version: res.version };
  },
});

/** The chosen version, which must belong to the procedure's document. */
async function versionOfProcedure(tx: Tx, procedureId: string, versionId: string): Promise<Version> {
  const version = await tx.documentVersion.findUnique({
    where: { id: versionId },
    select: { id: true, label: true, documentId: true },
  });
  const procedure = await tx.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { documentId: true } });
  if (!version || version.documentId !== procedure.documentId) {
    throw new Refusal("Deze versie hoort niet bij het document van de procedure.", {
      versionId: "Kies een versie van dit document.",
    });
  }
  return version;
}

async function bosdBody(tx: Tx, regelingId: string): Promise<string | null> {
  const regeling = await tx.regeling.findUniqueOrThrow({ where: { id: regelingId }, select: { regioId: true } });
  if (!regeling.regioId) return null;
  const body = await tx.body.findFirst({
    where: { regioId: regeling.regioId, kind: "BESTUURLIJK_OVERLEG" },
    select: { id: true },
  });
  return body?.id ?? null;
}

/** The schema requires a version for these steps; the type does not know that per step. */
function need(version: Version | null): Version {
  if (!version) throw new Refusal("Kies een versie van dit document.", { versionId: "Kies een versie." });
  return version;
}

async function toDomainEvent(tx: Tx, input: Input, version: Version | null): Promise<RegionalEvent> {
  switch (input.step) {
    case "concept_opgesteld":
    case "definitieve_versie_vastgesteld": {
      const v = need(version);
      return { type: input.step, documentVersionId: v.id, label: v.label, createdOn: input.date };
    }
    case "bosd_akkoord":
      return {
        type: input.step,
        decision: {
          documentVersionId: need(version).id,
          decidedOn: input.date,
          besluitnummer: input.besluitnummer,
          body: "bosd",
        },
      };
    case "zienswijzeprocedure_geopend":
    case "toestemmingsprocedure_geopend":
      return { type: input.step, documentVersionId: need(version).id, openedOn: input.date };
    case "zienswijzeprocedure_gesloten":
      return { type: input.step, closedOn: input.date };
    case "nota_van_beantwoording_vastgesteld": {
      // The answers are the ones recorded per point in the nota; the domain checks every point has one (R5).
      const nota = await loadNota(tx, input.procedureId);
      const answers = nota.groups
        .flatMap((g) => g.points)
        .flatMap((p) =>
          p.antwoord && p.disposition
            ? [
                {
                  participantId: p.participantId,
                  pointNumber: p.nummer,
                  disposition: DISPOSITION[p.disposition],
                  answer: p.antwoord,
                },
              ]
            : [],
        );
      return { type: input.step, decidedOn: input.date, answers };
    }
    case "herziene_versie_gepubliceerd": {
      const v = need(version);
      return { type: input.step, documentVersionId: v.id, label: v.label, createdOn: input.date, reason: input.reason };
    }
    case "bekendmaking_geregistreerd":
      return {
        type: input.step,
        publishedOn: input.date,
        reference: input.reference,
        ...(input.publishingParticipantId ? { publishingParticipantId: input.publishingParticipantId } : {}),
        ...(input.plannedInForceOn ? { plannedInForceOn: input.plannedInForceOn } : {}),
      };
    case "inwerkingtreding_geregistreerd":
      return { type: input.step, effectiveOn: input.date };
  }
}
