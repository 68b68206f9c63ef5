import { Refusal, defineCommand } from "@/lib/commands";
import { regioSchema } from "@/lib/validation/beheer/regio";
import { REGIO_SAVE, auditSaved, slugTaken } from "./common";

/** Create or edit a regio (naam, slug, omschrijving). */
export const saveRegio = defineCommand({
  name: "saveRegio",
  input: regioSchema,
  ...REGIO_SAVE,
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
    await auditSaved(tx, actor, "regio", { created: !input.id, id, slug: input.slug, fromSlug: from }, data);
    return { id, slug: input.slug };
  },
});
