import type { BeleidskaderEvent } from "@/lib/domain";
import { Refusal, defineCommand, type CommandContext } from "@/lib/commands";
import {
  applyBeleidskaderCommandInTx,
  loadBeleidskaderTrack,
  type BeleidskaderStepInput,
} from "@/lib/services/beleidskader-store";
import { beleidskaderBesluitSchema, beleidskaderStapSchema } from "@/lib/validation/griffie/beleidskader";
import { decisionOf, raadBodyId, requireUpload, writeRaadsbesluit } from "./common";

type TrackInput = { procedureId: string; participantId: string; expectedVersion: string };

/** A step on the participant's beleidskader track in the runner's transaction; the domain's refusal rolls back. */
async function beleidskaderStep(
  ctx: CommandContext<TrackInput, unknown>,
  event: BeleidskaderEvent,
  extraWrites?: BeleidskaderStepInput["extraWrites"],
) {
  const res = await applyBeleidskaderCommandInTx(ctx.tx, {
    procedureId: ctx.data.procedureId,
    participantId: ctx.data.participantId,
    event,
    actor: ctx.actor,
    expectedVersion: Number(ctx.data.expectedVersion),
    now: ctx.now,
    extraWrites,
  });
  if (!res.ok) throw new Refusal(res.message);
}

/** Raadsvoorstel aangeboden (for the latest version of the beleidskader) or geagendeerd for a raadsvergadering. */
export const recordBeleidskaderStap = defineCommand({
  name: "recordBeleidskaderStap",
  input: beleidskaderStapSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  async run(ctx) {
    const { tx, data: input } = ctx;
    const loaded = await loadBeleidskaderTrack(tx, input.procedureId, input.participantId);
    if (!loaded) throw new Refusal("Deze beleidskaderprocedure of deelnemer bestaat niet.");
    let event: BeleidskaderEvent;
    if (input.stap === "aangeboden") {
      const latest = await tx.documentVersion.findFirst({
        where: { documentId: loaded.documentId },
        orderBy: { number: "desc" },
      });
      if (!latest) throw new Refusal("Van dit beleidskader is nog geen versie gepubliceerd.");
      event = { type: "aangeboden", documentVersionId: latest.id, offeredOn: input.datum };
    } else {
      event = { type: "geagendeerd", agenda: { raadDate: input.datum } };
    }
    await beleidskaderStep(ctx, event);
    return {};
  },
});

/** Vastgesteld, geamendeerd vastgesteld or verworpen, with votes, moties/amendementen and the raadsbesluit PDF. */
export const recordBeleidskaderBesluit = defineCommand({
  name: "recordBeleidskaderBesluit",
  input: beleidskaderBesluitSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  upload: "pdf",
  async run(ctx) {
    const { tx, data: input, user, targetGemeenteId } = ctx;
    const loaded = await loadBeleidskaderTrack(tx, input.procedureId, input.participantId);
    const versionId = loaded?.track.documentVersionId;
    if (!versionId || !targetGemeenteId)
      throw new Refusal("Het raadsvoorstel is voor deze raad nog niet als aangeboden geregistreerd.");
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
    const stored = requireUpload(ctx);
    const bodyId = await raadBodyId(tx, targetGemeenteId);
    await beleidskaderStep(ctx, event, async (t) => {
      await writeRaadsbesluit(t, {
        file: stored,
        userId: user.id,
        fields: input,
        row: {
          procedureId: input.procedureId,
          participantId: input.participantId,
          bodyId,
          documentVersionId: versionId,
          type: "VASTSTELLING",
          uitkomst: input.uitkomst,
        },
      });
    });
    return {};
  },
});
