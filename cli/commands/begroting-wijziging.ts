import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import { asSecretariaat, type BegrotingStartOptions, findCycle, findParticipant } from "./begroting";
import { type Outcome, type SetExit, runWithDb } from "./with-db";

/** The secretariat's steps on a begrotingswijziging (Wgr art. 35 lid 5), as on its form. */
export const CLI_WIJZIGING_STEPS = ["wijziging_verzonden", "wijziging_vastgesteld"] as const;

export interface WijzigingAanmakenOptions extends BegrotingStartOptions {
  titel: string;
  categorie?: string;
}
export interface WijzigingStapOptions extends BegrotingStartOptions {
  nummer: string;
  stap: string;
  datum: string;
  aanbieding?: string;
}
export interface WijzigingAntwoordOptions extends BegrotingStartOptions {
  nummer: string;
  gemeente: string;
  datum: string;
  motivering: string;
}

/** `gr-volg begroting wijziging aanmaken`: a new begrotingswijziging in the year's cycle, as the secretariat's form. */
export async function runWijzigingAanmaken(db: Db, opts: WijzigingAanmakenOptions): Promise<Outcome> {
  const { addBegrotingswijziging } = await import("@/lib/services/begroting/wijziging");
  const cycle = await findCycle(db, opts);
  if ("exitCode" in cycle) return cycle;
  const r = await asSecretariaat(db, addBegrotingswijziging, {
    procedureId: cycle.id,
    titel: opts.titel,
    ...(opts.categorie ? { categorie: opts.categorie } : {}),
  });
  if (!r.ok) return r.outcome;
  const { nummer, vrijgesteld } = r.res as unknown as { nummer: number; vrijgesteld: boolean };
  return {
    exitCode: 0,
    message: `Begrotingswijziging ${nummer} aangemaakt in "${cycle.titel}".${
      vrijgesteld ? " De regeling zondert haar categorie uit van de zienswijzeprocedure: stel haar direct vast." : ""
    }`,
  };
}

/** `gr-volg begroting wijziging stap`: the ontwerpwijziging to the raden, or the vaststelling. */
export async function runWijzigingStap(db: Db, opts: WijzigingStapOptions): Promise<Outcome> {
  const { recordWijzigingStep } = await import("@/lib/services/begroting/wijziging");
  if (!(CLI_WIJZIGING_STEPS as readonly string[]).includes(opts.stap))
    return { exitCode: 2, message: `Onbekende stap "${opts.stap}". Mogelijk: ${CLI_WIJZIGING_STEPS.join(", ")}.` };
  const cycle = await findCycle(db, opts);
  if ("exitCode" in cycle) return cycle;
  const input: Record<string, string> = {
    step: opts.stap,
    procedureId: cycle.id,
    nummer: opts.nummer,
    date: opts.datum,
  };
  if (opts.stap === "wijziging_verzonden" && opts.aanbieding) input.aanbiedingOp = opts.aanbieding;
  const r = await asSecretariaat(db, recordWijzigingStep, input);
  if (!r.ok) return r.outcome;
  return { exitCode: 0, message: `Stap "${opts.stap}" geregistreerd voor wijziging ${opts.nummer} (${opts.datum}).` };
}

/** `gr-volg begroting wijziging antwoord`: the bestuur's written answer to a raad's zienswijze on a wijziging. */
export async function runWijzigingAntwoord(db: Db, opts: WijzigingAntwoordOptions): Promise<Outcome> {
  const { answerWijzigingZienswijze } = await import("@/lib/services/begroting/wijziging");
  const cycle = await findCycle(db, opts);
  if ("exitCode" in cycle) return cycle;
  const participant = await findParticipant(db, opts);
  if ("exitCode" in participant) return participant;
  const r = await asSecretariaat(db, answerWijzigingZienswijze, {
    procedureId: cycle.id,
    nummer: opts.nummer,
    participantId: participant.id,
    date: opts.datum,
    motivering: opts.motivering,
  });
  if (!r.ok) return r.outcome;
  return {
    exitCode: 0,
    message: `Antwoord aan ${participant.gemeente.naam} geregistreerd voor wijziging ${opts.nummer} (${opts.datum}).`,
  };
}

export function registerWijzigingCommands(begroting: Command, setExit: SetExit) {
  const wijziging = begroting
    .command("wijziging")
    .description("Begrotingswijzigingen van een begrotingsjaar (Wgr art. 35 lid 5) als het regionaal secretariaat");
  const regeling = "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland";
  wijziging
    .command("aanmaken")
    .description("Maak een begrotingswijziging aan in de cyclus van het jaar (met auditregel)")
    .requiredOption("--regeling <slug>", regeling)
    .requiredOption("--jaar <jaar>", "het begrotingsjaar van de cyclus")
    .requiredOption("--titel <tekst>", "de titel van de wijziging")
    .option("--categorie <tekst>", "de categorie (de regeling kan categorieën uitzonderen van de zienswijze)")
    .action((opts: WijzigingAanmakenOptions) => runWithDb(setExit, (db) => runWijzigingAanmaken(db, opts)));
  wijziging
    .command("stap")
    .description("Registreer een stap van het bestuur op een begrotingswijziging (met auditregel)")
    .requiredOption("--regeling <slug>", regeling)
    .requiredOption("--jaar <jaar>", "het begrotingsjaar van de cyclus")
    .requiredOption("--nummer <n>", "het nummer van de wijziging in dat jaar")
    .requiredOption("--stap <stap>", `de stap: ${CLI_WIJZIGING_STEPS.join(", ")}`)
    .requiredOption("--datum <datum>", "datum van de stap, JJJJ-MM-DD")
    .option("--aanbieding <datum>", "geplande aanbieding aan het algemeen bestuur (bij wijziging_verzonden)")
    .action((opts: WijzigingStapOptions) => runWithDb(setExit, (db) => runWijzigingStap(db, opts)));
  wijziging
    .command("antwoord")
    .description("Registreer het antwoord van het bestuur op de zienswijze van een raad op een wijziging")
    .requiredOption("--regeling <slug>", regeling)
    .requiredOption("--jaar <jaar>", "het begrotingsjaar van de cyclus")
    .requiredOption("--nummer <n>", "het nummer van de wijziging in dat jaar")
    .requiredOption("--gemeente <slug>", "de gemeente van de raad, bijvoorbeeld almere")
    .requiredOption("--datum <datum>", "datum van het antwoord, JJJJ-MM-DD")
    .requiredOption("--motivering <tekst>", "het antwoord met de motivering")
    .action((opts: WijzigingAntwoordOptions) => runWithDb(setExit, (db) => runWijzigingAntwoord(db, opts)));
}
