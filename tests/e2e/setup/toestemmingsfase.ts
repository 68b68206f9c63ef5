/**
 * TEST-ONLY setup for tests/e2e/griffie-toestemming.spec.ts (run by playwright.config.ts with
 * `npx tsx` against its own, freshly migrated and seeded e2e database, BEFORE that server starts).
 * It brings the concept-GR to the toestemmingsprocedure with the scenario builder (lib/scenario),
 * which walks the real doors: the regional steps as the secretariat, the receipt of the ontwerp by
 * every raad as its own griffier (their windows then lapse), and the definitive text published as
 * version 2. Never run this against real data.
 */
import { openDb } from "@/lib/db/client";
import { scenario } from "@/lib/scenario";

async function main() {
  if (!process.env.DATABASE_URL?.includes("e2e"))
    throw new Error("Alleen voor een e2e-database (DATABASE_URL moet 'e2e' bevatten).");
  const { prisma, close } = await openDb(process.env.DATABASE_URL);
  try {
    const gr = await scenario(prisma)
      .regeling("gr-sociaal-domein-flevoland")
      .through("toestemmingsprocedure_geopend", { definitief: { toelichting: "E2E-testversie." } });
    // tests/e2e/college-werkruimte.spec.ts: Urk's raad gave toestemming, so its college can decide and sign.
    await gr.ontvangen("urk", "2026-09-02", "toestemmingsvoorstel");
    await gr.agenderen("urk", "2026-10-15");
    await gr.toestemmingVerleend("urk", "2026-10-15");
    console.log("e2e-setup: toestemmingsprocedure geopend.");
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(`e2e-setup: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
