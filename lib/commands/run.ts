import { dateInAmsterdam } from "@/lib/domain";
import type { Db } from "@/lib/db/client";
import { bumpWrittenSubjects, startWriteTracking } from "@/lib/public-cache/data-version";
import { notifyCommitted } from "./after-commit";
import { fail, parseInput, type Result } from "@/lib/result";
import { deferAudit, flushAudit } from "@/lib/services/audit";
import { CONFIRMATION_FIELD, CONFIRMATION_MISSING } from "@/lib/validation/confirmation";
import { checkPdfUpload, prepareUpload, type Upload } from "@/lib/storage/files";
import type { Actors, Command, CommandContext, CommandUser, UserFor } from "./define";
import { ConflictError, Refusal, TX_OPTIONS, UNIQUE_VIOLATION_MESSAGE, isUniqueViolation } from "./errors";
import { actionFor, coarseDecision, decideForTarget } from "./target";

export interface RunOptions {
  /** The clock of this change (tests and the seed pass their own). */
  now?: Date;
  /** The version of what the user acted on, as the form saw it. */
  expectedVersion?: number;
  /** The uploaded file, for commands declared with an upload. */
  upload?: Upload | null;
  /**
   * Whether the form's "Ik begrijp dat …" was ticked. Server actions (form doors) always pass it; undefined means a
   * door without a form (API, CLI, seed, tests): an explicit operator call, which counts as confirmed.
   */
  confirmed?: boolean;
}

/** Whether this input of the command is a far-reaching step that a form door must have confirmed. */
function needsConfirmation<S extends Command["input"]>(command: Command<S, object, Actors>, data: unknown): boolean {
  return command.requiresConfirmation?.(data as never) === true;
}

const SIGNED_OUT = "U moet ingelogd zijn om dit te doen.";
const NEEDS_PERSON = "Deze handeling kan alleen een ingelogde gebruiker doen.";

/**
 * THE path of every change of state, whichever door it came in by (server action, /api/v1, CLI,
 * seed, tests): authorize coarsely (deny by default) → validate with the command's schema →
 * authorize against the target (own gemeente) → check the upload → ONE transaction in which the
 * command locks/loads, runs the domain transition, writes the state and its extra rows, the runner
 * bumps the data versions of what it wrote (the public cache's validity) and appends the command's
 * audit event(s) as the last statement (they take the audit chain's lock until COMMIT) → the one
 * result type. Refusals, stale versions and unique collisions become Dutch
 * messages here and only here; nothing is written when the result is not ok.
 */
export async function runCommand<S extends Command["input"], T extends object, A extends Actors>(
  db: Db,
  user: CommandUser | null,
  command: Command<S, T, A>,
  raw: unknown,
  opts: RunOptions = {},
): Promise<Result<T>> {
  let authorized: CommandUser | null = null;
  if (command.permission !== null) {
    if (!user) return fail(SIGNED_OUT);
    const coarse = coarseDecision(user, command.permission);
    if (!coarse.allowed) return fail(coarse.reason);
    if (command.actors === "person" && user.id === null) return fail(NEEDS_PERSON);
    authorized = user;
  }
  const parsed = parseInput(command.input, raw);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  if (opts.confirmed === false && needsConfirmation(command, data))
    return fail(CONFIRMATION_MISSING, { [CONFIRMATION_FIELD]: CONFIRMATION_MISSING });

  let targetGemeenteId: string | null = null;
  if (command.permission !== null && authorized) {
    const action = actionFor(command.permission, data);
    if (!action) return fail("Deze handeling is onbekend.");
    const decision = await decideForTarget(db, authorized, action, command.target, data);
    if (!decision.allowed) return fail(decision.reason);
    targetGemeenteId = decision.gemeenteId;
  }

  let upload = null;
  const sent = (opts.upload?.bytes.length ?? 0) > 0;
  if (command.upload === "pdf" || (command.upload === "optional-pdf" && sent)) {
    const problem = await checkPdfUpload(opts.upload);
    if (problem) return fail(problem, { bestand: problem });
    if (opts.upload) upload = prepareUpload(opts.upload);
  }

  const now = opts.now ?? new Date();
  const actorUser = authorized ?? user;
  let moved: string[] = [];
  try {
    const payload = await db.$transaction(async (tx) => {
      const writesAtStart = await startWriteTracking(tx);
      // The command's appendAudit calls are kept until flushAudit below.
      deferAudit(tx);
      const ctx: CommandContext<typeof data, UserFor<A>> = {
        tx,
        data,
        // The checks above are what makes this user authorized for this command's actors.
        user: actorUser as UserFor<A>,
        actor: {
          userId: actorUser?.id ?? null,
          role: actorUser?.role ?? "PUBLIEK",
          gemeenteId: actorUser?.gemeenteId ?? null,
        },
        now,
        today: dateInAmsterdam(now.toISOString()),
        targetGemeenteId,
        expectedVersion: opts.expectedVersion,
        upload,
      };
      const result = await command.run(ctx);
      // The versions of the shown data this command wrote, in the same transaction (see data-version.ts).
      moved = await bumpWrittenSubjects(tx, writesAtStart);
      // Last: the audit events the command gave (appendAudit). The append takes the chain's lock,
      // held until COMMIT, so nothing else of this transaction runs while other writers wait for it;
      // the chain is still in commit order (docs/reliability.md, "Audit trail").
      await flushAudit(tx);
      return result;
    }, TX_OPTIONS);
    // Committed: who keeps copies of the shown data may refresh them now (lib/public-cache/refresh-ahead.ts).
    notifyCommitted(moved);
    return { ok: true, ...payload };
  } catch (err) {
    if (err instanceof Refusal) return fail(err.message, err.fieldErrors);
    if (err instanceof ConflictError) return fail(err.message);
    if (isUniqueViolation(err)) return fail(command.uniqueViolation ?? UNIQUE_VIOLATION_MESSAGE);
    throw err;
  }
}
