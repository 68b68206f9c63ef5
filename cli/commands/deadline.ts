/**
 * `gr-volg deadline` — pure command logic (wired into commander elsewhere).
 * Prints the deadline trace as JSON; bad arguments → Dutch message on stderr, exit code 2.
 */
import {
  computeDeadline,
  DeadlineInputError,
  type DeadlineDirection,
  type DeadlineKind,
} from "../../lib/domain/deadlines";

export interface DeadlineCommandOptions {
  start?: string;
  period?: string;
  kind?: string;
  direction?: string;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const USAGE =
  "Gebruik: gr-volg deadline --start JJJJ-MM-DD --period P8W [--kind statutory|agreed] [--direction after|before]";

export function runDeadlineCommand(opts: DeadlineCommandOptions): CommandResult {
  if (!opts.start) return { exitCode: 2, stdout: "", stderr: `Startdatum ontbreekt (--start).\n${USAGE}\n` };
  if (!opts.period)
    return { exitCode: 2, stdout: "", stderr: `Termijn ontbreekt (--period), bijvoorbeeld P8W.\n${USAGE}\n` };
  try {
    const t = computeDeadline({
      start: opts.start,
      period: opts.period,
      kind: (opts.kind ?? "statutory") as DeadlineKind,
      direction: opts.direction as DeadlineDirection | undefined,
    });
    const out = {
      start: t.start,
      period: t.period,
      kind: t.kind,
      nominalEnd: t.nominalEnd,
      end: t.end,
      extensions: t.extensions.map((e) => ({ date: e.date, reason: e.reason })),
      direction: t.direction,
      provisional: t.provisional,
      // Only for a provisional end that a future gelijkstellingsbesluit will probably move.
      ...(t.likelyEnd ? { likelyEnd: t.likelyEnd } : {}),
      notes: t.notes,
    };
    return { exitCode: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: "" };
  } catch (e) {
    if (e instanceof DeadlineInputError) return { exitCode: 2, stdout: "", stderr: `${e.message}\n${USAGE}\n` };
    throw e;
  }
}
