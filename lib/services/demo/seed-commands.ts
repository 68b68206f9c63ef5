import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/lib/commands";
import type { RoleName } from "@/lib/auth/roles";
import { guaranteed } from "@/lib/domain/invariant";
import { type AuditInput, appendAudit } from "@/lib/services/audit";
import { hashPassword } from "@/lib/services/credentials";
import { markDemoMode } from "@/lib/services/demo-mode";
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

type Tx = Prisma.TransactionClient;

/**
 * The reference data of the Flevoland demo, written by commands of the runner (issue 21: one path
 * for every change of state), so the seed leaves an audit trail like every other door. Beheer has
 * no form for these facts of the sources (citeertitel, belang, the participants' toelichting, the
 * BOSD, the dated milestones, the documents without a version), so the seed has commands of its
 * own; the regio, gemeenten and regelingen get the same audit event types as beheer's saves.
 * Run as the system actor (no person exists before the demo accounts do). Idempotent: every record
 * is found by its natural key and only created when missing; only what was created is audited.
 */
const DEMO_SEED = {
  permission: "regio.beheren",
  actors: "person-or-system",
  target: "regio",
} as const;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

interface Actor {
  id: string | null;
  role: RoleName;
}

/** One audit event of a created reference record (beheer's types; the demo's own for the rest). */
function created(actor: Actor, subjectKind: string, subjectId: string, slug: string) {
  return { actorId: actor.id, actorRole: actor.role, gemeenteId: null, subjectKind, subjectId, toState: slug };
}

const gemeenteIdsBySlug = async (tx: Tx) =>
  new Map((await tx.gemeente.findMany({ select: { id: true, slug: true } })).map((g) => [g.slug, g.id]));

async function ensureGemeenten(tx: Tx, regioId: string, actor: Actor) {
  const ids = new Map<string, string>();
  const events: AuditInput[] = [];
  for (const g of GEMEENTEN) {
    const existing = await tx.gemeente.findUnique({ where: { slug: g.slug }, select: { id: true } });
    const gemeente = existing ?? (await tx.gemeente.create({ data: { slug: g.slug, naam: g.naam, regioId } }));
    ids.set(g.slug, gemeente.id);
    for (const [kind, naam] of [
      ["RAAD", `Gemeenteraad ${g.naam}`],
      ["COLLEGE", `College van burgemeester en wethouders ${g.naam}`],
      ["GRIFFIE", `Griffie ${g.naam}`],
    ] as const) {
      await tx.body.upsert({
        where: { gemeenteId_kind: { gemeenteId: gemeente.id, kind } },
        update: {},
        create: { kind, naam, gemeenteId: gemeente.id },
      });
    }
    if (!existing)
      events.push({
        type: "demo_gemeente_aangemaakt",
        ...created(actor, "gemeente", gemeente.id, g.slug),
        payload: { regioId, naam: g.naam, slug: g.slug },
      });
  }
  return { ids, events };
}

interface SeedRegeling {
  slug: string;
  naam: string;
  vorm: "CENTRUMGEMEENTE" | "BEDRIJFSVOERINGSORGANISATIE";
  fields: Omit<Prisma.RegelingUncheckedCreateInput, "slug" | "naam" | "vorm" | "partijen" | "regioId">;
  participant: (g: (typeof GEMEENTEN)[number]) => { scope: "FULL" | "ADDENDUM"; scopeTopics: string[] };
}

/** A regeling with every Flevoland gemeente as participant; the regeling_aangemaakt event when it is new. */
async function ensureRegeling(
  tx: Tx,
  regioId: string,
  gemeenteIds: Map<string, string>,
  r: SeedRegeling,
  actor: Actor,
  write: boolean,
) {
  const existing = await tx.regeling.findUnique({ where: { slug: r.slug }, select: { id: true } });
  // Another part of the reference data: only look it up (absent before the "regelingen" part ran).
  if (!write) return { id: existing?.id ?? "", events: [] };
  const regeling =
    existing ??
    (await tx.regeling.create({
      data: { slug: r.slug, naam: r.naam, vorm: r.vorm, partijen: "COLLEGES", regioId, ...r.fields },
    }));
  const deelnemers = [];
  for (const g of GEMEENTEN) {
    const gemeenteId = guaranteed(gemeenteIds.get(g.slug), `seed: gemeente ${g.slug}`);
    const scope = r.participant(g);
    deelnemers.push({ gemeenteId, scope: scope.scope });
    await tx.participant.upsert({
      where: { regelingId_gemeenteId: { regelingId: regeling.id, gemeenteId } },
      update: {},
      create: { regelingId: regeling.id, gemeenteId, ...scope, toelichting: g.toelichting ?? null },
    });
  }
  if (existing) return { id: regeling.id, events: [] };
  const payload = {
    naam: r.naam,
    slug: r.slug,
    vorm: r.vorm,
    partijen: "COLLEGES",
    regioId,
    vervangtId: typeof r.fields.vervangtId === "string" ? r.fields.vervangtId : null,
    topics: NIEUWE_GR.topics,
    targetInForce: r.fields.targetInForce ? NIEUWE_GR.targetInForce : null,
    deelnemers,
    beeindigd: 0,
  };
  return {
    id: regeling.id,
    events: [{ type: "regeling_aangemaakt" as const, ...created(actor, "regeling", regeling.id, r.slug), payload }],
  };
}

