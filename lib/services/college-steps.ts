import type { CollegeTrackEvent } from "@/lib/domain";
import { collegeStepSchema } from "@/lib/validation/college-step";
import { Refusal, applyGrStep, defineCommand, type Tx } from "@/lib/commands";
import { loadGrProcedure } from "./gr-procedure-store";
import { recordWrites } from "./audit";

type Input = ReturnType<typeof collegeStepSchema.parse>;

const BESLUIT_OF_STEP = {
  collegebesluit_genomen: { type: "COLLEGEBESLUIT", uitkomst: "AANGENOMEN" },
  ondertekend: { type: "ONDERTEKENING", uitkomst: "ONDERTEKEND" },
  besluit_bekendgemaakt: { type: "BEKENDMAKING", uitkomst: "BEKENDGEMAAKT" },
} as const;

/**
 * Records a college step for one participant, authorized for that participant's gemeente: the
 * domain allows it only after the own raad's toestemming on the same version (R6); the track, the
 * audit event and the Besluit row are written in the runner's one transaction.
 */
export const recordCollegeStep = defineCommand({
  name: "recordCollegeStep",
  input: collegeStepSchema,
  permission: {
    field: "step",
    byValue: {
      voorgenomen_besluit_genomen: "collegebesluit.registreren",
      collegebesluit_genomen: "collegebesluit.registreren",
      ondertekend: "ondertekening.registreren",
      besluit_bekendgemaakt: "ondertekening.registreren",
    },
  },
  target: "participant",
  async run(ctx) {
    const { tx, data: input, user, targetGemeenteId } = ctx;
    const loaded = await loadGrProcedure(tx, input.procedureId);
    if (!loaded?.gemeenteOf[input.participantId] || !targetGemeenteId)
      throw new Refusal("Deze procedure of gemeente bestaat niet.");
    const versionId = loaded.state.currentVersionId;
    if (!versionId) throw new Refusal("Er is nog geen geldende versie van de regeling vastgesteld.");
    const college = await tx.body.findUnique({
      where: { gemeenteId_kind: { gemeenteId: targetGemeenteId, kind: "COLLEGE" } },
      select: { id: true },
    });
    // The voorgenomen besluit is kept with the track; the Besluit rows are for the besluiten that bind.
    const besluitKind = input.step === "voorgenomen_besluit_genomen" ? null : BESLUIT_OF_STEP[input.step];
    const writeBesluit = async (t: Tx, bodyId: string, kind: NonNullable<typeof besluitKind>) => {
      const besluit = await t.besluit.create({
        data: {
          procedureId: input.procedureId,
          participantId: input.participantId,
          bodyId,
          documentVersionId: versionId,
          ...kind,
          besluitdatum: new Date(`${input.date}T00:00:00Z`),
          besluitnummer: input.step === "collegebesluit_genomen" ? (input.besluitnummer ?? null) : null,
          publicatieDatum: input.step === "besluit_bekendgemaakt" ? new Date(`${input.date}T00:00:00Z`) : null,
          publicatieVindplaats: input.step === "besluit_bekendgemaakt" ? (input.reference ?? null) : null,
          recordedById: user.id,
        },
      });
      recordWrites(t, [{ table: "Besluit", id: besluit.id }]);
    };
    const res = await applyGrStep(ctx, {
      procedureId: input.procedureId,
      command: { track: "college", participantId: input.participantId, event: domainEvent(input, versionId) },
      extraWrites: college && besluitKind ? (t) => writeBesluit(t, college.id, besluitKind) : undefined,
    });
    return { version: res.version };
  },
});

function domainEvent(input: Input, versionId: string): CollegeTrackEvent {
  switch (input.step) {
    case "voorgenomen_besluit_genomen":
    case "collegebesluit_genomen":
      return {
        type: input.step,
        decision: {
          documentVersionId: versionId,
          decidedOn: input.date,
          besluitnummer: input.besluitnummer,
          body: "college",
        },
      };
    case "ondertekend":
      return { type: input.step, signedOn: input.date, documentVersionId: versionId };
    case "besluit_bekendgemaakt":
      return { type: input.step, publishedOn: input.date, reference: input.reference };
  }
}
