import { defineCommand, Refusal, type Tx } from "@/lib/commands";
import type { Db } from "@/lib/db/client";
import {
  missingRegisterEntries,
  registerEntryRefusal,
  type MissingRegister,
  type Participant as DomainParticipant,
} from "@/lib/domain";
import { appendAudit } from "../audit";
import { domainParticipants } from "../procedure-setup";
import { registerInschrijvingSchema } from "@/lib/validation/register";

const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * R15: record that the regeling was entered in a register — a college's own register (Wgr art. 27
 * lid 1) or the central GR-register. The secretariat books what the colleges report, as it books
 * their signatures. Recording the same register again corrects the date (audited with the old one).
 */
export const recordRegisterInschrijving = defineCommand({
  name: "recordRegisterInschrijving",
  input: registerInschrijvingSchema,
  permission: "procedure.beheren",
  target: "regio",
  // The CLI (`gr-volg regeling register`) books it as the secretariat, without a person.
  actors: "person-or-system",
  async run({ tx, data: input, user, today }) {
    const regeling = await registerEntryContext(tx, input.regelingId, input.register);
    if (!regeling) throw new Refusal("Deze regeling bestaat niet (meer).");
    const refusal = registerEntryRefusal({
      participants: regeling.participants,
      register: input.register,
      registeredOn: input.ingeschrevenOp,
      today,
    });
    // The form marks the field the refusal is about: the register chosen, or its date.
    if (refusal)
      throw new Refusal(refusal.message, {
        [refusal.code === "onbekende_deelnemer" ? "register" : "ingeschrevenOp"]: refusal.message,
      });
    const where = { regelingId_register: { regelingId: regeling.id, register: input.register } };
    const data = { ingeschrevenOp: new Date(`${input.ingeschrevenOp}T00:00:00Z`), kenmerk: input.kenmerk ?? null };
    const row = await tx.registerInschrijving.upsert({
      where,
      update: data,
      create: { ...data, regelingId: regeling.id, register: input.register, createdById: user.id },
    });
    await appendAudit(tx, [
      {
        type: "register_inschrijving_vastgelegd",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: null,
        subjectKind: "regeling",
        subjectId: regeling.id,
        fromState: regeling.before,
        toState: input.ingeschrevenOp,
        payload: { slug: regeling.slug, register: input.register, ingeschrevenOp: input.ingeschrevenOp },
      },
    ]);
    return { id: row.id };
  },
});

interface RegisterEntryContext {
  id: string;
  slug: string;
  participants: DomainParticipant[];
  /** The date already recorded for this register (a correction), or null. */
  before: string | null;
}

/**
 * What the command reads, in ONE statement: the regeling, its current participants (as
 * domainParticipants gives them) and the date already recorded for this register. It was four
 * (regeling, participants, their gemeenten' names, the entry): every statement of a write is a
 * round trip of its Node process, whose CPU the readers share (issue 18; counted in
 * tests/integration/commands/write-statements.test.ts).
 */
async function registerEntryContext(tx: Tx, regelingId: string, register: string) {
  const rows = await tx.$queryRaw<{ id: string; slug: string; participants: string; before: string | null }[]>`
    SELECT r.id, r.slug,
      coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', g.naam, 'scope', p.scope::text,
          'scopeTopics', p."scopeTopics") ORDER BY p.id)
        FROM "Participant" p JOIN "Gemeente" g ON g.id = p."gemeenteId"
        WHERE p."regelingId" = r.id AND p."leftOn" IS NULL), '[]')::text AS participants,
      (SELECT to_char(e."ingeschrevenOp", 'YYYY-MM-DD') FROM "RegisterInschrijving" e
        WHERE e."regelingId" = r.id AND e.register = ${register}) AS before
    FROM "Regeling" r WHERE r.id = ${regelingId}`;
  const row = rows[0];
  if (!row) return null;
  const stored = JSON.parse(row.participants) as { id: string; name: string; scope: string; scopeTopics: string[] }[];
  const participants: DomainParticipant[] = stored.map((p) => ({
    id: p.id,
    name: p.name,
    scope: p.scope === "FULL" ? "full" : "addendum",
    scopeTopics: p.scopeTopics,
  }));
  return { id: row.id, slug: row.slug, participants, before: row.before } satisfies RegisterEntryContext;
}

/** What the secretariat sees: the registers that still miss the regeling (R15). */
export async function missingRegisters(db: Db, regelingId: string): Promise<MissingRegister[]> {
  return (await registerOverview(db, regelingId)).missing;
}

export interface RegisterOverview {
  /** Every register the regeling belongs in (each party's college register, then the central one). */
  all: MissingRegister[];
  /** The entries recorded so far, in the order of `all`. */
  recorded: (MissingRegister & { ingeschrevenOp: string; kenmerk: string | null })[];
  missing: MissingRegister[];
}

/** R15 for the secretariat page: where the regeling must be registered, what is recorded, what is missing. */
export async function registerOverview(db: Db, regelingId: string): Promise<RegisterOverview> {
  const participants = await domainParticipants(db, regelingId);
  return registerOverviewOf(participants, await registerRows(db, regelingId));
}

/** The regeling's recorded register entries, as registerOverviewOf takes them. */
export function registerRows(db: Db, regelingId: string) {
  return db.registerInschrijving.findMany({
    where: { regelingId },
    select: { register: true, ingeschrevenOp: true, kenmerk: true },
  });
}

/** registerOverview from participants and entries already read (current participants only, as domainParticipants). */
export function registerOverviewOf(
  participants: readonly DomainParticipant[],
  rows: readonly { register: string; ingeschrevenOp: Date; kenmerk: string | null }[],
): RegisterOverview {
  const all = missingRegisterEntries(participants, []);
  const byRegister = new Map(rows.map((r) => [r.register, r]));
  const recorded = all.flatMap((r) => {
    const row = byRegister.get(r.register);
    return row ? [{ ...r, ingeschrevenOp: dateOf(row.ingeschrevenOp), kenmerk: row.kenmerk }] : [];
  });
  return { all, recorded, missing: all.filter((r) => !byRegister.has(r.register)) };
}
