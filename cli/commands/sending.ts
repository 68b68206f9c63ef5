import { CORRECTABLE_REGIONAL_STEP_KEYS } from "@/lib/domain/procedures/gr/corrections";
import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import { grProcedureId, runAsSecretariaat } from "./planned";
import { type Outcome, runWithDb, type SetExit } from "./with-db";

interface Where {
  regeling: string;
  document: string;
}

/** The participants of the procedure's regeling whose gemeente has this slug or name (case-insensitive). */
export async function participantIds(db: Db, regeling: string, raden: string[]): Promise<string[] | string> {
  const participants = await db.participant.findMany({
    where: { regeling: { slug: regeling } },
    select: { id: true, gemeente: { select: { slug: true, naam: true } } },
  });
  const ids: string[] = [];
  for (const raad of raden) {
    const key = raad.trim().toLowerCase();
    const found = participants.find((p) => p.gemeente.slug === key || p.gemeente.naam.toLowerCase() === key);
    if (!found) return `"${raad}" is geen deelnemer van "${regeling}".`;
    ids.push(found.id);
  }
  return ids;
}

/** Finds the GR procedure and runs `run` with its id; a missing procedure exits 2. */
async function withProcedure(db: Db, opts: Where, run: (procedureId: string) => Promise<Outcome>): Promise<Outcome> {
  const procedureId = await grProcedureId(db, opts.regeling, opts.document);
  if (!procedureId) return { exitCode: 2, message: `Geen GR-procedure voor "${opts.document}" in "${opts.regeling}".` };
  return run(procedureId);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export interface VerzondenOptions extends Where {
  datum: string;
  raad?: string[];
  alle?: boolean;
}

/** `gr-volg procedure verzonden`: the same command as the secretariat's form (recordOntwerpVerzonden). */
export function runVerzonden(db: Db, opts: VerzondenOptions): Promise<Outcome> {
  return withProcedure(db, opts, async (procedureId) => {
    if (Boolean(opts.alle) === Boolean(opts.raad?.length))
      return { exitCode: 2, message: "Geef --alle of ten minste één --raad (niet allebei)." };
    const ids = opts.alle ? "alle" : await participantIds(db, opts.regeling, opts.raad ?? []);
    if (typeof ids === "string" && ids !== "alle") return { exitCode: 2, message: ids };
    const { recordOntwerpVerzonden } = await import("@/lib/services/secretariaat/records");
    return runAsSecretariaat(
      db,
      recordOntwerpVerzonden,
      { procedureId, participantIds: ids, date: opts.datum },
      `Verzending van het ontwerp geregistreerd op ${opts.datum}${opts.alle ? " voor alle raden" : ""}; tot de griffie de ontvangst bevestigt, geldt een aangenomen ontvangst.`,
    );
  });
}

export interface CorrigeerStapOptions extends Where {
  stap: string;
  datum: string;
  reden: string;
  raad?: string;
}

/** `gr-volg procedure corrigeer-stap`: the same command as the secretariat's form (correctRegionalStep). */
export function runCorrigeerStap(db: Db, opts: CorrigeerStapOptions): Promise<Outcome> {
  return withProcedure(db, opts, async (procedureId) => {
    const ids = opts.raad ? await participantIds(db, opts.regeling, [opts.raad]) : [];
    if (typeof ids === "string") return { exitCode: 2, message: ids };
    const { correctRegionalStep } = await import("@/lib/services/secretariaat/records");
    return runAsSecretariaat(
      db,
      correctRegionalStep,
      { procedureId, step: opts.stap, participantId: ids[0], date: opts.datum, reason: opts.reden },
      `Correctie geregistreerd: ${opts.stap} op ${opts.datum}.`,
    );
  });
}

/**
 * `gr-volg procedure verzonden` and `gr-volg procedure corrigeer-stap` (issue 15 point 5): the same commands as the
 * secretariat's forms (lib/services/secretariaat/records.ts), so both doors leave the same rows.
 */
export function registerSendingCommands(program: Command, setExit: SetExit) {
  const procedure =
    program.commands.find((c) => c.name() === "procedure") ?? program.command("procedure").description("Procedures");
  procedure
    .command("verzonden")
    .description(
      "Registreer dat de colleges het ontwerp aan de raad verzonden (per raad, of --alle); tot de griffie de ontvangst bevestigt, geldt een aangenomen ontvangst",
    )
    .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .requiredOption("--document <slug>", "het document van de procedure")
    .requiredOption("--datum <datum>", "datum van verzending, JJJJ-MM-DD")
    .option("--raad <gemeente>", "de gemeente (slug of naam); herhaal voor meer raden", collect)
    .option("--alle", "alle raden waarvoor nog geen verzending is geregistreerd")
    .action((opts: VerzondenOptions) => runWithDb(setExit, (db) => runVerzonden(db, opts)));
  procedure
    .command("corrigeer-stap")
    .description("Corrigeer de datum van een regionale stap (met reden; de oude datum blijft in de geschiedenis)")
    .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .requiredOption("--document <slug>", "het document van de procedure")
    .requiredOption("--stap <stap>", `de stap: ${CORRECTABLE_REGIONAL_STEP_KEYS.join(", ")}`)
    .requiredOption("--datum <datum>", "de juiste datum, JJJJ-MM-DD")
    .requiredOption("--reden <tekst>", "waarom de datum wordt gecorrigeerd")
    .option("--raad <gemeente>", "bij ontwerp_verzonden: de gemeente (slug of naam)")
    .action((opts: CorrigeerStapOptions) => runWithDb(setExit, (db) => runCorrigeerStap(db, opts)));
}
