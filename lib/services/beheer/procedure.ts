import { Refusal, defineCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { writeProcedureRecords } from "@/lib/services/procedure-setup";
import { procedureStartSchema } from "@/lib/validation/beheer/regeling";
import { REGELING_SAVE, auditActor } from "./common";

/** The document a new procedure is about, per kind of procedure. */
const DOCUMENT_OF = {
  GR_TREFFEN: { kind: "REGELING", slug: "regeling", partOfRegeling: true },
  GR_WIJZIGEN: { kind: "REGELING", slug: "wijziging", partOfRegeling: true },
  GR_OPHEFFEN: { kind: "REGELING", slug: "opheffing", partOfRegeling: true },
  BELEIDSKADER_VASTSTELLEN: { kind: "BELEIDSKADER", slug: "beleidskader", partOfRegeling: false },
  DVH_ACTUALISEREN: { kind: "DIENSTVERLENINGSHANDVEST", slug: "dienstverleningshandvest", partOfRegeling: true },
} as const;

/**
 * Start a procedure (treffen, wijzigen, opheffen, beleidskader, Dienstverleningshandvest) for a
 * regeling: its document and the procedure with a track per participant, written by the same
 * function the seed uses (writeProcedureRecords), in one transaction. The secretariat publishes
 * the text as a version of the document afterwards.
 */
export const startProcedure = defineCommand({
  name: "startProcedure",
  input: procedureStartSchema,
  ...REGELING_SAVE,
  async run({ tx, data: input, user: actor }) {
    const regeling = await tx.regeling.findUnique({
      where: { id: input.regelingId },
      include: {
        participants: { where: { leftOn: null }, select: { id: true } },
        documents: { select: { slug: true } },
      },
    });
    if (!regeling) throw new Refusal("Deze regeling bestaat niet (meer).");
    if (regeling.participants.length === 0)
      throw new Refusal("Deze regeling heeft nog geen deelnemers. Voeg eerst deelnemende gemeenten toe.");
    const soort = DOCUMENT_OF[input.kind];
    const slugs = new Set(regeling.documents.map((d) => d.slug));
    let slug: string = soort.slug;
    for (let n = 2; slugs.has(slug); n++) slug = `${soort.slug}-${n}`;
    const document = await tx.document.create({
      data: {
        regelingId: regeling.id,
        slug,
        kind: soort.kind,
        titel: input.titel,
        topics: regeling.topics,
        partOfRegeling: soort.partOfRegeling,
        bron: "Beheer",
      },
    });
    await appendAudit(tx, [
      {
        type: "document_aangemaakt",
        ...auditActor(actor),
        subjectKind: "document",
        subjectId: document.id,
        payload: { regelingId: regeling.id, slug, kind: soort.kind, titel: input.titel },
      },
    ]);
    const procedureId = await writeProcedureRecords(tx, {
      regelingId: regeling.id,
      documentId: document.id,
      kind: input.kind,
      titel: input.titel,
      actor: { userId: actor.id, role: actor.role, gemeenteId: null },
    });
    return { procedureId, documentId: document.id };
  },
});
