import { todayInNetherlands } from "@/lib/domain";
import type { Db } from "@/lib/db/client";
import type { ActionUser } from "@/lib/actions/context";
import { appendAudit } from "@/lib/services/audit";
import { regelingSchema } from "@/lib/validation/beheer/regeling";
import { Refusal, auditActor, beheerMutation, slugTaken, type Tx } from "./common";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = () => day(todayInNetherlands());

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
 * Create or edit a regeling with its participants (scope full/addendum and topics). A gemeente
 * taken off the list is end-dated (leftOn), never deleted: its tracks and besluiten stay.
 */
export function saveRegeling(db: Db, user: ActionUser | null, raw: unknown) {
  return beheerMutation(db, user, "regeling.beheren", regelingSchema, raw, async (tx, input, actor) => {
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

    const data = {
      naam: input.naam,
      slug: input.slug,
      vorm: input.vorm,
      partijen: input.partijen,
      regioId: input.regioId,
      vervangtId: input.vervangtId ?? null,
      topics: input.topics,
      targetInForce: input.beoogdeInwerkingtreding ? day(input.beoogdeInwerkingtreding) : null,
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
        create: { regelingId: id, gemeenteId: d.gemeenteId, joinedOn: today(), ...fields },
      });
    }
    const ended = await tx.participant.updateMany({
      where: { regelingId: id, leftOn: null, gemeenteId: { notIn: gemeenteIds } },
      data: { leftOn: today() },
    });

    await appendAudit(tx, [
      {
        type: input.id ? "regeling_gewijzigd" : "regeling_aangemaakt",
        ...auditActor(actor),
        subjectKind: "regeling",
        subjectId: id,
        toState: input.slug,
        payload: {
          ...data,
          targetInForce: input.beoogdeInwerkingtreding ?? null,
          deelnemers: input.deelnemers,
          beeindigd: ended.count,
        },
      },
    ]);
    return { id, slug: input.slug };
  });
}
