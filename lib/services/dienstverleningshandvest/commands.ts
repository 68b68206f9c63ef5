import type { DvhEvent } from "@/lib/domain";
import { Refusal, defineCommand, type CommandContext } from "@/lib/commands";
import {
  dvhBosdAkkoordSchema,
  dvhCollegebesluitSchema,
  dvhRaadGeinformeerdSchema,
  startDvhActualisatieSchema,
} from "@/lib/validation/dienstverleningshandvest";
import { DVH_NOT_FOUND, applyDvhStepInTx, loadDvh } from "../dvh-store";
import { createVersion } from "../secretariaat/publish-version";

/** One step of the handvest in the runner's transaction, about the target gemeente (null: regional). */
function dvhStep(ctx: CommandContext<{ procedureId: string }, unknown>, event: DvhEvent) {
  return applyDvhStepInTx(ctx.tx, {
    procedureId: ctx.data.procedureId,
    event,
    actor: ctx.actor,
    now: ctx.now,
    expectedVersion: ctx.expectedVersion,
    gemeenteId: ctx.targetGemeenteId,
  });
}

/**
 * The secretariat starts the actualisatie: the new text becomes the next (immutable) version of the
 * handvest, and the procedure records it as the concept the BOSD, the colleges and the raden see.
 */
export const startDvhActualisatie = defineCommand({
  name: "startDvhActualisatie",
  input: startDvhActualisatieSchema,
  permission: "versie.publiceren",
  target: "regio",
  async run(ctx) {
    const { tx, data, user, now } = ctx;
    const loaded = await loadDvh(tx, data.procedureId);
    if (!loaded) throw new Refusal(DVH_NOT_FOUND);
    const { procedureId: _, createdOn, ...text } = data;
    const version = await createVersion(tx, { ...text, documentId: loaded.documentId }, user, now);
    const step = await dvhStep(ctx, { type: "concept_opgesteld", documentVersionId: version.versionId, createdOn });
    return { versionId: version.versionId, number: version.number, status: step.state.status };
  },
});

/** The decision on the actualisatie's text, by the BOSD or a college (the text is the concept the procedure recorded). */
async function decisionOnConcept(
  ctx: CommandContext<{ procedureId: string; decidedOn: string; besluitnummer?: string }, unknown>,
  body: "bosd" | "college",
) {
  const loaded = await loadDvh(ctx.tx, ctx.data.procedureId);
  const documentVersionId = loaded?.state.documentVersionId;
  if (!documentVersionId) throw new Refusal("Start eerst de actualisatie met een nieuwe versie van het handvest.");
  const { decidedOn, besluitnummer } = ctx.data;
  return { documentVersionId, decidedOn, body, ...(besluitnummer ? { besluitnummer } : {}) };
}

/** The BOSD agreed to the concept (Bestuurlijk Overleg Sociaal Domein); the secretariat records it. */
export const recordDvhBosdAkkoord = defineCommand({
  name: "recordDvhBosdAkkoord",
  input: dvhBosdAkkoordSchema,
  permission: "bosd.besluit.registreren",
  target: "regio",
  async run(ctx) {
    const step = await dvhStep(ctx, { type: "bosd_akkoord", decision: await decisionOnConcept(ctx, "bosd") });
    return { status: step.state.status };
  },
});

/** A college's decision on the handvest, for its own gemeente only (the secretariat may book it for all). */
export const recordDvhCollegebesluit = defineCommand({
  name: "recordDvhCollegebesluit",
  input: dvhCollegebesluitSchema,
  permission: "collegebesluit.registreren",
  target: "participant",
  async run(ctx) {
    const decision = await decisionOnConcept(ctx, "college");
    const step = await dvhStep(ctx, { type: "collegebesluit", participantId: ctx.data.participantId, decision });
    return { status: step.state.status };
  },
});

/** The raad was informed of the college's decision; the own griffie records the date. */
export const recordDvhRaadGeinformeerd = defineCommand({
  name: "recordDvhRaadGeinformeerd",
  input: dvhRaadGeinformeerdSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  async run(ctx) {
    const { participantId, informedOn } = ctx.data;
    const step = await dvhStep(ctx, { type: "raad_geinformeerd", participantId, informedOn });
    return { status: step.state.status };
  },
});
