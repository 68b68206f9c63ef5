import { Command, CommanderError } from "commander";
import { registerBackupCommands, registerDbCommands, registerScaleCommand } from "./commands/db";
import { registerStartCommand } from "./commands/start";
import { registerDomainCommands, registerForecastCommand } from "./commands/domain";
import { registerAuditCommands } from "./commands/audit";
import { registerDigestCommands, registerReminderCommands } from "./commands/reminders";
import { registerProcedureCommands } from "./commands/procedure";
import { registerBeheerCommands } from "./commands/beheer";
import { registerAgendaCommands } from "./commands/agenda";
import { registerJobCommands, registerPlannedStepCommands } from "./commands/planned";
import { registerSendingCommands } from "./commands/sending";
import { registerRegelingCommands } from "./commands/regeling";
import { registerBegrotingCommands } from "./commands/begroting";

/**
 * The `gr-volg` command. Each subcommand is a thin layer over lib/ (services, domain, db):
 * it parses arguments, calls one function and prints a clear result or a Dutch error.
 * Returns the exit code instead of exiting, so tests can call it in-process.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("gr-volg")
    .description("GR-volg: procedurevolger voor gemeenschappelijke regelingen")
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  registerDbCommands(program, setExit);
  registerBackupCommands(program, setExit);
  registerScaleCommand(program, setExit);
  registerStartCommand(program, setExit);
  registerDomainCommands(program, setExit);
  registerForecastCommand(program, setExit);
  registerAuditCommands(program, setExit);
  registerReminderCommands(program, setExit);
  registerDigestCommands(program, setExit);
  registerProcedureCommands(program, setExit);
  registerBeheerCommands(program, setExit);
  registerAgendaCommands(program, setExit);
  registerPlannedStepCommands(program, setExit);
  registerSendingCommands(program, setExit);
  registerJobCommands(program, setExit);
  registerRegelingCommands(program, setExit);
  registerBegrotingCommands(program, setExit);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
    }
    console.error(`gr-volg: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  return exitCode;
}