async function ensureMilestonesAndDocuments(tx: Tx, regelingId: string) {
  let milestones = 0;
  for (const [position, m] of MILESTONES.entries()) {
    const where = { regelingId_label: { regelingId, label: m.label } };
    if (await tx.milestone.findUnique({ where, select: { id: true } })) continue;
    await tx.milestone.create({
      data: {
        regelingId,
        position,
        kind: m.kind,
        label: m.label,
        date: day(m.date),
        precision: m.precision,
        dateText: m.dateText,
        bron: m.bron,
        plannedStep: m.plannedStep ?? null,
      },
    });
    milestones++;
  }
  const documentIds: Record<string, string> = {};
  let documents = 0;
  for (const d of DOCUMENTS) {
    const existing = await tx.document.findUnique({
      where: { regelingId_slug: { regelingId, slug: d.slug } },
      select: { id: true },
    });
    const doc =
      existing ??
      (await tx.document.create({
        data: {
          regelingId,
          slug: d.slug,
          kind: d.kind,
          titel: d.titel,
          omschrijving: d.omschrijving,
          topics: d.topics,
          partOfRegeling: d.partOfRegeling,
          periode: d.periode ?? null,
          bron: d.bron,
        },
      }));
    if (!existing) documents++;
    documentIds[d.slug] = doc.id;
  }
  return { milestones, documents, documentIds };
}

/**
 * The regio with its BOSD, the six gemeenten with raad, college and griffie, the Centrumregeling
 * 2015 and the new GR with their participants, the milestones and documents of the sources, and the
 * demo flag (banner). Returns the ids the seed's later commands need.
 */
export const loadDemoReferenceData = defineCommand({
  name: "loadDemoReferenceData",
  // In parts, each its own short transaction (one long one expired on a loaded machine's 30 s).
  input: z.object({ part: z.enum(["gebied", "regelingen", "bronnen"]) }),
  ...DEMO_SEED,
  async run({ tx, data: { part }, user }) {
    const events: AuditInput[] = [];
    const existingRegio = await tx.regio.findUnique({ where: { slug: REGIO.slug }, select: { id: true } });
    const regioData = { slug: REGIO.slug, naam: REGIO.naam, omschrijving: REGIO.omschrijving };
    const regio = existingRegio ?? (await tx.regio.create({ data: regioData }));
    if (!existingRegio)
      events.push({ type: "regio_aangemaakt", ...created(user, "regio", regio.id, REGIO.slug), payload: regioData });
    if (!(await tx.body.findFirst({ where: { regioId: regio.id, kind: "BESTUURLIJK_OVERLEG" }, select: { id: true } })))
      await tx.body.create({
        data: { kind: "BESTUURLIJK_OVERLEG", naam: BOSD.naam, afkorting: BOSD.afkorting, regioId: regio.id },
      });
    const gemeenten =
      part === "gebied" ? await ensureGemeenten(tx, regio.id, user) : { ids: await gemeenteIdsBySlug(tx), events: [] };
    events.push(...gemeenten.events);
    if (part === "gebied") await markDemoMode(tx);
    const oud = await ensureRegeling(
      tx,
      regio.id,
      gemeenten.ids,
      {
        slug: CENTRUMREGELING.slug,
        naam: CENTRUMREGELING.naam,
        vorm: "CENTRUMGEMEENTE",
        fields: { citeertitel: CENTRUMREGELING.citeertitel, belang: CENTRUMREGELING.belang, topics: NIEUWE_GR.topics },
        // The 2015 Centrumregeling: all six Flevoland gemeenten (bron 000/001); Zeewolde still a party (R13).
        participant: () => ({ scope: "FULL", scopeTopics: [] }),
      },
      user,
      part === "regelingen",
    );
    const gr = await ensureRegeling(
      tx,
      regio.id,
      gemeenten.ids,
      {
        slug: NIEUWE_GR.slug,
        naam: NIEUWE_GR.naam,
        vorm: "BEDRIJFSVOERINGSORGANISATIE",
        fields: {
          vervangtId: oud.id,
          belang: NIEUWE_GR.belang,
          topics: NIEUWE_GR.topics,
          targetSignBy: day(NIEUWE_GR.targetSignBy),
          targetInForce: day(NIEUWE_GR.targetInForce),
        },
        participant: (g) => ({ scope: g.scope, scopeTopics: g.scopeTopics }),
      },
      user,
      part === "regelingen",
    );
    events.push(...oud.events, ...gr.events);
    const sources =
      part === "bronnen"
        ? await ensureMilestonesAndDocuments(tx, gr.id)
        : { milestones: 0, documents: 0, documentIds: {} };
    if (events.length > 0 || sources.milestones > 0 || sources.documents > 0)
      events.push({
        type: "demodata_geladen",
        ...created(user, "regio", regio.id, REGIO.slug),
        payload: {
          gemeenten: gemeenten.events.length,
          regelingen: oud.events.length + gr.events.length,
          mijlpalen: sources.milestones,
          documenten: sources.documents,
        },
      });
    await appendAudit(tx, events);
    return {
      regioId: regio.id,
      oudRegelingId: oud.id,
      grRegelingId: gr.id,
      gemeenteIds: Object.fromEntries(gemeenten.ids),
      documentIds: sources.documentIds,
    };
  },
});

