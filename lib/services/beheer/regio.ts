import { Refusal, defineCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { regioSchema } from "@/lib/validation/beheer/regio";
import { SLUG_OR_CODE_TAKEN, auditActor, slugTaken } from "./common";

/** Create or edit a regio (naam, slug, omschrijving). */
export const saveRegio = defineCommand({
  name: "saveRegio",
  input: regioSchema,
  permission: "regio.beheren",
  target: "regio",
  uniqueViolation: SLUG_OR_CODE_TAKEN,
  async run({ tx, data: input, user: actor }) {
    const clash = await tx.regio.findUnique({ where: { slug: input.slug } });
    if (clash && clash.id !== input.id) slugTaken();
    const data = { naam: input.naam, slug: input.slug, omschrijving: input.omschrijving || null };
    let id: string;
    let from: string | null = null;
    if (input.id) {
      const existing = await tx.regio.findUnique({ where: { id: input.id } });
      if (!existing) throw new Refusal("Deze regio bestaat niet (meer).");
      from = existing.slug;
      id = (await tx.regio.update({ where: { id: input.id }, data })).id;
    } else {
      id = (await tx.regio.create({ data })).id;
    }
    await appendAudit(tx, [
      {
        type: input.id ? "regio_gewijzigd" : "regio_aangemaakt",
        ...auditActor(actor),
        subjectKind: "regio",
        subjectId: id,
        fromState: from,
        toState: input.slug,
        payload: data,
      },
    ]);
    return { id, slug: input.slug };
  },
});
