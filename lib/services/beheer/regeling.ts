import { Refusal, defineCommand } from "@/lib/commands";
import { dbDate } from "@/lib/services/griffie/common";
import { regelingSchema } from "@/lib/validation/beheer/regeling";
import { REGELING_SAVE, auditSaved, slugTaken, type Tx } from "./common";

async function checkVervangt(tx: Tx, vervangtId: string | undefined, selfId: string | undefined): Promise<void> {
  if (!vervangtId) return;
  const fail = (m: string) => new Refusal(m, { vervangtId: m });
  if (vervangtId === selfId) throw fail("Een regeling kan zichzelf niet vervangen.");
  const oud = await tx.regeling.findUnique({
    where: { id: vervangtId },
    include: { vervangenDoor: { select: { id: true } } },
  });
  if (!oud) throw fail("De regeling die wordt vervangen bestaat niet (meer).");
  if (oud.vervangenDoor && oud.vervangenDoor.id !== selfId)
    throw fail("Die regeling wordt al door een andere regeling vervangen.");
}

/**
 * An ended (opgeheven) gemeente no longer exists as a municipality, so it cannot join a regeling.
 * A gemeente that already takes part stays on the list (editing the regeling must not force it
 * off); only a gemeente that is not a current participant is refused.
 */
async function refuseEndedNewcomers(tx: Tx, regelingId: string | undefined, gemeenteIds: string[]): Promise<void> {
  const current = regelingId
    ? await tx.participant.findMany({ where: { regelingId, leftOn: null }, select: { gemeenteId: true } })
    : [];
  const currentIds = new Set(current.map((p) => p.gemeenteId));
  const ended = await tx.gemeente.findMany({
    where: { id: { in: gemeenteIds.filter((id) => !currentIds.has(id)) }, opgehevenOp: { not: null } },
    select: { naam: true },
    orderBy: { naam: "asc" },
  });
  if (ended.length === 0) return;
  const names = ended.map((g) => g.naam).join(", ");
  const message =
    ended.length === 1
      ? `De gemeente ${names} is opgeheven en kan niet meer deelnemen aan een regeling.`
      : `De gemeenten ${names} zijn opgeheven en kunnen niet meer deelnemen aan een regeling.`;
  throw new Refusal(message, { deelnemers: message });
}

/**
 * Create or edit a regeling with its participants (scope full/addendum and topics). A gemeente
 * taken off the list is end-dated (leftOn), never deleted: its tracks and besluiten stay.
 */
export const saveRegeling = defineCommand({
  name: "saveRegeling",
  input: regelingSchema,
  ...REGELING_SAVE,
  async run({ tx, data: input, user: actor, today }) {
    if (!(await tx.regio.findUnique({ where: { id: input.regioId } })))
      throw new Refusal("Deze regio bestaat niet (meer).");
    const clash = await tx.regeling.findUnique({ where: { slug: input.slug } });
    if (clash && clash.id !== input.id) slugTaken();
    await checkVervangt(tx, input.vervangtId, input.id);
    const gemeenteIds = input.deelnemers.map((d) => d.gemeenteId);
    const known = await tx.gemeente.count({ where: { id: { in: gemeenteIds } } });
    if (known !== gemeenteIds.length)
      throw new Refusal("Een gekozen gemeente bestaat niet (meer).", {
        deelnemers: "Een gekozen gemeente bestaat niet (meer).",
      });
    await refuseEndedNewcomers(tx, input.id, gemeenteIds);

    const data = {
      naam: input.naam,
      slug: input.slug,
      vorm: input.vorm,
      partijen: input.partijen,
      regioId: input.regioId,
      vervangtId: input.vervangtId ?? null,
      topics: input.topics,
      targetInForce: input.beoogdeInwerkingtreding ? dbDate(input.beoogdeInwerkingtreding) : null,
      ...(input.ontvangstAannameDagen === undefined ? {} : { ontvangstAannameDagen: input.ontvangstAannameDagen }),
      ...(input.pdfVerplicht === undefined ? {} : { pdfVerplicht: input.pdfVerplicht }),
      ...(input.wijzigingVrijstelling === undefined ? {} : { wijzigingVrijstelling: input.wijzigingVrijstelling }),
    };
    let id: string;
    if (input.id) {
      if (!(await tx.regeling.findUnique({ where: { id: input.id } })))
        throw new Refusal("Deze regeling bestaat niet (meer).");
      id = (await tx.regeling.update({ where: { id: input.id }, data })).id;
    } else {
      id = (await tx.regeling.create({ data })).id;
    }

    for (const d of input.deelnemers) {
      const fields = { scope: d.scope, scopeTopics: d.scope === "ADDENDUM" ? d.scopeTopics : [], leftOn: null };
      await tx.participant.upsert({
        where: { regelingId_gemeenteId: { regelingId: id, gemeenteId: d.gemeenteId } },
        update: fields,
        create: { regelingId: id, gemeenteId: d.gemeenteId, joinedOn: dbDate(today), ...fields },
      });
    }
    const ended = await tx.participant.updateMany({
      where: { regelingId: id, leftOn: null, gemeenteId: { notIn: gemeenteIds } },
      data: { leftOn: dbDate(today) },
    });

    await auditSaved(
      tx,
      actor,
      "regeling",
      { created: !input.id, id, slug: input.slug },
      {
        ...data,
        targetInForce: input.beoogdeInwerkingtreding ?? null,
        deelnemers: input.deelnemers,
        beeindigd: ended.count,
      },
    );
    return { id, slug: input.slug };
  },
});
