import { type ZienswijzePoint as DomainPoint, lateZienswijzeWarnings } from "@/lib/domain";
import { ConflictError, Refusal, defineCommand, type Tx } from "@/lib/commands";
import { appendAudit, recordWrites, type WrittenRow } from "@/lib/services/audit";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import {
  zienswijzeConceptSchema,
  zienswijzeIndienenSchema,
  zienswijzeVaststellenSchema,
} from "@/lib/validation/griffie/raad";
import { INVALID_FORM_MESSAGE } from "@/lib/result";
import { checkVotes, dbDate, decisionOf, raadBodyId, requireUpload, writeRaadsbesluit } from "./common";
import { applyGrStep } from "@/lib/commands";

/**
 * Zienswijze of one raad: a draft (CONCEPT, never public) with numbered points about articles of
 * the version under consideration; then vastgesteld by the raad (domain transition + Besluit in
 * one transaction), then ingediend.
 */
export const saveZienswijzeConcept = defineCommand({
  name: "saveZienswijzeConcept",
  input: zienswijzeConceptSchema,
  permission: "zienswijze.concept.bewerken",
  target: "participant",
  async run({ tx, data: input, user, targetGemeenteId }) {
    const loaded = await loadGrProcedure(tx, input.procedureId);
    const track = loaded?.state.raadTracks[input.participantId];
    if (!track) throw new Refusal("Deze procedure of deelnemer bestaat niet.");
    if (!track.zienswijze || !["ontvangen", "geagendeerd"].includes(track.status)) {
      throw new Refusal(
        "Een concept-zienswijze kan alleen worden opgesteld als het ontwerp is ontvangen en de raad nog niet heeft besloten.",
      );
    }
    const versionId = track.zienswijze.documentVersionId;
    const articles = await tx.article.findMany({ where: { versionId }, select: { id: true } });
    const known = new Set(articles.map((a) => a.id));
    const fieldErrors: Record<string, string> = {};
    input.points.forEach((p, i) => {
      if (p.articleId && !known.has(p.articleId))
        fieldErrors[`points.${i}.articleId`] = "Kies een artikel uit deze versie van het document.";
    });
    if (Object.keys(fieldErrors).length) throw new Refusal(INVALID_FORM_MESSAGE, fieldErrors);
    const points = input.points.map((p, i) => ({
      nummer: i + 1,
      onderwerp: p.onderwerp,
      articleId: p.articleId || null,
      tekst: p.tekst,
    }));
    const { id, deleted } = input.zienswijzeId
      ? await replaceConceptPoints(tx, input.zienswijzeId, input)
      : await createConcept(tx, { ...input, versionId, createdById: user.id });
    const created = await tx.zienswijzePoint.createManyAndReturn({
      data: points.map((p) => ({ ...p, zienswijzeId: id })),
      select: { id: true },
    });
    recordWrites(tx, [
      { table: "Zienswijze", id },
      ...[...deleted, ...created].map((p): WrittenRow => ({ table: "ZienswijzePoint", id: p.id })),
    ]);
    await appendAudit(tx, [
      {
        type: input.zienswijzeId ? "zienswijze_concept_gewijzigd" : "zienswijze_concept_aangemaakt",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: targetGemeenteId,
        subjectKind: "zienswijze",
        subjectId: id,
        fromState: input.zienswijzeId ? "CONCEPT" : null,
        toState: "CONCEPT",
        payload: { procedureId: input.procedureId, participantId: input.participantId, punten: points.length },
      },
    ]);
    return { zienswijzeId: id };
  },
});

/** Bump the concept's version (only the version the form saw) and drop its points; they are written anew. */
async function replaceConceptPoints(
  tx: Tx,
  id: string,
  input: { participantId: string; procedureId: string; conceptVersion: string },
) {
  const updated = await tx.zienswijze.updateMany({
    where: {
      id,
      participantId: input.participantId,
      procedureId: input.procedureId,
      status: "CONCEPT",
      version: Number(input.conceptVersion || -1),
    },
    data: { version: { increment: 1 } },
  });
  if (updated.count !== 1)
    throw new ConflictError("Dit concept is intussen gewijzigd of al vastgesteld. Laad de pagina opnieuw.");
  // The replaced points are recorded as deleted (their digest becomes "no row").
  const deleted = await tx.zienswijzePoint.findMany({ where: { zienswijzeId: id }, select: { id: true } });
  await tx.zienswijzePoint.deleteMany({ where: { zienswijzeId: id } });
  return { id, deleted };
}

async function createConcept(
  tx: Tx,
  input: { procedureId: string; participantId: string; versionId: string; createdById: string },
) {
  // One zienswijze per raad and procedure: serialise concurrent first drafts (the check below
  // would otherwise let two simultaneous requests both create one).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`zienswijze:${input.procedureId}:${input.participantId}`}))`;
  const existing = await tx.zienswijze.findFirst({
    where: { procedureId: input.procedureId, participantId: input.participantId },
  });
  if (existing) throw new ConflictError("Er is al een zienswijze voor deze procedure; bewerk die.");
  const created = await tx.zienswijze.create({
    data: {
      procedureId: input.procedureId,
      participantId: input.participantId,
      documentVersionId: input.versionId,
      createdById: input.createdById,
    },
  });
  return { id: created.id, deleted: [] as { id: string }[] };
}

