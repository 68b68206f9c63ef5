import { defineCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { opheffenSchema } from "@/lib/validation/beheer/opheffen";
import { Refusal, auditActor } from "./common";

const dateOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * End-date a gemeente (e.g. after a herindeling) or open it again. Refused while the gemeente still
 * has active users: they would keep working for a gemeente that no longer exists; the beheerder
 * deactivates or moves them first (each with its own audit event).
 */
export const opheffenGemeente = defineCommand({
  name: "opheffenGemeente",
  input: opheffenSchema,
  permission: "regio.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor }) {
    await tx.$queryRaw`SELECT "id" FROM "Gemeente" WHERE "id" = ${input.id} FOR UPDATE`;
    const g = await tx.gemeente.findUnique({ where: { id: input.id } });
    if (!g) throw new Refusal("Deze gemeente bestaat niet (meer).");
    if (input.opgeheven === (g.opgehevenOp !== null))
      throw new Refusal(input.opgeheven ? "Deze gemeente is al opgeheven." : "Deze gemeente is niet opgeheven.");
    if (input.opgeheven) {
      const actief = await tx.user.count({ where: { gemeenteId: g.id, actief: true } });
      if (actief > 0)
        throw new Refusal(
          `Deze gemeente heeft nog ${actief} actieve ${actief === 1 ? "gebruiker" : "gebruikers"}. Deactiveer of verplaats die eerst (Beheer → Gebruikers).`,
        );
    } else if (g.regioId) {
      const regio = await tx.regio.findUnique({ where: { id: g.regioId } });
      if (regio?.opgehevenOp) throw new Refusal("De regio van deze gemeente is opgeheven. Heropen eerst de regio.");
    }
    const opgehevenOp = input.opgeheven && input.datum ? new Date(`${input.datum}T00:00:00Z`) : null;
    await tx.gemeente.update({ where: { id: g.id }, data: { opgehevenOp } });
    await appendAudit(tx, [
      {
        type: input.opgeheven ? "gemeente_opgeheven" : "gemeente_heropend",
        ...auditActor(actor),
        subjectKind: "gemeente",
        subjectId: g.id,
        fromState: dateOf(g.opgehevenOp),
        toState: dateOf(opgehevenOp),
        payload: { slug: g.slug, opgehevenOp: dateOf(opgehevenOp) },
      },
    ]);
    return { id: g.id, slug: g.slug };
  },
});

/**
 * End-date a regio or open it again. Refused while one of its gemeenten is still open: a regio
 * is ended after its gemeenten (which in turn need their users handled), so nothing is left
 * half-open.
 */
export const opheffenRegio = defineCommand({
  name: "opheffenRegio",
  input: opheffenSchema,
  permission: "regio.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor }) {
    await tx.$queryRaw`SELECT "id" FROM "Regio" WHERE "id" = ${input.id} FOR UPDATE`;
    const r = await tx.regio.findUnique({ where: { id: input.id } });
    if (!r) throw new Refusal("Deze regio bestaat niet (meer).");
    if (input.opgeheven === (r.opgehevenOp !== null))
      throw new Refusal(input.opgeheven ? "Deze regio is al opgeheven." : "Deze regio is niet opgeheven.");
    if (input.opgeheven) {
      const open = await tx.gemeente.count({ where: { regioId: r.id, opgehevenOp: null } });
      if (open > 0)
        throw new Refusal(
          `Deze regio heeft nog ${open} ${open === 1 ? "gemeente" : "gemeenten"} die niet ${open === 1 ? "is" : "zijn"} opgeheven. Hef die eerst op.`,
        );
    }
    const opgehevenOp = input.opgeheven && input.datum ? new Date(`${input.datum}T00:00:00Z`) : null;
    await tx.regio.update({ where: { id: r.id }, data: { opgehevenOp } });
    await appendAudit(tx, [
      {
        type: input.opgeheven ? "regio_opgeheven" : "regio_heropend",
        ...auditActor(actor),
        subjectKind: "regio",
        subjectId: r.id,
        fromState: dateOf(r.opgehevenOp),
        toState: dateOf(opgehevenOp),
        payload: { slug: r.slug, opgehevenOp: dateOf(opgehevenOp) },
      },
    ]);
    return { id: r.id, slug: r.slug };
  },
});
