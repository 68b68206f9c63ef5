import type { Db } from "@/lib/db/client";
import { hashPassword } from "./credentials";
import { markDemoMode } from "./demo-mode";
import { guaranteed } from "@/lib/domain/invariant";
import { newVersion, procedureStart } from "@/lib/scenario/doors";
import { SECRETARIAAT_EMAIL } from "@/lib/scenario";
import {
  BOSD,
  CENTRUMREGELING,
  DEMO_PASSWORD,
  DOCUMENTS,
  GEMEENTEN,
  MILESTONES,
  NIEUWE_GR,
  REGIO,
  demoUsers,
} from "@/prisma/seed/flevoland";

const BEHEER_EMAIL = "beheer@demo.gr-volg.nl";

/** A demo account of this seed, as the commands authorize it (a real person, like a signed-in one). */
const demoActor = (db: Db, email: string) =>
  db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, gemeenteId: true } });

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface SeedSummary {
  gemeenten: number;
  documents: number;
  procedures: number;
  users: number;
}

/**
 * Seeds the Flevoland regio with its demo accounts (demo mode only). Idempotent: every record is found by its natural key and only
 * created when missing, so running it twice changes nothing and never overwrites registrations.
 */
export async function seedFlevoland(db: Db): Promise<SeedSummary> {
  const regio = await db.regio.upsert({
    where: { slug: REGIO.slug },
    update: {},
    create: { slug: REGIO.slug, naam: REGIO.naam, omschrijving: REGIO.omschrijving },
  });
  const bosd =
    (await db.body.findFirst({ where: { regioId: regio.id, kind: "BESTUURLIJK_OVERLEG" } })) ??
    (await db.body.create({
      data: { kind: "BESTUURLIJK_OVERLEG", naam: BOSD.naam, afkorting: BOSD.afkorting, regioId: regio.id },
    }));
  void bosd;

  const gemeenteIds = new Map<string, string>();
  for (const g of GEMEENTEN) {
    const gemeente = await db.gemeente.upsert({
      where: { slug: g.slug },
      update: {},
      create: { slug: g.slug, naam: g.naam, regioId: regio.id },
    });
    gemeenteIds.set(g.slug, gemeente.id);
    for (const [kind, naam] of [
      ["RAAD", `Gemeenteraad ${g.naam}`],
      ["COLLEGE", `College van burgemeester en wethouders ${g.naam}`],
      ["GRIFFIE", `Griffie ${g.naam}`],
    ] as const) {
      await db.body.upsert({
        where: { gemeenteId_kind: { gemeenteId: gemeente.id, kind } },
        update: {},
        create: { kind, naam, gemeenteId: gemeente.id },
      });
    }
  }

  const gemeenteIdOf = (slug: string) => guaranteed(gemeenteIds.get(slug), `seed: gemeente ${slug}`);

  const oud = await db.regeling.upsert({
    where: { slug: CENTRUMREGELING.slug },
    update: {},
    create: {
      slug: CENTRUMREGELING.slug,
      naam: CENTRUMREGELING.naam,
      citeertitel: CENTRUMREGELING.citeertitel,
      vorm: "CENTRUMGEMEENTE",
      partijen: "COLLEGES",
      regioId: regio.id,
      belang: CENTRUMREGELING.belang,
      topics: NIEUWE_GR.topics,
    },
  });
  // The 2015 Centrumregeling: all six Flevoland gemeenten (bron 000/001); Zeewolde still a party (R13).
  for (const g of GEMEENTEN) {
    const gemeenteId = gemeenteIdOf(g.slug);
    await db.participant.upsert({
      where: { regelingId_gemeenteId: { regelingId: oud.id, gemeenteId } },
      update: {},
      create: { regelingId: oud.id, gemeenteId, scope: "FULL", scopeTopics: [], toelichting: g.toelichting ?? null },
    });
  }

  const gr = await db.regeling.upsert({
    where: { slug: NIEUWE_GR.slug },
    update: {},
    create: {
      slug: NIEUWE_GR.slug,
      naam: NIEUWE_GR.naam,
      vorm: "BEDRIJFSVOERINGSORGANISATIE",
      partijen: "COLLEGES",
      regioId: regio.id,
      vervangtId: oud.id,
      belang: NIEUWE_GR.belang,
      topics: NIEUWE_GR.topics,
      targetSignBy: day(NIEUWE_GR.targetSignBy),
      targetInForce: day(NIEUWE_GR.targetInForce),
    },
  });
  for (const g of GEMEENTEN) {
    const gemeenteId = gemeenteIdOf(g.slug);
    await db.participant.upsert({
      where: { regelingId_gemeenteId: { regelingId: gr.id, gemeenteId } },
      update: {},
      create: {
        regelingId: gr.id,
        gemeenteId,
        scope: g.scope,
        scopeTopics: g.scopeTopics,
        toelichting: g.toelichting ?? null,
      },
    });
  }

  for (const [position, m] of MILESTONES.entries()) {
    await db.milestone.upsert({
      where: { regelingId_label: { regelingId: gr.id, label: m.label } },
      update: {},
      create: {
        regelingId: gr.id,
        position,
        kind: m.kind,
        label: m.label,
        date: day(m.date),
        precision: m.precision,
        dateText: m.dateText,
        bron: m.bron,
      },
    });
  }

  const documentIds = new Map<string, string>();
  for (const d of DOCUMENTS) {
    const doc = await db.document.upsert({
      where: { regelingId_slug: { regelingId: gr.id, slug: d.slug } },
      update: {},
      create: {
        regelingId: gr.id,
        slug: d.slug,
        kind: d.kind,
        titel: d.titel,
        omschrijving: d.omschrijving,
        topics: d.topics,
        partOfRegeling: d.partOfRegeling,
        periode: d.periode ?? null,
        bron: d.bron,
      },
    });
    documentIds.set(d.slug, doc.id);
  }

  // Demo accounts: created only when absent (never re-created or re-activated once they exist or
  // were deactivated), and only by this demo seed; the database is marked as a demo (banner).
  const users = demoUsers();
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { email: true } })).map(
      (u) => u.email,
    ),
  );
  const missing = users.filter((u) => !existing.has(u.email));
  if (missing.length) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db.user.createMany({
      data: missing.map((u) => ({
        email: u.email,
        naam: u.naam,
        role: u.role,
        isDemo: true,
        passwordHash,
        gemeenteId: u.gemeenteSlug ? gemeenteIdOf(u.gemeenteSlug) : null,
      })),
      skipDuplicates: true,
    });
  }
  await markDemoMode(db);

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

  return { gemeenten: GEMEENTEN.length, documents: DOCUMENTS.length, procedures, users: users.length };
}
