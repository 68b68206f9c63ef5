import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import { REGIONAL_EVENTS } from "@/lib/domain/procedures/gr/machines";

import { type SetExit, runWithDb } from "./with-db";

/** Every regional step of the domain (a new step is offered here by itself); the nota van beantwoording takes its answers from the nota, as the form does. */
export const CLI_REGIONAL_STEPS = REGIONAL_EVENTS;

export interface StapOptions {
  regeling: string;
  document: string;
  stap: string;
  datum: string;
  versie?: string;
  reden?: string;
  kenmerk?: string;
  besluitnummer?: string;
}

/**
 * Applies one REGIONAL step of a GR procedure as the secretariat, through the same command as the
 * secretariat's form (lib/services/secretariaat/regional-steps.ts): the same checks, the same rows
 * (also the BOSD akkoord's Besluit), the same audit event. The CLI only finds the procedure and the
 * version by their slugs / number.
 */
export async function runProcedureStap(db: Db, opts: StapOptions): Promise<{ exitCode: number; message: string }> {
  const { isIsoDate } = await import("@/lib/domain");
  const { isYearInRange, MIN_YEAR, MAX_YEAR } = await import("@/lib/validation/dates");
  const { isGrProcedureKind } = await import("@/lib/services/gr-procedure-store");
  const { runCommand, SYSTEM_SECRETARIAAT } = await import("@/lib/commands");
  const { recordRegionalStep } = await import("@/lib/services/secretariaat/regional-steps");
  if (!(CLI_REGIONAL_STEPS as readonly string[]).includes(opts.stap)) {
    return { exitCode: 2, message: `Onbekende stap "${opts.stap}". Mogelijk: ${CLI_REGIONAL_STEPS.join(", ")}.` };
  }
  if (!isIsoDate(opts.datum))
    return { exitCode: 2, message: `--datum moet een datum zijn als 2026-05-01 (gekregen: ${opts.datum}).` };
  if (!isYearInRange(opts.datum))
    return { exitCode: 2, message: `--datum moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen (gekregen: ${opts.datum}).` };
  const document = await db.document.findFirst({
    where: { slug: opts.document, regeling: { slug: opts.regeling } },
    include: { versions: { orderBy: { number: "asc" } }, procedures: { orderBy: { createdAt: "desc" } } },
  });
  if (!document) return { exitCode: 2, message: `Geen document "${opts.document}" in regeling "${opts.regeling}".` };
  const procedure = document.procedures.find((p) => isGrProcedureKind(p.kind));
  if (!procedure) return { exitCode: 2, message: `Het document "${opts.document}" heeft geen GR-procedure.` };
  const number = opts.versie === undefined ? undefined : Number(opts.versie);
  const version =
    number === undefined
      ? document.versions[document.versions.length - 1]
      : document.versions.find((v) => v.number === number);
  if (!version)
    return { exitCode: 2, message: `Versie ${opts.versie ?? "(laatste)"} van "${opts.document}" bestaat niet.` };
  const input = cliStepInput(opts, procedure.id, version.id);
  const res = await runCommand(db, SYSTEM_SECRETARIAAT, recordRegionalStep, input);
  if (!res.ok) {
    // Bad input (a field error) is the caller's mistake (2); a refusal by the domain is 3.
    const fields = Object.values(res.fieldErrors ?? {});
    return fields.length
      ? { exitCode: 2, message: `${res.message} ${fields.join(" ")}` }
      : { exitCode: 3, message: res.message };
  }
  return {
    exitCode: 0,
    message: `Stap "${opts.stap}" geregistreerd voor "${procedure.titel}" (versie ${version.number}, ${opts.datum}).`,
  };
}

const STEPS_WITHOUT_VERSION = [
  "zienswijzeprocedure_gesloten",
  "nota_van_beantwoording_vastgesteld",
  "bekendmaking_geregistreerd",
  "inwerkingtreding_geregistreerd",
];

/** The flags as the secretariat form's input (lib/validation/regional-step.ts). */
export function cliStepInput(opts: StapOptions, procedureId: string, versionId: string): Record<string, string> {
  const input: Record<string, string> = { step: opts.stap, procedureId, date: opts.datum };
  if (!STEPS_WITHOUT_VERSION.includes(opts.stap)) input.versionId = versionId;
  if (opts.stap === "herziene_versie_gepubliceerd") input.reason = opts.reden ?? "";
  if (opts.stap === "bekendmaking_geregistreerd" && opts.kenmerk) input.reference = opts.kenmerk;
  if (opts.stap === "bosd_akkoord" && opts.besluitnummer) input.besluitnummer = opts.besluitnummer;
  return input;
}

export function registerProcedureCommands(program: Command, setExit: SetExit) {
  const procedure = program
    .command("procedure")
    .description("Stappen in een procedure registreren (regionaal secretariaat)");
  procedure
    .command("stap")
    .description("Registreer een regionale stap van een GR-procedure als het regionaal secretariaat (met auditregel)")
    .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .requiredOption("--document <slug>", "het document van de procedure, bijvoorbeeld concept-gr")
    .requiredOption("--stap <stap>", `de regionale stap: ${CLI_REGIONAL_STEPS.join(", ")}`)
    .requiredOption("--datum <datum>", "datum van de stap, JJJJ-MM-DD")
    .option("--versie <nummer>", "versienummer van het document (standaard de laatste)")
    .option("--reden <tekst>", "reden (bij een herziene versie)")
    .option("--kenmerk <tekst>", "vindplaats (bij de bekendmaking)")
    .option("--besluitnummer <tekst>", "besluitnummer (bij het akkoord van het BOSD)")
    .action((opts: StapOptions) => runWithDb(setExit, (db) => runProcedureStap(db, opts)));
}
