import type { Command } from "commander";

type SetExit = (code: number) => void;

export function registerAuditCommands(program: Command, setExit: SetExit) {
  registerAppRoleCommand(program, setExit);
  const audit = program.command("audit").description("Auditlogboek");
  audit
    .command("verify")
    .description(
      "Controleer de hashketen en de ondertekende controlepunten van het auditlogboek (exit 3 bij een gebrek)",
    )
    .option(
      "--state",
      "controleer ook of de huidige rijen nog overeenkomen met hun laatste gebeurtenis (wijzigingen buiten de applicatie)",
    )
    .action(async (opts: { state?: boolean }) => {
      const { getDb } = await import("@/lib/db/client");
      const { verifyAuditChain } = await import("@/lib/services/audit-verify");
      const { verifyCheckpoints } = await import("@/lib/services/audit-checkpoint");
      const { resolveCheckpointKey } = await import("@/lib/services/audit-checkpoint-key");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      try {
        const started = Date.now();
        const result = await verifyAuditChain(db.prisma);
        if (result.ok) console.log(`Auditlogboek intact: ${result.checked} events gecontroleerd.`);
        else {
          console.error(
            `Auditlogboek GEBROKEN bij event ${result.brokenAt}: ${result.reason} (${result.checked} events daarvoor in orde).`,
          );
          setExit(3);
        }

        const count = await db.prisma.auditCheckpoint.count();
        const resolved = resolveCheckpointKey();
        if (count === 0) console.log("Controlepunten: nog geen (maak er een met `gr-volg audit checkpoint`).");
        else if (resolved.key === null) {
          console.error(`Controlepunten NIET gecontroleerd: ${resolved.reason}`);
          setExit(result.ok ? 1 : 3);
        } else {
          const checkpoints = await verifyCheckpoints(db.prisma, resolved.key);
          if (checkpoints.findings.length === 0)
            console.log(`Controlepunten in orde: ${checkpoints.checked} gecontroleerd.`);
          else {
            for (const f of checkpoints.findings) console.error(`Controlepunt GEBROKEN: ${f.message}`);
            setExit(3);
          }
        }

        if (opts.state) {
          const { verifyAuditState, describeStateFinding } = await import("@/lib/services/audit-state");
          const state = await verifyAuditState(db.prisma);
          if (state.findings.length === 0)
            console.log(`Toestand in orde: ${state.checkedRows} rijen komen overeen met hun laatste gebeurtenis.`);
          else {
            for (const f of state.findings) console.error(`Toestand GEWIJZIGD: ${describeStateFinding(f)}`);
            console.error(
              `${state.findings.length} van ${state.checkedRows} rijen zijn buiten de applicatie gewijzigd.`,
            );
            setExit(3);
          }
        }
        console.log(`Duur: ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db.close();
      }
    });

  audit
    .command("checkpoint")
    .description(
      "Schrijf een ondertekend controlepunt van het auditlogboek (sleutel buiten de database: AUDIT_CHECKPOINT_KEY)",
    )
    .action(async () => {
      const { resolveCheckpointKey } = await import("@/lib/services/audit-checkpoint-key");
      const resolved = resolveCheckpointKey(process.env, { create: true });
      if (resolved.key === null) {
        console.error(`gr-volg: geen controlepunt geschreven: ${resolved.reason}`);
        setExit(1);
        return;
      }
      const { getDb } = await import("@/lib/db/client");
      const { writeCheckpoint } = await import("@/lib/services/audit-checkpoint");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      try {
        const result = await writeCheckpoint(db.prisma, resolved.key);
        if (result.written)
          console.log(
            `Controlepunt ${result.id} geschreven: ${result.eventCount} gebeurtenissen, tot en met gebeurtenis ${result.lastEventId}.`,
          );
        else console.log("Geen controlepunt geschreven: het auditlogboek is nog leeg.");
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db.close();
      }
    });
}

/** `gr-volg db app-rol <rolnaam>`: lives here because it is the audit trail's protection. */
export function registerAppRoleCommand(program: Command, setExit: SetExit) {
  const db = program.commands.find((c) => c.name() === "db");
  if (!db) return;
  db.command("app-rol")
    .argument("<rolnaam>", "de databaserol waarmee de app in productie verbindt, bijvoorbeeld gr_volg_app")
    .option(
      "--wachtwoord <wachtwoord>",
      "maak de rol aan (of zet het wachtwoord) met LOGIN; zonder deze optie moet de rol al bestaan",
    )
    .description(
      "Geef de app-rol rechten op de gegevens, maar niet om het auditlogboek te schrijven (alleen via gr_volg_audit_append); draai als eigenaar na elke migratie en restore",
    )
    .action(async (rolnaam: string, opts: { wachtwoord?: string }) => {
      const { resolveDatabaseUrl, parseDatabaseUrl } = await import("@/lib/db/url");
      const { describeDbError } = await import("@/lib/db/migrate");
      if (parseDatabaseUrl(resolveDatabaseUrl()).kind !== "postgres") {
        console.error(
          "gr-volg: een aparte app-rol bestaat alleen op PostgreSQL; de ingebouwde database heeft één gebruiker.",
        );
        setExit(2);
        return;
      }
      const { openDb } = await import("@/lib/db/client");
      const { setupAppRole } = await import("@/lib/db/app-role");
      const db = await openDb();
      try {
        const { created } = await setupAppRole(db.prisma, rolnaam, opts.wachtwoord);
        console.log(
          `${created ? "Rol aangemaakt en rechten" : "Rechten"} ingesteld voor ${rolnaam}: gegevens lezen en schrijven, het auditlogboek alleen via gr_volg_audit_append.`,
        );
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db.close();
      }
    });
}
