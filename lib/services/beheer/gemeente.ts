import { Refusal, defineCommand } from "@/lib/commands";
import { gemeenteSchema } from "@/lib/validation/beheer/gemeente";
import { REGIO_SAVE, auditSaved, requireRegio, slugTaken, type Tx } from "./common";

export interface GemeenteRow {
  naam: string;
  slug: string;
  zetels: number;
  griffieEmail?: string;
  cbsCode?: string;
}

/** The raad (with its seats), college and griffie (with its contact address) of a gemeente. */
export async function writeGemeenteBodies(tx: Tx, gemeenteId: string, g: GemeenteRow): Promise<void> {
  const bodies = [
    { kind: "RAAD" as const, naam: `Gemeenteraad ${g.naam}`, zetels: g.zetels, email: null },
    { kind: "COLLEGE" as const, naam: `College van burgemeester en wethouders ${g.naam}`, zetels: null, email: null },
    { kind: "GRIFFIE" as const, naam: `Griffie ${g.naam}`, zetels: null, email: g.griffieEmail ?? null },
  ];
  for (const b of bodies) {
    await tx.body.upsert({
      where: { gemeenteId_kind: { gemeenteId, kind: b.kind } },
      update: { naam: b.naam, zetels: b.zetels, email: b.email },
      create: { ...b, gemeenteId },
    });
  }
}

/** Create one gemeente with its bodies in a regio (shared by the form and the CSV import). */
export async function writeNewGemeente(tx: Tx, regioId: string, g: GemeenteRow): Promise<string> {
  const created = await tx.gemeente.create({
    data: { naam: g.naam, slug: g.slug, cbsCode: g.cbsCode ?? null, regioId },
  });
  await writeGemeenteBodies(tx, created.id, g);
  return created.id;
}

/** Create or edit a gemeente in a regio, with its raad (zetels), college and griffie (e-mail). */
export const saveGemeente = defineCommand({
  name: "saveGemeente",
  input: gemeenteSchema,
  ...REGIO_SAVE,
  async run({ tx, data: input, user: actor }) {
    await requireRegio(tx, input.regioId);
    const clash = await tx.gemeente.findUnique({ where: { slug: input.slug } });
    if (clash && clash.id !== input.id) slugTaken();
    if (input.cbsCode) {
      const cbsClash = await tx.gemeente.findUnique({ where: { cbsCode: input.cbsCode } });
      if (cbsClash && cbsClash.id !== input.id) {
        throw new Refusal("Deze CBS-code hoort al bij een andere gemeente.", {
          cbsCode: "Deze CBS-code hoort al bij een andere gemeente.",
        });
      }
    }
    let id: string;
    if (input.id) {
      if (!(await tx.gemeente.findUnique({ where: { id: input.id } })))
        throw new Refusal("Deze gemeente bestaat niet (meer).");
      id = input.id;
      await tx.gemeente.update({
        where: { id },
        data: { naam: input.naam, slug: input.slug, cbsCode: input.cbsCode ?? null, regioId: input.regioId },
      });
      await writeGemeenteBodies(tx, id, input);
    } else {
      id = await writeNewGemeente(tx, input.regioId, input);
    }
    await auditSaved(
      tx,
      actor,
      "gemeente",
      { created: !input.id, id, slug: input.slug },
      {
        regioId: input.regioId,
        naam: input.naam,
        slug: input.slug,
        cbsCode: input.cbsCode ?? null,
        zetels: input.zetels,
        griffieEmail: input.griffieEmail ?? null,
      },
    );
    return { id, slug: input.slug };
  },
});
