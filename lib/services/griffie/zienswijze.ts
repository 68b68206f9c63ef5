import { todayInNetherlands } from "@/lib/domain";
import type { Db } from "@/lib/db/client";
import type { ZienswijzePoint as DomainPoint } from "@/lib/domain";
import { appendAudit, recordWrites, type WrittenRow } from "@/lib/services/audit";
import { ConflictError, applyGrProcedureCommand, loadGrProcedure } from "@/lib/services/gr-procedure-store";
import type { Upload } from "@/lib/storage/files";
import {
  zienswijzeConceptSchema,
  zienswijzeIndienenSchema,
  zienswijzeVaststellenSchema,
} from "@/lib/validation/griffie/raad";
import {
  actorOf,
  authorizeParticipant,
  besluitColumns,
  createMoties,
  createStoredFile,
  dbDate,
  decisionOf,
  fail,
  parseInput,
  raadBodyId,
  withUpload,
  type GriffieUser,
  type ServiceResult,
} from "./common";

/**
 * Zienswijze of one raad: a draft (CONCEPT, never public) with numbered points about articles of
 * the version under consideration; then vastgesteld by the raad (domain transition + Besluit in
 * one transaction), then ingediend.
 */
export async function saveZienswijzeConcept(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
): Promise<ServiceResult<{ zienswijzeId: string }>> {
  const parsed = parseInput(zienswijzeConceptSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "zienswijze.concept.bewerken", input.participantId);
  if (!auth.ok) return auth;
  const loaded = await loadGrProcedure(db, input.procedureId);
  const track = loaded?.state.raadTracks[input.participantId];
  if (!loaded || !track) return fail("Deze procedure of deelnemer bestaat niet.");
  if (!track.zienswijze || !["ontvangen", "geagendeerd"].includes(track.status)) {
    return fail(
      "Een concept-zienswijze kan alleen worden opgesteld als het ontwerp is ontvangen en de raad nog niet heeft besloten.",
    );
  }
  const versionId = track.zienswijze.documentVersionId;
  const articles = await db.article.findMany({ where: { versionId }, select: { id: true } });
  const known = new Set(articles.map((a) => a.id));
  const fieldErrors: Record<string, string> = {};
  input.points.forEach((p, i) => {
    if (p.articleId && !known.has(p.articleId))
      fieldErrors[`points.${i}.articleId`] = "Kies een artikel uit deze versie van het document.";
  });
  if (Object.keys(fieldErrors).length)
    return fail("Controleer het formulier: niet alle velden zijn goed ingevuld.", fieldErrors);
  const points = input.points.map((p, i) => ({
    nummer: i + 1,
    onderwerp: p.onderwerp,
    articleId: p.articleId || null,
    tekst: p.tekst,
  }));
  const u = user!;

  try {
    const zienswijzeId = await db.$transaction(async (tx) => {
      let id = input.zienswijzeId;
      let deleted: { id: string }[] = [];
      if (id) {
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
        deleted = await tx.zienswijzePoint.findMany({ where: { zienswijzeId: id }, select: { id: true } });
        await tx.zienswijzePoint.deleteMany({ where: { zienswijzeId: id } });
      } else {
        // One zienswijze per raad and procedure: serialise concurrent first drafts (the check
        // below would otherwise let two simultaneous requests both create one).
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`zienswijze:${input.procedureId}:${input.participantId}`}))`;
        const existing = await tx.zienswijze.findFirst({
          where: { procedureId: input.procedureId, participantId: input.participantId },
        });
        if (existing) throw new ConflictError("Er is al een zienswijze voor deze procedure; bewerk die.");
        id = (
          await tx.zienswijze.create({
            data: {
              procedureId: input.procedureId,
              participantId: input.participantId,
              documentVersionId: versionId,
              createdById: u.id,
            },
          })
        ).id;
      }
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
          actorId: u.id,
          actorRole: u.role,
          gemeenteId: auth.participant.gemeenteId,
          subjectKind: "zienswijze",
          subjectId: id,
          fromState: input.zienswijzeId ? "CONCEPT" : null,
          toState: "CONCEPT",
          payload: { procedureId: input.procedureId, participantId: input.participantId, punten: points.length },
        },
      ]);
      return id;
    });
    return { ok: true, zienswijzeId };
  } catch (err) {
    if (err instanceof ConflictError) return fail(err.message);
    throw err;
  }
}

export async function vaststellenZienswijze(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
  upload: Upload | null | undefined,
): Promise<ServiceResult> {
  const parsed = parseInput(zienswijzeVaststellenSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const zw = await db.zienswijze.findUnique({
    where: { id: input.zienswijzeId },
    include: { points: { orderBy: { nummer: "asc" }, include: { article: true } } },
  });
  const auth = await authorizeParticipant(db, user, "zienswijze.vaststellen", zw?.participantId ?? "__onbekend__");
  if (!auth.ok) return auth;
  if (!zw) return fail("Deze zienswijze bestaat niet.");
  if (zw.status !== "CONCEPT") return fail("Deze zienswijze is al vastgesteld.");
  if (zw.version !== Number(input.conceptVersion)) {
    return fail(
      "Het concept is intussen gewijzigd. Laad de pagina opnieuw en controleer de punten voordat u de vaststelling registreert.",
    );
  }
  const points: DomainPoint[] = zw.points.map((p) => ({
    number: p.nummer,
    subject: p.article ? `${p.article.nummer} ${p.article.titel} — ${p.onderwerp}` : p.onderwerp,
    text: p.tekst,
  }));
  const u = user!;
  const bodyId = await raadBodyId(db, auth.participant.gemeenteId);
  return withUpload(upload, async (stored) => {
    const res = await applyGrProcedureCommand(db, {
      procedureId: zw.procedureId,
      expectedVersion: Number(input.expectedVersion),
      actor: actorOf(u),
      command: {
        track: "raad",
        participantId: zw.participantId,
        event: { type: "zienswijze_vastgesteld", decision: decisionOf(input, zw.documentVersionId), points },
      },
      extraWrites: async (tx) => {
        const fileId = await createStoredFile(tx, stored, u.id);
        const besluit = await tx.besluit.create({
          data: {
            procedureId: zw.procedureId,
            participantId: zw.participantId,
            bodyId,
            documentVersionId: zw.documentVersionId,
            type: "ZIENSWIJZE",
            uitkomst: "VASTGESTELD",
            ...besluitColumns(input),
            fileId,
            recordedById: u.id,
          },
        });
        await createMoties(tx, besluit.id, input.moties);
        const updated = await tx.zienswijze.updateMany({
          where: { id: zw.id, status: "CONCEPT", version: zw.version },
          data: { status: "VASTGESTELD", besluitId: besluit.id, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        recordWrites(tx, [{ table: "Zienswijze", id: zw.id }]);
      },
    });
    return res.ok ? { ok: true as const } : fail(res.message);
  });
}

export async function indienenZienswijze(db: Db, user: GriffieUser | null, raw: unknown): Promise<ServiceResult> {
  const parsed = parseInput(zienswijzeIndienenSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const zw = await db.zienswijze.findUnique({ where: { id: input.zienswijzeId }, include: { besluit: true } });
  const auth = await authorizeParticipant(db, user, "zienswijze.vaststellen", zw?.participantId ?? "__onbekend__");
  if (!auth.ok) return auth;
  if (!zw) return fail("Deze zienswijze bestaat niet.");
  if (zw.status !== "VASTGESTELD" || !zw.besluit)
    return fail("Alleen een door de raad vastgestelde zienswijze kan worden ingediend.");
  if (dbDate(input.ingediendOp) < zw.besluit.besluitdatum) {
    return fail("De zienswijze kan niet zijn ingediend vóór de raad haar vaststelde.", {
      ingediendOp: "De datum van indienen ligt op of na de datum van vaststelling.",
    });
  }
  if (input.ingediendOp > todayInNetherlands()) {
    return fail("De datum van indienen ligt in de toekomst.", {
      ingediendOp: "De datum van indienen kan niet in de toekomst liggen.",
    });
  }
  const u = user!;
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.zienswijze.updateMany({
        where: { id: zw.id, status: "VASTGESTELD", version: zw.version },
        data: { status: "INGEDIEND", ingediendOp: dbDate(input.ingediendOp), version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new ConflictError();
      recordWrites(tx, [{ table: "Zienswijze", id: zw.id }]);
      await appendAudit(tx, [
        {
          type: "zienswijze_ingediend",
          actorId: u.id,
          actorRole: u.role,
          gemeenteId: auth.participant.gemeenteId,
          subjectKind: "zienswijze",
          subjectId: zw.id,
          fromState: "VASTGESTELD",
          toState: "INGEDIEND",
          payload: { ingediendOp: input.ingediendOp },
        },
      ]);
    });
  } catch (err) {
    if (err instanceof ConflictError) return fail(err.message);
    throw err;
  }
  return { ok: true };
}
