/**
 * TEST-ONLY setup for tests/e2e/griffie-toestemming.spec.ts (run by playwright.config.ts with
 * `npx tsx` against its own, freshly migrated and seeded e2e database, BEFORE that server starts).
 * It brings the concept-GR to the toestemmingsprocedure through the real mutation paths: the
 * regional steps as the secretariat (as `gr-volg procedure stap` does) and the receipt of the
 * ontwerp by every raad as its own griffier. The definitive text is published as a new version by the
 * secretariat (publishVersion). Never run this against real data.
 */
import { openDb } from "@/lib/db/client";
import { applyGrProcedureCommand } from "@/lib/services/gr-procedure-store";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { runCommand } from "@/lib/commands";
import type { GrCommand } from "@/lib/domain";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { byRunner } from "../../integration/helpers/by-runner";

const recordOntvangst = byRunner(raadCommands.recordOntvangst);

const SECRETARIAAT = { userId: null, role: "SECRETARIAAT", gemeenteId: null };

async function main() {
  if (!process.env.DATABASE_URL?.includes("e2e"))
    throw new Error("Alleen voor een e2e-database (DATABASE_URL moet 'e2e' bevatten).");
  const { prisma, close } = await openDb(process.env.DATABASE_URL);
  try {
    const proc = await prisma.procedure.findFirstOrThrow({
      where: { kind: "GR_TREFFEN", document: { slug: "concept-gr" } },
      include: { document: { include: { versions: { include: { articles: true }, orderBy: { number: "asc" } } } } },
    });
    const concept = proc.document.versions[0];
    const apply = async (command: GrCommand) => {
      const r = await applyGrProcedureCommand(prisma, { procedureId: proc.id, actor: SECRETARIAAT, command });
      if (!r.ok) throw new Error(r.message);
    };
    const version = async (participantId: string) =>
      String(
        (
          await prisma.track.findUniqueOrThrow({
            where: { procedureId_participantId_kind: { procedureId: proc.id, participantId, kind: "RAAD" } },
          })
        ).version,
      );

    await apply({
      track: "regional",
      event: {
        type: "concept_opgesteld",
        documentVersionId: concept.id,
        label: concept.label,
        createdOn: "2026-02-01",
      },
    });
    await apply({
      track: "regional",
      event: {
        type: "bosd_akkoord",
        decision: { documentVersionId: concept.id, decidedOn: "2026-04-15", body: "bosd" },
      },
    });
    await apply({
      track: "regional",
      event: { type: "zienswijzeprocedure_geopend", documentVersionId: concept.id, openedOn: "2026-05-01" },
    });
    const participants = await prisma.participant.findMany({
      where: { regelingId: proc.regelingId },
      include: { gemeente: true },
    });
    for (const p of participants) {
      const u = await prisma.user.findUniqueOrThrow({
        where: { email: `griffier.${p.gemeente.slug}@demo.gr-volg.nl` },
      });
      const r = await recordOntvangst(
        prisma,
        { id: u.id, role: "GRIFFIER", gemeenteId: u.gemeenteId },
        {
          procedureId: proc.id,
          participantId: p.id,
          expectedVersion: await version(p.id),
          stap: "ontwerp",
          ontvangenOp: "2026-05-12",
        },
      );
      if (!r.ok) throw new Error(r.message);
    }
    await apply({ track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-08-01" } });
    await apply({
      track: "regional",
      event: { type: "nota_van_beantwoording_vastgesteld", decidedOn: "2026-08-20", answers: [] },
    });
    const secretariaat = await prisma.user.findUniqueOrThrow({ where: { email: "secretariaat@demo.gr-volg.nl" } });
    const published = await runCommand(
      prisma,
      { id: secretariaat.id, role: "SECRETARIAAT", gemeenteId: null },
      publishVersion,
      {
        documentId: proc.documentId,
        label: "Definitieve GR (versie 2)",
        status: "DEFINITIEF",
        toelichting: "E2E-testversie.",
        articles: concept.articles.map(({ key, nummer, titel, tekst }) => ({ key, nummer, titel, tekst })),
      },
    );
    if (!published.ok) throw new Error(published.message);
    const definitief = await prisma.documentVersion.findUniqueOrThrow({ where: { id: published.versionId } });
    await apply({
      track: "regional",
      event: {
        type: "definitieve_versie_vastgesteld",
        documentVersionId: definitief.id,
        label: definitief.label,
        createdOn: "2026-08-25",
      },
    });
    await apply({
      track: "regional",
      event: { type: "toestemmingsprocedure_geopend", documentVersionId: definitief.id, openedOn: "2026-09-01" },
    });
    console.log("e2e-setup: toestemmingsprocedure geopend.");
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(`e2e-setup: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
