import type { Command } from "commander";

type SetExit = (code: number) => void;

/** `gr-volg beheer …`: accounts that cannot be made in the browser yet (the first beheerder). */
export function registerBeheerCommands(program: Command, setExit: SetExit) {
  const beheer = program.command("beheer").description("Beheer van accounts (eerste beheerder)");
  beheer
    .command("maak-beheerder")
    .description(
      "Maak een beheerder (zonder wachtwoord) en druk een eenmalige link af waarmee die een wachtwoord kiest",
    )
    .requiredOption("--email <adres>", "e-mailadres van de beheerder")
    .option("--naam <naam>", "naam van de beheerder (standaard het deel voor de @)")
    .action(async (opts: { email: string; naam?: string }) => {
      const { getDb } = await import("@/lib/db/client");
      const { describeDbError } = await import("@/lib/db/migrate");
      const { runCommand } = await import("@/lib/commands");
      const { createBeheerder, invitationLink, INVITATION_VALID_HOURS, SYSTEM_BEHEER } = await import(
        "@/lib/services/users/invitations"
      );
      let db: Awaited<ReturnType<typeof getDb>> | undefined;
      try {
        db = await getDb();
        const res = await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: opts.email, naam: opts.naam });
        if (!res.ok) {
          // The field's own message ("Geef een geldig e-mailadres op…") says more than the form summary.
          console.error(`gr-volg: ${Object.values(res.fieldErrors ?? {})[0] ?? res.message}`);
          setExit(2);
          return;
        }
        console.log(
          res.created
            ? `Beheerder ${opts.email.trim().toLowerCase()} aangemaakt.`
            : `Nieuwe uitnodiging voor beheerder ${opts.email.trim().toLowerCase()}.`,
        );
        console.log(`Eenmalige link (${INVITATION_VALID_HOURS} uur geldig, tot ${res.expiresAt.toISOString()}):`);
        console.log(invitationLink(res.token));
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db?.close();
      }
    });
  beheer
    .command("eerste-code")
    .description("Druk een nieuwe installatiecode af voor /eerste-beheerder (alleen zolang er geen beheerder is)")
    .action(async () => {
      const { getDb } = await import("@/lib/db/client");
      const { describeDbError } = await import("@/lib/db/migrate");
      const { issueSetupCode, SETUP_CODE_VALID_HOURS } = await import("@/lib/services/users/eerste-beheerder");
      let db: Awaited<ReturnType<typeof getDb>> | undefined;
      try {
        db = await getDb();
        const issued = await issueSetupCode(db.prisma);
        if (!issued) {
          console.error("gr-volg: er is al een beheerder; de pagina /eerste-beheerder is gesloten.");
          setExit(2);
          return;
        }
        console.log(
          `Installatiecode voor /eerste-beheerder (${SETUP_CODE_VALID_HOURS} uur geldig, tot ${issued.expiresAt.toISOString()}; eerdere codes werken niet meer):`,
        );
        console.log(issued.code);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db?.close();
      }
    });
}
