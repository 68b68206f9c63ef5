import { defineCommand } from "@/lib/commands";
import { replacedEndRefusal } from "@/lib/domain";
import { appendAudit } from "@/lib/services/audit";
import { eindeVervangenRegelingSchema } from "@/lib/validation/beheer/vervangen-regeling";
import { Refusal, isoDay } from "./common";

/**
 * Record the end date of the regeling a new one replaces (the Centrumregeling 2015). R14: it must
 * be the day before the new regeling takes effect (its recorded in-force date, else its planned
 * one), so that there is neither a gap nor an overlap. The domain decides (replacedEndRefusal).
 */
export const recordEindeVervangenRegeling = defineCommand({
  name: "recordEindeVervangenRegeling",
  input: eindeVervangenRegelingSchema,
  permission: "regeling.beheren",
  target: "regio",
  // The CLI (`gr-volg regeling einde-vervangen`) records it as beheer, without a person.
  actors: "person-or-system",
  async run({ tx, data: input, user: actor }) {
    const nieuw = await tx.regeling.findUnique({
      where: { id: input.regelingId },
      include: { vervangt: true },
    });
    if (!nieuw) throw new Refusal("Deze regeling bestaat niet (meer).");
    const oud = nieuw.vervangt;
    if (!oud) throw new Refusal("Deze regeling vervangt geen andere regeling.");
    await tx.$queryRaw`SELECT "id" FROM "Regeling" WHERE "id" = ${oud.id} FOR UPDATE`;
    const refusal = replacedEndRefusal({
      endsOn: input.einddatum,
      newInForceOn: isoDay(nieuw.inWerkingOp ?? nieuw.targetInForce),
      replacedName: oud.citeertitel ?? oud.naam,
      newName: nieuw.naam,
    });
    if (refusal) throw new Refusal(refusal.message, { einddatum: refusal.message });
    const before = isoDay(oud.beeindigdOp);
    await tx.regeling.update({
      where: { id: oud.id },
      data: { beeindigdOp: new Date(`${input.einddatum}T00:00:00Z`) },
    });
    await appendAudit(tx, [
      {
        type: "vervangen_regeling_einde_vastgelegd",
        actorId: actor.id,
        actorRole: actor.role,
        gemeenteId: null,
        subjectKind: "regeling",
        subjectId: oud.id,
        fromState: before,
        toState: input.einddatum,
        payload: { slug: oud.slug, vervangenDoor: nieuw.slug, einddatum: input.einddatum },
      },
    ]);
    return { id: oud.id, einddatum: input.einddatum };
  },
});
