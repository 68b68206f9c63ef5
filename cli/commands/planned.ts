import type { Command } from "commander";
import type { Command as AppCommand } from "@/lib/commands";
import type { Db } from "@/lib/db/client";
import { type Outcome, runWithDb as withDb, type SetExit } from "./with-db";

/** Runs a planned-step command as the secretariat (the CLI's system actor), as the form does. */
async function asSecretariaat(
  db: Db,
  name: "plan" | "move" | "withdraw",
  input: object,
  done: string,
): Promise<Outcome> {
  const commands = await import("@/lib/services/planned-steps");
  const byName: Record<typeof name, AppCommand> = {
    plan: commands.planStep,
    move: commands.movePlannedStep,
    withdraw: commands.withdrawPlannedStep,
  };
  return runAsSecretariaat(db, byName[name], input, done);
}

/** Runs a command as the secretariat (the CLI's system actor): field errors exit 2, a refusal 3. */
export async function runAsSecretariaat(db: Db, command: AppCommand, input: object, done: string): Promise<Outcome> {
  const { runCommand, SYSTEM_SECRETARIAAT } = await import("@/lib/commands");
  const res = await runCommand(db, SYSTEM_SECRETARIAAT, command, input);
  if (res.ok) return { exitCode: 0, message: done };
  const fields = Object.values(res.fieldErrors ?? {});
  return fields.length
    ? { exitCode: 2, message: `${res.message} ${fields.join(" ")}` }
    : { exitCode: 3, message: res.message };
}

