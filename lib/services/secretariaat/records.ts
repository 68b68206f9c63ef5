import type { z } from "zod";
import { DEFAULT_DELIVERY_DAYS, participantsAwaitingOntwerp, type RegionalRecordEvent } from "@/lib/domain";
import {
  membershipChangeSchema,
  ontwerpVerzondenSchema,
  raadsledenoverlegSchema,
  regionalCorrectionSchema,
} from "@/lib/validation/regional-record";
import { Refusal, applyGrStep, defineCommand, type Tx } from "@/lib/commands";
import type { AuthorizedUser, CommandContext } from "@/lib/commands/define";
import { recordWrites } from "../audit";
import { loadGrProcedure, type LoadedGrProcedure } from "../gr-procedure-store";

/**
 * A regional record (lib/domain/procedures/gr/records.ts) as a command of the secretariat: load the
 * procedure, turn the input into the domain event, apply it in the runner's transaction (lock,
 * regional version, audit event).
 */
function regionalRecordCommand<S extends z.ZodType<{ procedureId: string }>>(
  name: string,
  input: S,
  toEvent: (
    data: z.output<S>,
    loaded: LoadedGrProcedure,
    ctx: CommandContext<z.output<S>, AuthorizedUser>,
  ) => Promise<RegionalRecordEvent>,
  extraWrites?: (data: z.output<S>, recordedById: string | null) => Parameters<typeof applyGrStep>[1]["extraWrites"],
) {
  return defineCommand({
    name,
    input,
    permission: "procedure.beheren",
    target: "regio",
    actors: "person-or-system",
    async run(ctx) {
      const loaded = await loadGrProcedure(ctx.tx, ctx.data.procedureId);
      if (!loaded) throw new Refusal("Deze procedure bestaat niet of is geen GR-procedure.");
      const event = await toEvent(ctx.data, loaded, ctx);
      const res = await applyGrStep(ctx, {
        procedureId: ctx.data.procedureId,
        command: { track: "regional", event },
        extraWrites: extraWrites?.(ctx.data, ctx.user.id),
      });
      return { version: res.version };
    },
  });
}

/**
 * The secretariat records that the colleges sent the ontwerp to their raden (Wgr art. 1 lid 2–3):
 * per raad, or for every raad not yet recorded in one action ("alle").
 */
export const recordOntwerpVerzonden = regionalRecordCommand(
  "recordOntwerpVerzonden",
  ontwerpVerzondenSchema,
  async (input, loaded, ctx) => {
    const participantIds =
      input.participantIds === "alle" ? participantsAwaitingOntwerp(loaded.state) : input.participantIds;
    if (participantIds.length === 0)
      throw new Refusal("Voor alle raden is de verzending van het ontwerp al geregistreerd.");
    return {
      type: "ontwerp_verzonden",
      participantIds,
      sentOn: input.date,
      deliveryDays: await deliveryDaysOf(ctx.tx, loaded),
    };
  },
);

/** The regeling's delivery assumption: days from the college's sending to the assumed receipt at the griffie. */
async function deliveryDaysOf(tx: Tx, loaded: LoadedGrProcedure): Promise<number> {
  const regeling = await tx.regeling.findUnique({
    where: { id: loaded.regelingId },
    select: { ontvangstAannameDagen: true },
  });
  return regeling?.ontvangstAannameDagen ?? DEFAULT_DELIVERY_DAYS;
}

/**
 * The secretariat corrects the date of any regional step (a new record with its reason; the old date stays in the
 * procedure's corrections and in the audit trail; lib/domain corrections.ts).
 */
export const correctRegionalStep = regionalRecordCommand(
  "correctRegionalStep",
  regionalCorrectionSchema,
  async (input, loaded, ctx) => ({
    type: "regionale_stap_gecorrigeerd",
    step: input.step,
    ...(input.participantId ? { participantId: input.participantId } : {}),
    date: input.date,
    reason: input.reason,
    deliveryDays: await deliveryDaysOf(ctx.tx, loaded),
  }),
  // The BOSD-akkoord is also a Besluit row (recordRegionalStep); a besluit is corrected by a new row that points at
  // the one it corrects (never an overwrite), with the corrected date.
  (input, recordedById) =>
    input.step === "bosd_akkoord"
      ? async (t) => {
          const current = await t.besluit.findFirst({
            where: { procedureId: input.procedureId, type: "BOSD_AKKOORD", gecorrigeerdDoor: { is: null } },
            orderBy: { createdAt: "desc" },
          });
          if (!current) return;
          const { id, createdAt: _createdAt, besluitdatum: _on, corrigeertId: _previous, ...same } = current;
          const row = await t.besluit.create({
            data: { ...same, besluitdatum: new Date(`${input.date}T00:00:00Z`), corrigeertId: id, recordedById },
          });
          recordWrites(t, [{ table: "Besluit", id: row.id }]);
        }
      : undefined,
);

/** The secretariat records a regional raadsledenoverleg (klankbord) with its date and notes. */
export const recordRaadsledenoverleg = regionalRecordCommand(
  "recordRaadsledenoverleg",
  raadsledenoverlegSchema,
  async (input) => ({ type: "raadsledenoverleg_gehouden", heldOn: input.date, notes: input.notes }),
);

/**
 * Toetreding or uittreding of a participant while the procedure runs (the domain's rule of what that
 * means for consensus is in lib/domain/procedures/gr/membership.ts). A joining participant must be a
 * current participant of the regeling (added in beheer); a leaving one keeps its end-dated tracks.
 */
export const recordMembershipChange = regionalRecordCommand(
  "recordMembershipChange",
  membershipChangeSchema,
  async (input, loaded, ctx) => {
    if (input.change === "uittreding") {
      return {
        type: "deelnemer_uitgetreden",
        participantId: input.participantId,
        leftOn: input.date,
        reason: input.reason,
      };
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
    return {
      type: "deelnemer_toegetreden",
      participant: {
        id: row.id,
        name: row.gemeente.naam,
        scope: row.scope === "FULL" ? "full" : "addendum",
        scopeTopics: row.scopeTopics,
      },
      joinedOn: input.date,
      reason: input.reason,
    };
  },
);
