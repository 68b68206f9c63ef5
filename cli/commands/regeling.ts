import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import type { Result } from "@/lib/result";

import { type Outcome, type SetExit, runWithDb } from "./with-db";

/** A command's result as the CLI reports it: a field error is the caller's mistake (2), a refusal by the domain 3. */
function outcome(res: Result<object>, success: string): Outcome {
  if (res.ok) return { exitCode: 0, message: success };
  const fields = Object.values(res.fieldErrors ?? {}).filter((m) => m !== res.message);
  return fields.length
    ? { exitCode: 2, message: `${res.message} ${fields.join(" ")}` }
    : { exitCode: 3, message: res.message };
}

async function regelingBySlug(db: Db, slug: string) {
  return db.regeling.findUnique({ where: { slug }, select: { id: true, naam: true } });
}

/**
 * R14: the end date of the regeling that `--regeling` replaces, through the same command as the
 * beheer form (lib/services/beheer/vervangen-regeling.ts): the same check, the same audit event.
 */
export async function runEindeVervangen(db: Db, opts: { regeling: string; einddatum: string }): Promise<Outcome> {
  const { runCommand } = await import("@/lib/commands");
  const { SYSTEM_BEHEER } = await import("@/lib/services/users/invitations");
  const { recordEindeVervangenRegeling } = await import("@/lib/services/beheer/vervangen-regeling");
  const regeling = await regelingBySlug(db, opts.regeling);
  if (!regeling) return { exitCode: 2, message: `Geen regeling "${opts.regeling}".` };
  const res = await runCommand(db, SYSTEM_BEHEER, recordEindeVervangenRegeling, {
    regelingId: regeling.id,
    einddatum: opts.einddatum,
  });
  return outcome(res, `De regeling die ${regeling.naam} vervangt, eindigt op ${opts.einddatum}.`);
}

export interface RegisterOptions {
  regeling: string;
  register: string;
  datum: string;
  kenmerk?: string;
}

/**
 * R15: the regeling entered in a register, through the same command as the secretariat's form
 * (lib/services/secretariaat/registers.ts). `--register` is a gemeente's slug (its college's
 * register, Wgr art. 27) or "centraal" (the central GR-register).
 */
export async function runRegisterInschrijving(db: Db, opts: RegisterOptions): Promise<Outcome> {
  const { runCommand, SYSTEM_SECRETARIAAT } = await import("@/lib/commands");
  const { CENTRAL_REGISTER } = await import("@/lib/domain");
  const { recordRegisterInschrijving } = await import("@/lib/services/secretariaat/registers");
  const regeling = await regelingBySlug(db, opts.regeling);
  if (!regeling) return { exitCode: 2, message: `Geen regeling "${opts.regeling}".` };
  let register: string = CENTRAL_REGISTER;
  if (opts.register !== CENTRAL_REGISTER) {
    const participant = await db.participant.findFirst({
      where: { regelingId: regeling.id, leftOn: null, gemeente: { slug: opts.register } },
      select: { id: true },
    });
    if (!participant)
      return {
        exitCode: 2,
        message: `"${opts.register}" is geen deelnemende gemeente van ${regeling.naam}; geef de korte naam van een gemeente of "centraal".`,
      };
    register = participant.id;
  }
  const res = await runCommand(db, SYSTEM_SECRETARIAAT, recordRegisterInschrijving, {
    regelingId: regeling.id,
    register,
    ingeschrevenOp: opts.datum,
    ...(opts.kenmerk ? { kenmerk: opts.kenmerk } : {}),
  });
  return outcome(
    res,
    `Inschrijving van ${regeling.naam} in register "${opts.register}" op ${opts.datum} geregistreerd.`,
  );
}

/** `gr-volg regeling …`: what is recorded about a regeling itself (its registers, the end of the one it replaces). */
export function registerRegelingCommands(program: Command, setExit: SetExit) {
  const regeling = program.command("regeling").description("Gegevens van een regeling registreren");
  regeling
    .command("einde-vervangen")
    .description("Leg de laatste dag vast van de regeling die deze regeling vervangt (als beheer, met auditregel)")
    .requiredOption("--regeling <slug>", "de nieuwe regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .requiredOption("--einddatum <datum>", "laatste dag van de vervangen regeling, JJJJ-MM-DD")
    .action((opts: { regeling: string; einddatum: string }) => runWithDb(setExit, (db) => runEindeVervangen(db, opts)));
  regeling
    .command("register")
    .description("Registreer de inschrijving van de regeling in een register (als het regionaal secretariaat)")
    .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .requiredOption(
      "--register <gemeente|centraal>",
      'korte naam van de gemeente (register van het college) of "centraal"',
    )
    .requiredOption("--datum <datum>", "datum van inschrijving, JJJJ-MM-DD")
    .option("--kenmerk <tekst>", "kenmerk of vindplaats van de inschrijving")
    .action((opts: RegisterOptions) => runWithDb(setExit, (db) => runRegisterInschrijving(db, opts)));
}
