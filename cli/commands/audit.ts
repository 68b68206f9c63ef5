import type { Command } from "commander";

type SetExit = (code: number) => void;

export function registerAuditCommands(program: Command, setExit: SetExit) {
  const audit = program.command("audit").description("Auditlogboek");
  audit
    .command("verify")
    .description("Controleer de hashketen van het auditlogboek en meld de eerste gebroken schakel")
    .action(async () => {
      const { getDb } = await import("@/lib/db/client");
      const { verifyAuditChain } = await import("@/lib/services/audit-verify");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      try {
        const result = await verifyAuditChain(db.prisma);
        if (result.ok) console.log(`Auditlogboek intact: ${result.checked} events gecontroleerd.`);
        else {
          console.error(`Auditlogboek GEBROKEN bij event ${result.brokenAt}: ${result.reason} (${result.checked} events daarvoor in orde).`);
          setExit(3);
        }
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db.close();
      }
    });
}