export async function grProcedureId(db: Db, regeling: string, document: string): Promise<string | null> {
  const { isGrProcedureKind } = await import("@/lib/services/gr-procedure-store");
  const procedures = await db.procedure.findMany({
    where: { document: { slug: document, regeling: { slug: regeling } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true },
  });
  return procedures.find((p) => isGrProcedureKind(p.kind))?.id ?? null;
}

/** `gr-volg procedure plan|verplaats|intrekken|gepland`: planned steps (issue 15). */
export function registerPlannedStepCommands(program: Command, setExit: SetExit) {
  const procedure =
    program.commands.find((c) => c.name() === "procedure") ?? program.command("procedure").description("Procedures");
  const where = (c: Command) =>
    c
      .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
      .requiredOption("--document <slug>", "het document van de procedure");
  where(procedure.command("plan"))
    .description(
      "Plan de inwerkingtreding op de datum die de bekendmaking noemt, of een raadsvergadering of BOSD-vergadering (wordt op die dag vanzelf geregistreerd)",
    )
    .requiredOption("--datum <datum>", "geplande datum, JJJJ-MM-DD")
    .requiredOption("--grondslag <tekst>", 'de grondslag, bijv. "treedt in werking met ingang van 1 januari 2027"')
    .option("--stap <stap>", "inwerkingtreding (standaard), raadsvergadering of bosd_vergadering", "inwerkingtreding")
    .option("--raad <gemeente>", "bij een raadsvergadering: de gemeente (slug of naam)")
    .action(
      (opts: { regeling: string; document: string; datum: string; grondslag: string; stap: string; raad?: string }) =>
        withDb(setExit, async (db) => {
          const procedureId = await grProcedureId(db, opts.regeling, opts.document);
          if (!procedureId)
            return { exitCode: 2, message: `Geen GR-procedure voor "${opts.document}" in "${opts.regeling}".` };
          const { participantIds } = await import("./sending");
          const ids = opts.raad ? await participantIds(db, opts.regeling, [opts.raad]) : [];
          if (typeof ids === "string") return { exitCode: 2, message: ids };
          const input = {
            procedureId,
            step: opts.stap,
            participantId: ids[0],
            plannedOn: opts.datum,
            legalBasis: opts.grondslag,
          };
          const what = opts.stap === "inwerkingtreding" ? "Inwerkingtreding" : "Vergadering";
          return asSecretariaat(db, "plan", input, `${what} gepland op ${opts.datum}.`);
        }),
    );
  procedure
    .command("verplaats")
    .description("Verplaats een geplande stap naar een andere datum (met reden)")
    .requiredOption("--id <id>", "de geplande stap (zie `gr-volg procedure gepland`)")
    .requiredOption("--datum <datum>", "nieuwe datum, JJJJ-MM-DD")
    .requiredOption("--reden <tekst>", "waarom de datum verandert")
    .action((opts: { id: string; datum: string; reden: string }) =>
      withDb(setExit, (db) =>
        asSecretariaat(
          db,
          "move",
          { plannedStepId: opts.id, plannedOn: opts.datum, reason: opts.reden },
          `Geplande stap verplaatst naar ${opts.datum}.`,
        ),
      ),
    );
  procedure
    .command("intrekken")
    .description("Trek een geplande stap in (met reden)")
    .requiredOption("--id <id>", "de geplande stap")
    .requiredOption("--reden <tekst>", "waarom de planning vervalt")
    .action((opts: { id: string; reden: string }) =>
      withDb(setExit, (db) =>
        asSecretariaat(db, "withdraw", { plannedStepId: opts.id, reason: opts.reden }, "Geplande stap ingetrokken."),
      ),
    );
  where(procedure.command("gepland"))
    .description("Toon de geplande stappen van een procedure")
    .action((opts: { regeling: string; document: string }) =>
      withDb(setExit, async (db) => {
        const procedureId = await grProcedureId(db, opts.regeling, opts.document);
        if (!procedureId)
          return { exitCode: 2, message: `Geen GR-procedure voor "${opts.document}" in "${opts.regeling}".` };
        const { plannedStepsOf } = await import("@/lib/read-models/planned-steps");
        const steps = await plannedStepsOf(db, procedureId);
        const lines = steps.map(
          (s) =>
            `${s.id}\t${s.step}${s.participantId ? `:${s.participantId}` : ""}\t${s.plannedOn}\t${s.status}\t${s.legalBasis}`,
        );
        return { exitCode: 0, message: lines.length ? lines.join("\n") : "Geen geplande stappen." };
      }),
    );
}

/** `gr-volg jobs run-due`: every enabled scheduled job once, now (for a system cron; safe next to the servers). */
export function registerJobCommands(program: Command, setExit: SetExit) {
  program
    .command("jobs")
    .description(
      "Geplande taken (herinneringen, samenvatting, controlepunten, geplande stappen, agenda, gedeelde cache)",
    )
    .command("run-due")
    .description(
      "Voer alle ingeschakelde taken nu één keer uit (veilig naast draaiende servers); voor een systeem-cron",
    )
    .option(
      "--taak <naam>",
      "alleen deze taak: herinneringen, controlepunten, geplande-stappen, agenda-abonnementen of gedeelde-cache-opruimen",
    )
    .option("--nu <tijdstip>", "rekenen vanaf dit tijdstip (ISO, bijv. 2027-01-01T08:00:00+01:00); standaard nu")
    .action((opts: { taak?: string; nu?: string }) =>
      withDb(setExit, async (db) => {
        const now = opts.nu ? new Date(opts.nu) : new Date();
        if (Number.isNaN(now.getTime()))
          return { exitCode: 2, message: `--nu is geen tijdstip (gekregen: ${opts.nu}).` };
        const { runDueJobs } = await import("@/lib/jobs/run");
        const results = await runDueJobs(db, { now, only: opts.taak });
        const lines = results.map(
          (r) => `${r.name}: ${r.ok ? "klaar" : "mislukt"}${r.message ? ` (${r.message})` : ""}`,
        );
        return {
          exitCode: results.every((r) => r.ok) ? 0 : 1,
          message: lines.length ? lines.join("\n") : "Geen taken ingeschakeld.",
        };
      }),
    );
}
