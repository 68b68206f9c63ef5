import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import { begrotingStepSchema } from "@/lib/validation/begroting";
import { registerWijzigingCommands } from "./begroting-wijziging";
import { type Outcome, type SetExit, runWithDb } from "./with-db";

/** Every step of the bestuur the secretariat's form offers (a new step in the schema is offered here by itself). */
export const CLI_BEGROTING_STEPS: readonly string[] = begrotingStepSchema.options.map((o) => o.shape.step.value);

export interface BegrotingStartOptions {
  regeling: string;
  jaar: string;
}
export interface BegrotingStapOptions extends BegrotingStartOptions {
  stap: string;
  datum: string;
  aanbieding?: string;
  toelichting?: string;
  besluitnummer?: string;
}
export interface BegrotingAntwoordOptions extends BegrotingStartOptions {
  gemeente: string;
  datum: string;
  motivering: string;
}

/** Runs one command as the secretariat (no person: the audit shows the system), the form's exit-code convention. */
export async function asSecretariaat(db: Db, command: import("@/lib/commands").Command, input: unknown) {
  const { runCommand, SYSTEM_SECRETARIAAT } = await import("@/lib/commands");
  const res = await runCommand(db, SYSTEM_SECRETARIAAT, command, input);
  if (res.ok) return { ok: true as const, res };
  // Bad input (a field error) is the caller's mistake (2); a refusal by the domain is 3.
  const fields = Object.values(res.fieldErrors ?? {});
  return {
    ok: false as const,
    outcome: fields.length
      ? { exitCode: 2, message: `${res.message} ${fields.join(" ")}` }
      : { exitCode: 3, message: res.message },
  };
}

async function findRegeling(db: Db, slug: string) {
  return db.regeling.findUnique({ where: { slug }, select: { id: true, naam: true } });
}

/** The cycle of a regeling for a begrotingsjaar, or a Dutch outcome saying what is missing. */
/** The participant of the gemeente `--gemeente` in the regeling `--regeling`, or the Dutch refusal (exit code 2). */
export async function findParticipant(
  db: Db,
  opts: { regeling: string; gemeente: string },
): Promise<{ id: string; gemeente: { naam: string } } | Outcome> {
  const participant = await db.participant.findFirst({
    where: { regeling: { slug: opts.regeling }, gemeente: { slug: opts.gemeente } },
    select: { id: true, gemeente: { select: { naam: true } } },
  });
  return participant ?? { exitCode: 2, message: `Gemeente "${opts.gemeente}" neemt niet deel aan deze regeling.` };
}

export async function findCycle(db: Db, opts: BegrotingStartOptions): Promise<{ id: string; titel: string } | Outcome> {
  const regeling = await findRegeling(db, opts.regeling);
  if (!regeling) return { exitCode: 2, message: `Geen regeling "${opts.regeling}".` };
  const jaar = Number(opts.jaar);
  if (!Number.isInteger(jaar))
    return { exitCode: 2, message: `--jaar moet een jaartal zijn (gekregen: ${opts.jaar}).` };
  const cycle = await db.procedure.findFirst({
    where: { regelingId: regeling.id, kind: "BEGROTING_ZIENSWIJZE", jaar },
    select: { id: true, titel: true },
  });
  return (
    cycle ?? {
      exitCode: 2,
      message: `Voor ${jaar} is er nog geen begrotingscyclus van "${opts.regeling}" (gr-volg begroting start).`,
    }
  );
}

/** `gr-volg begroting start`: the same command as the secretariat's start form (Wgr art. 34–35, one cycle a year). */
export async function runBegrotingStart(db: Db, opts: BegrotingStartOptions): Promise<Outcome> {
  const { startBegrotingCycle } = await import("@/lib/services/begroting/commands");
  const regeling = await findRegeling(db, opts.regeling);
  if (!regeling) return { exitCode: 2, message: `Geen regeling "${opts.regeling}".` };
  const r = await asSecretariaat(db, startBegrotingCycle, { regelingId: regeling.id, jaar: opts.jaar });
  if (!r.ok) return r.outcome;
  return { exitCode: 0, message: `Begrotingscyclus ${opts.jaar} gestart voor "${regeling.naam}".` };
}

/**
 * `gr-volg begroting stap`: one step of the bestuur, as the secretariat's step form (kaders, ontwerpbegroting,
 * vaststelling, GS, and the jaarrekening's steps). Warnings of a late step are printed after the result.
 */
