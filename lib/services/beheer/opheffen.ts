import { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { opheffenSchema } from "@/lib/validation/beheer/opheffen";
import { Refusal, type Tx, auditActor } from "./common";

const dateOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Lock the row (so two beheerders cannot end and reopen it at once), then read it. */
async function locked<T>(tx: Tx, table: "Gemeente" | "Regio", id: string, find: () => Promise<T>): Promise<T> {
  await tx.$queryRaw(Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id} FOR UPDATE`);
  return find();
}

type EndDated = { id: string; slug: string; opgehevenOp: Date | null; regioId?: string | null };

/**
 * One way to end-date a record or open it again: lock it, refuse a no-op, apply the kind's own
 * precondition, write the date and its audit event. Nothing is deleted: history and public pages stay.
 */
function endDateCommand<K extends "gemeente" | "regio">(kind: {
  subject: K;
  /** Locks and reads the record. */
  load: (tx: Tx, id: string) => Promise<EndDated | null>;
  save: (tx: Tx, id: string, opgehevenOp: Date | null) => Promise<unknown>;
  /** Throws a Refusal when the record may not be ended (opgeheven) or opened again now. */
  check: (tx: Tx, record: EndDated, opgeheven: boolean) => Promise<void>;
}) {
  return defineCommand({
    name: kind.subject === "gemeente" ? "opheffenGemeente" : "opheffenRegio",
    input: opheffenSchema,
    permission: "regio.beheren",
    target: "regio",
    async run({ tx, data: input, user: actor }) {
      const noun = `Deze ${kind.subject}`;
      const record = await kind.load(tx, input.id);
      if (!record) throw new Refusal(`${noun} bestaat niet (meer).`);
      if (input.opgeheven === (record.opgehevenOp !== null))
        throw new Refusal(`${noun} is ${input.opgeheven ? "al" : "niet"} opgeheven.`);
      await kind.check(tx, record, input.opgeheven);
      const opgehevenOp = input.opgeheven && input.datum ? new Date(`${input.datum}T00:00:00Z`) : null;
      await kind.save(tx, record.id, opgehevenOp);
      await appendAudit(tx, [
        {
          type: `${kind.subject}_${input.opgeheven ? "opgeheven" : "heropend"}` as const,
          ...auditActor(actor),
          subjectKind: kind.subject,
          subjectId: record.id,
          fromState: dateOf(record.opgehevenOp),
          toState: dateOf(opgehevenOp),
          payload: { slug: record.slug, opgehevenOp: dateOf(opgehevenOp) },
        },
      ]);
      return { id: record.id, slug: record.slug };
    },
  });
}

/**
 * End-date a gemeente (e.g. after a herindeling) or open it again. Refused while the gemeente still
 * has active users: they would keep working for a gemeente that no longer exists; the beheerder
 * deactivates or moves them first (each with its own audit event).
 */
export const opheffenGemeente = endDateCommand({
  subject: "gemeente",
  load: (tx, id) => locked(tx, "Gemeente", id, () => tx.gemeente.findUnique({ where: { id } })),
  save: (tx, id, opgehevenOp) => tx.gemeente.update({ where: { id }, data: { opgehevenOp } }),
  async check(tx, g, opgeheven) {
    if (opgeheven) {
      const actief = await tx.user.count({ where: { gemeenteId: g.id, actief: true } });
      if (actief > 0)
        throw new Refusal(
          `Deze gemeente heeft nog ${actief} actieve ${actief === 1 ? "gebruiker" : "gebruikers"}. Deactiveer of verplaats die eerst (Beheer → Gebruikers).`,
        );
    } else if (g.regioId) {
      const regio = await tx.regio.findUnique({ where: { id: g.regioId } });
      if (regio?.opgehevenOp) throw new Refusal("De regio van deze gemeente is opgeheven. Heropen eerst de regio.");
    }
  },
});

/**
 * End-date a regio or open it again. Refused while one of its gemeenten is still open: a regio
 * is ended after its gemeenten (which in turn need their users handled), so nothing is left
 * half-open.
 */
export const opheffenRegio = endDateCommand({
  subject: "regio",
  load: (tx, id) => locked(tx, "Regio", id, () => tx.regio.findUnique({ where: { id } })),
  save: (tx, id, opgehevenOp) => tx.regio.update({ where: { id }, data: { opgehevenOp } }),
  async check(tx, r, opgeheven) {
    if (!opgeheven) return;
    const open = await tx.gemeente.count({ where: { regioId: r.id, opgehevenOp: null } });
    if (open > 0)
      throw new Refusal(
        `Deze regio heeft nog ${open} ${open === 1 ? "gemeente" : "gemeenten"} die niet ${open === 1 ? "is" : "zijn"} opgeheven. Hef die eerst op.`,
      );
  },
});