/** The raad adopted the zienswijze: raad track transition + Besluit + the zienswijze VASTGESTELD, one transaction. */
export const adoptZienswijze = defineCommand({
  name: "adoptZienswijze",
  input: zienswijzeVaststellenSchema,
  permission: "zienswijze.vaststellen",
  target: "zienswijze",
  upload: "pdf",
  async run(ctx) {
    const { tx, data: input, user, targetGemeenteId } = ctx;
    const zw = await tx.zienswijze.findUnique({
      where: { id: input.zienswijzeId },
      include: { points: { orderBy: { nummer: "asc" }, include: { article: true } } },
    });
    if (!zw || !targetGemeenteId) throw new Refusal("Deze zienswijze bestaat niet.");
    if (zw.status !== "CONCEPT") throw new Refusal("Deze zienswijze is al vastgesteld.");
    if (zw.version !== Number(input.conceptVersion)) {
      throw new Refusal(
        "Het concept is intussen gewijzigd. Laad de pagina opnieuw en controleer de punten voordat u de vaststelling registreert.",
      );
    }
    const points: DomainPoint[] = zw.points.map((p) => ({
      number: p.nummer,
      subject: p.article ? `${p.article.nummer} ${p.article.titel} — ${p.onderwerp}` : p.onderwerp,
      text: p.tekst,
    }));
    const decision = decisionOf(input, zw.documentVersionId);
    checkVotes(decision);
    const stored = requireUpload(ctx);
    const bodyId = await raadBodyId(tx, targetGemeenteId);
    const applied = await applyGrStep(ctx, {
      procedureId: zw.procedureId,
      expectedVersion: Number(input.expectedVersion),
      command: {
        track: "raad",
        participantId: zw.participantId,
        event: { type: "zienswijze_vastgesteld", decision, points },
      },
      extraWrites: async (t) => {
        const besluitId = await writeRaadsbesluit(t, {
          file: stored,
          userId: user.id,
          fields: input,
          row: {
            procedureId: zw.procedureId,
            participantId: zw.participantId,
            bodyId,
            documentVersionId: zw.documentVersionId,
            type: "ZIENSWIJZE",
            uitkomst: "VASTGESTELD",
          },
        });
        const updated = await t.zienswijze.updateMany({
          where: { id: zw.id, status: "CONCEPT", version: zw.version },
          data: { status: "VASTGESTELD", besluitId, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        recordWrites(t, [{ table: "Zienswijze", id: zw.id }]);
      },
    });
    const warnings = lateZienswijzeWarnings(applied.state.raadTracks[zw.participantId]);
    return warnings.length > 0 ? { warnings } : {};
  },
});

/** The adopted zienswijze was sent to the regio (ingediend), on or after its adoption and not in the future. */
export const submitZienswijze = defineCommand({
  name: "submitZienswijze",
  input: zienswijzeIndienenSchema,
  permission: "zienswijze.vaststellen",
  target: "zienswijze",
  async run({ tx, data: input, user, today, targetGemeenteId }) {
    const zw = await tx.zienswijze.findUnique({ where: { id: input.zienswijzeId }, include: { besluit: true } });
    if (!zw) throw new Refusal("Deze zienswijze bestaat niet.");
    if (zw.status !== "VASTGESTELD" || !zw.besluit)
      throw new Refusal("Alleen een door de raad vastgestelde zienswijze kan worden ingediend.");
    if (dbDate(input.ingediendOp) < zw.besluit.besluitdatum) {
      throw new Refusal("De zienswijze kan niet zijn ingediend vóór de raad haar vaststelde.", {
        ingediendOp: "De datum van indienen ligt op of na de datum van vaststelling.",
      });
    }
    if (input.ingediendOp > today) {
      throw new Refusal("De datum van indienen ligt in de toekomst.", {
        ingediendOp: "De datum van indienen kan niet in de toekomst liggen.",
      });
    }
    const updated = await tx.zienswijze.updateMany({
      where: { id: zw.id, status: "VASTGESTELD", version: zw.version },
      data: { status: "INGEDIEND", ingediendOp: dbDate(input.ingediendOp), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    recordWrites(tx, [{ table: "Zienswijze", id: zw.id }]);
    await appendAudit(tx, [
      {
        type: "zienswijze_ingediend",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: targetGemeenteId,
        subjectKind: "zienswijze",
        subjectId: zw.id,
        fromState: "VASTGESTELD",
        toState: "INGEDIEND",
        payload: { ingediendOp: input.ingediendOp },
      },
    ]);
    return {};
  },
});
