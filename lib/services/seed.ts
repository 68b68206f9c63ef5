import type { Db } from "@/lib/db/client";
import { runCommand } from "@/lib/commands";
import type { Result } from "@/lib/result";
import { newVersion, procedureStart } from "@/lib/scenario/doors";
import { SECRETARIAAT_EMAIL } from "@/lib/scenario";
import { SYSTEM_BEHEER } from "@/lib/services/users/invitations";
import { createDemoAccounts, loadDemoReferenceData } from "./demo/seed-commands";
import { CENTRUMREGELING, DOCUMENTS, GEMEENTEN } from "@/prisma/seed/flevoland";

const BEHEER_EMAIL = "beheer@demo.gr-volg.nl";

/** A demo account of this seed, as the commands authorize it (a real person, like a signed-in one). */
const demoActor = (db: Db, email: string) =>
  db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, gemeenteId: true } });

export interface SeedSummary {
  gemeenten: number;
  documents: number;
  procedures: number;
  users: number;
}

/** A refused seed step is a broken seed: stop with the command's own Dutch reason. */
function seeded<T extends object>(what: string, res: Result<T>): T {
  if (!res.ok) throw new Error(`seed: ${what} geweigerd: ${res.message}`);
  return res;
}

/**
 * Seeds the Flevoland regio with its demo accounts (demo mode only). Every change of state is a
 * command of the runner (issue 21): the reference data and the demo accounts as the system actor
 * (lib/services/demo/seed-commands.ts), the texts and procedures as the demo secretariaat and
 * beheerder through the scenario doors. Idempotent: every record is found by its natural key and
 * only created when missing, so running it twice changes nothing and never overwrites registrations.
 */
export async function seedFlevoland(db: Db): Promise<SeedSummary> {
  const load = async (part: "gebied" | "regelingen" | "bronnen") =>
    seeded(`demodata (${part})`, await runCommand(db, SYSTEM_BEHEER, loadDemoReferenceData, { part }));
  await load("gebied");
  await load("regelingen");
  const ref = await load("bronnen");
  const accounts = seeded("demo-accounts", await runCommand(db, SYSTEM_BEHEER, createDemoAccounts, {}));
  const gr = { id: ref.grRegelingId };
  const oud = { id: ref.oudRegelingId };
  const documentIds = new Map(Object.entries(ref.documentIds));

  // The texts and their procedures: published and started through the commands the secretariat and
  // beheer use (issue 21: one path for every change of state), as the demo accounts.
  const secretariaat = await demoActor(db, SECRETARIAAT_EMAIL);
  const beheerder = await demoActor(db, BEHEER_EMAIL);
  let procedures = 0;
  for (const d of DOCUMENTS) {
    const documentId = documentIds.get(d.slug) ?? "";
    if (!(await db.documentVersion.findFirst({ where: { documentId }, select: { id: true } }))) {
      await newVersion(db, secretariaat, {
        documentId,
        label: d.version.label,
        status: d.version.status,
        toelichting: d.version.toelichting,
        articles: d.version.articles,
      });
    }
    if (d.procedure) {
      const existing = await db.procedure.findFirst({ where: { documentId, kind: d.procedure.kind } });
      if (!existing) {
        await procedureStart(db, beheerder, {
          regelingId: gr.id,
          kind: d.procedure.kind,
          titel: d.procedure.titel,
          documentId,
        });
      }
      procedures++;
    }
  }

  // The Centrumregeling 2015 ends when the new GR replaces it: a procedure of ALL its parties, Zeewolde
  // included (Wgr art. 9 lid 1 with art. 1; issue 20 point 3). Started through the command beheer uses,
  // via the scenario door, as the demo beheerder (issue 21: one path for every change of state).
  const beeindiging = await db.procedure.findFirst({
    where: { regelingId: oud.id, kind: CENTRUMREGELING.beeindiging.kind },
    select: { id: true },
  });
  if (!beeindiging) {
    await procedureStart(db, beheerder, {
      regelingId: oud.id,
      kind: CENTRUMREGELING.beeindiging.kind,
      titel: CENTRUMREGELING.beeindiging.titel,
    });
  }
  procedures++;

  return { gemeenten: GEMEENTEN.length, documents: DOCUMENTS.length, procedures, users: accounts.users };
}
