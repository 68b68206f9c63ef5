import type { Actor, GrCommand } from "@/lib/domain";
import { applyGrProcedureCommandInTx, type ApplyInput } from "@/lib/services/gr-procedure-store";
import type { CommandContext } from "./define";
import { Refusal } from "./errors";

/**
 * A GR-procedure step inside the runner's transaction: row lock, the version of what the user
 * acted on (own track, or the regional version), the domain transition, the state, the changed
 * tracks, the extra rows and the audit events (lib/services/gr-procedure-store.ts). The domain's
 * refusal rolls the transaction back as a Refusal with its Dutch reason.
 */
export async function applyGrStep(
  ctx: CommandContext<unknown, unknown>,
  step: {
    procedureId: string;
    command: GrCommand;
    /** Defaults to the runner's actor (the authorized user). */
    actor?: Actor;
    /** Defaults to the version the runner was given (the form's). */
    expectedVersion?: number;
    extraWrites?: ApplyInput["extraWrites"];
  },
) {
  const res = await applyGrProcedureCommandInTx(ctx.tx, {
    procedureId: step.procedureId,
    command: step.command,
    actor: step.actor ?? ctx.actor,
    expectedVersion: step.expectedVersion ?? ctx.expectedVersion,
    now: ctx.now,
    extraWrites: step.extraWrites,
  });
  if (!res.ok) throw new Refusal(res.message);
  return { state: res.state, events: res.events, version: res.version };
}