export async function runBegrotingStap(db: Db, opts: BegrotingStapOptions): Promise<Outcome> {
  const { recordBegrotingStep } = await import("@/lib/services/begroting/commands");
  if (!CLI_BEGROTING_STEPS.includes(opts.stap))
    return { exitCode: 2, message: `Onbekende stap "${opts.stap}". Mogelijk: ${CLI_BEGROTING_STEPS.join(", ")}.` };
  const cycle = await findCycle(db, opts);
  if ("exitCode" in cycle) return cycle;
  const input: Record<string, string> = { step: opts.stap, procedureId: cycle.id, date: opts.datum };
  if (opts.stap === "ontwerp_verzonden") {
    if (opts.aanbieding) input.aanbiedingOp = opts.aanbieding;
    if (opts.toelichting) input.toelichting = opts.toelichting;
  }
  if (opts.besluitnummer && (opts.stap === "begroting_vastgesteld" || opts.stap === "jaarrekening_vastgesteld"))
    input.besluitnummer = opts.besluitnummer;
  const r = await asSecretariaat(db, recordBegrotingStep, input);
  if (!r.ok) return r.outcome;
  const warnings = ((r.res as { waarschuwingen?: string[] }).waarschuwingen ?? []).map((w) => `\nLet op: ${w}`);
  return {
    exitCode: 0,
    message: `Stap "${opts.stap}" geregistreerd voor "${cycle.titel}" (${opts.datum}).${warnings.join("")}`,
  };
}

/** `gr-volg begroting antwoord`: the bestuur's written, reasoned answer to one raad's zienswijze (Wgr art. 35). */
export async function runBegrotingAntwoord(db: Db, opts: BegrotingAntwoordOptions): Promise<Outcome> {
  const { answerBegrotingZienswijze } = await import("@/lib/services/begroting/commands");
  const cycle = await findCycle(db, opts);
  if ("exitCode" in cycle) return cycle;
  const participant = await findParticipant(db, opts);
  if ("exitCode" in participant) return participant;
  const r = await asSecretariaat(db, answerBegrotingZienswijze, {
    procedureId: cycle.id,
    participantId: participant.id,
    date: opts.datum,
    motivering: opts.motivering,
  });
  if (!r.ok) return r.outcome;
  return {
    exitCode: 0,
    message: `Antwoord aan ${participant.gemeente.naam} geregistreerd voor "${cycle.titel}" (${opts.datum}).`,
  };
}

export function registerBegrotingCommands(program: Command, setExit: SetExit) {
  const begroting = program
    .command("begroting")
    .description("De begrotingscyclus van een regeling (Wgr art. 34, 34b, 35) als het regionaal secretariaat");
  const regeling = "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland";
  begroting
    .command("start")
    .description("Start de begrotingscyclus van een regeling voor een begrotingsjaar (met auditregel)")
    .requiredOption("--regeling <slug>", regeling)
    .requiredOption("--jaar <jaar>", "het begrotingsjaar, bijvoorbeeld 2028")
    .action((opts: BegrotingStartOptions) => runWithDb(setExit, (db) => runBegrotingStart(db, opts)));
  begroting
    .command("stap")
    .description("Registreer een stap van het bestuur in de begrotingscyclus of de jaarrekening (met auditregel)")
    .requiredOption("--regeling <slug>", regeling)
    .requiredOption("--jaar <jaar>", "het begrotingsjaar van de cyclus")
    .requiredOption("--stap <stap>", `de stap: ${CLI_BEGROTING_STEPS.join(", ")}`)
    .requiredOption("--datum <datum>", "datum van de stap, JJJJ-MM-DD")
    .option("--aanbieding <datum>", "geplande aanbieding aan het algemeen bestuur (bij ontwerp_verzonden)")
    .option("--toelichting <tekst>", "toelichting (bij ontwerp_verzonden)")
    .option("--besluitnummer <tekst>", "besluitnummer (bij een vaststelling)")
    .action((opts: BegrotingStapOptions) => runWithDb(setExit, (db) => runBegrotingStap(db, opts)));
  begroting
    .command("antwoord")
    .description("Registreer het schriftelijke, gemotiveerde antwoord van het bestuur op de zienswijze van een raad")
    .requiredOption("--regeling <slug>", regeling)
    .requiredOption("--jaar <jaar>", "het begrotingsjaar van de cyclus")
    .requiredOption("--gemeente <slug>", "de gemeente van de raad, bijvoorbeeld almere")
    .requiredOption("--datum <datum>", "datum van het antwoord, JJJJ-MM-DD")
    .requiredOption("--motivering <tekst>", "het antwoord met de motivering")
    .action((opts: BegrotingAntwoordOptions) => runWithDb(setExit, (db) => runBegrotingAntwoord(db, opts)));
  registerWijzigingCommands(begroting, setExit);
}
