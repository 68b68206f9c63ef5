import { Refusal, defineCommand, type AuthorizedPerson, type Tx } from "@/lib/commands";
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
 * regeling: its document (a new one, or an existing one named by `documentId`, as the seed does) and
 * the procedure with a track per participant (writeProcedureRecords), in one transaction. The secretariat publishes
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
    const document = input.documentId
      ? await existingDocument(tx, regeling.id, input.documentId, input.kind)
      : await newDocument(tx, regeling, input, actor);
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

/** The named document, which must be one of this regeling's and not yet the subject of a procedure of this kind. */
async function existingDocument(tx: Tx, regelingId: string, documentId: string, kind: string) {
  const document = await tx.document.findFirst({
    where: { id: documentId, regelingId },
    select: { id: true, procedures: { where: { kind: kind as "GR_TREFFEN" }, select: { id: true } } },
  });
  if (!document)
    throw new Refusal("Dit document hoort niet bij deze regeling.", {
      documentId: "Kies een document van de regeling.",
    });
  if (document.procedures.length > 0)
    throw new Refusal("Voor dit document loopt al een procedure van deze soort.", {
      documentId: "Kies een ander document, of laat het leeg voor een nieuw document.",
    });
  return document;
}

/** A new document of the procedure's kind (slug numbered when taken), with its audit event. */
async function newDocument(
  tx: Tx,
  regeling: { id: string; topics: string[]; documents: { slug: string }[] },
  input: { kind: keyof typeof DOCUMENT_OF; titel: string },
  actor: AuthorizedPerson,
) {
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
  return document;
}