/**
 * The demo accounts with the demo password, created only when absent (never re-created or
 * re-activated once they exist or were deactivated); gebruiker_aangemaakt per created account.
 */
/** The demo accounts of the Flevoland seed, or the one account of the scale dataset (`gr-volg db generate-scale`). */
const ACCOUNT_SETS = {
  flevoland: demoUsers,
  schaal: () => [
    { email: "secretariaat@schaal.gr-volg.nl", naam: "Demo secretariaat (schaaltest)", role: "SECRETARIAAT" as const },
  ],
} satisfies Record<string, () => { email: string; naam: string; role: RoleName; gemeenteSlug?: string }[]>;

export const createDemoAccounts = defineCommand({
  name: "createDemoAccounts",
  input: z.object({ set: z.enum(["flevoland", "schaal"]).default("flevoland") }),
  permission: "gebruikers.beheren",
  actors: "person-or-system",
  target: "regio",
  async run({ tx, data, user, now }) {
    const users: { email: string; naam: string; role: RoleName; gemeenteSlug?: string }[] = ACCOUNT_SETS[data.set]();
    const existing = new Set(
      (await tx.user.findMany({ where: { email: { in: users.map((u) => u.email) } }, select: { email: true } })).map(
        (u) => u.email,
      ),
    );
    const missing = users.filter((u) => !existing.has(u.email));
    if (missing.length === 0) return { created: 0, users: users.length };
    const gemeenteIds = new Map(
      (await tx.gemeente.findMany({ select: { id: true, slug: true } })).map((g) => [g.slug, g.id]),
    );
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const events: AuditInput[] = [];
    for (const u of missing) {
      const gemeenteId = u.gemeenteSlug ? guaranteed(gemeenteIds.get(u.gemeenteSlug), `seed: ${u.gemeenteSlug}`) : null;
      const row = await tx.user.create({
        data: { email: u.email, naam: u.naam, role: u.role, isDemo: true, passwordHash, gemeenteId },
      });
      events.push({
        type: "gebruiker_aangemaakt",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: null,
        subjectKind: "gebruiker",
        subjectId: row.id,
        toState: u.role,
        at: now,
        payload: { email: u.email, naam: u.naam, role: u.role, gemeenteId, bron: "demo" },
      });
    }
    await appendAudit(tx, events);
    return { created: missing.length, users: users.length };
  },
});

/** A generated gemeente of the scale dataset: a raad and a college, no griffie (nobody signs in there). */
const scaleGemeenteSchema = z.object({
  slug: z.string().trim().min(1).max(100),
  naam: z.string().trim().min(1).max(200),
});

/**
 * The gemeenten of the scale dataset with their raad and college, in one command per batch
 * (`gr-volg db generate-scale`): bulk rows inside the runner's one transaction, with a
 * demo_gemeente_aangemaakt event per gemeente, so even generated reference data has its audit trail.
 */
export const createScaleGemeenten = defineCommand({
  name: "createScaleGemeenten",
  input: z.object({ gemeenten: z.array(scaleGemeenteSchema).min(1).max(5000) }),
  ...DEMO_SEED,
  async run({ tx, data, user }) {
    const rows = await tx.gemeente.createManyAndReturn({
      data: data.gemeenten.map((g) => ({ slug: g.slug, naam: g.naam })),
      select: { id: true, slug: true, naam: true },
    });
    const bodies = await tx.body.createManyAndReturn({
      data: rows.flatMap((g) => [
        { kind: "RAAD" as const, naam: `Gemeenteraad ${g.naam}`, gemeenteId: g.id },
        { kind: "COLLEGE" as const, naam: `College ${g.naam}`, gemeenteId: g.id },
      ]),
      select: { id: true, kind: true, gemeenteId: true },
    });
    await appendAudit(
      tx,
      rows.map((g) => ({
        type: "demo_gemeente_aangemaakt",
        ...created(user, "gemeente", g.id, g.slug),
        payload: { regioId: null, naam: g.naam, slug: g.slug },
      })),
    );
    return { gemeenten: rows, bodies };
  },
});
