import { defineCommand, Refusal } from "@/lib/commands";
import type { Db } from "@/lib/db/client";
import { missingRegisterEntries, registerEntryRefusal, type MissingRegister } from "@/lib/domain";
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
    const regeling = await tx.regeling.findUnique({
      where: { id: input.regelingId },
      select: { id: true, slug: true },
    });
    if (!regeling) throw new Refusal("Deze regeling bestaat niet (meer).");
    const participants = await domainParticipants(tx, regeling.id);
    const refusal = registerEntryRefusal({
      participants,
      register: input.register,
      registeredOn: input.ingeschrevenOp,
      today,
    });
    if (refusal) throw new Refusal(refusal.message, { register: refusal.message });
    const where = { regelingId_register: { regelingId: regeling.id, register: input.register } };
    const before = await tx.registerInschrijving.findUnique({ where });
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
        fromState: before ? dateOf(before.ingeschrevenOp) : null,
        toState: input.ingeschrevenOp,
        payload: { slug: regeling.slug, register: input.register, ingeschrevenOp: input.ingeschrevenOp },
      },
    ]);
    return { id: row.id };
  },
});

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
  const rows = await db.registerInschrijving.findMany({
    where: { regelingId },
    select: { register: true, ingeschrevenOp: true, kenmerk: true },
  });
  const all = missingRegisterEntries(participants, []);
  const byRegister = new Map(rows.map((r) => [r.register, r]));
  const recorded = all.flatMap((r) => {
    const row = byRegister.get(r.register);
    return row ? [{ ...r, ingeschrevenOp: dateOf(row.ingeschrevenOp), kenmerk: row.kenmerk }] : [];
  });
  return { all, recorded, missing: all.filter((r) => !byRegister.has(r.register)) };
}
