import { participantsAwaitingOntwerp, type RegionalRecordEvent } from "@/lib/domain";
import {
  membershipChangeSchema,
  ontwerpVerzondenSchema,
  raadsledenoverlegSchema,
} from "@/lib/validation/regional-record";
import { Refusal, applyGrStep, defineCommand } from "@/lib/commands";
import type { CommandContext } from "@/lib/commands/define";
import { loadGrProcedure } from "../gr-procedure-store";

/** Applies one regional record (lib/domain/procedures/gr/records.ts) in the runner's transaction. */
async function applyRecord(ctx: CommandContext<unknown, unknown>, procedureId: string, event: RegionalRecordEvent) {
  const res = await applyGrStep(ctx, { procedureId, command: { track: "regional", event } });
  return { version: res.version };
}

/**
 * The secretariat records that the colleges sent the ontwerp to their raden (Wgr art. 1 lid 2–3):
 * per raad, or for every raad not yet recorded in one action ("alle").
 */
export const recordOntwerpVerzonden = defineCommand({
  name: "recordOntwerpVerzonden",
  input: ontwerpVerzondenSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run(ctx) {
    const input = ctx.data;
    const loaded = await loadGrProcedure(ctx.tx, input.procedureId);
    if (!loaded) throw new Refusal("Deze procedure bestaat niet of is geen GR-procedure.");
    const participantIds =
      input.participantIds === "alle" ? participantsAwaitingOntwerp(loaded.state) : input.participantIds;
    if (participantIds.length === 0)
      throw new Refusal("Voor alle raden is de verzending van het ontwerp al geregistreerd.");
    return applyRecord(ctx, input.procedureId, { type: "ontwerp_verzonden", participantIds, sentOn: input.date });
  },
});

/** The secretariat records a regional raadsledenoverleg (klankbord) with its date and notes. */
export const recordRaadsledenoverleg = defineCommand({
  name: "recordRaadsledenoverleg",
  input: raadsledenoverlegSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run(ctx) {
    const input = ctx.data;
    return applyRecord(ctx, input.procedureId, {
      type: "raadsledenoverleg_gehouden",
      heldOn: input.date,
      notes: input.notes,
    });
  },
});

/**
 * Toetreding or uittreding of a participant while the procedure runs (the domain's rule of what that
 * means for consensus is in lib/domain/procedures/gr/membership.ts). A joining participant must be a
 * current participant of the regeling (added in beheer); a leaving one keeps its end-dated tracks.
 */
export const recordMembershipChange = defineCommand({
  name: "recordMembershipChange",
  input: membershipChangeSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run(ctx) {
    const input = ctx.data;
    const loaded = await loadGrProcedure(ctx.tx, input.procedureId);
    if (!loaded) throw new Refusal("Deze procedure bestaat niet of is geen GR-procedure.");
    if (input.change === "uittreding") {
      return applyRecord(ctx, input.procedureId, {
        type: "deelnemer_uitgetreden",
        participantId: input.participantId,
        leftOn: input.date,
        reason: input.reason,
      });
    }
    const row = await ctx.tx.participant.findFirst({
      where: { id: input.participantId, regelingId: loaded.regelingId, leftOn: null },
      select: { id: true, scope: true, scopeTopics: true, gemeente: { select: { naam: true } } },
    });
    if (!row) {
      throw new Refusal("Deze gemeente is geen deelnemer van de regeling; voeg haar eerst toe in het beheer.", {
        participantId: "Kies een deelnemer van de regeling.",
      });
    }
    return applyRecord(ctx, input.procedureId, {
      type: "deelnemer_toegetreden",
      participant: {
        id: row.id,
        name: row.gemeente.naam,
        scope: row.scope === "FULL" ? "full" : "addendum",
        scopeTopics: row.scopeTopics,
      },
      joinedOn: input.date,
      reason: input.reason,
    });
  },
});
