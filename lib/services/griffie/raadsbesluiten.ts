import type { Db } from "@/lib/db/client";
import { todayInNetherlands, validateDecision, type RaadTrackEvent } from "@/lib/domain";
import { appendAudit, recordWrites } from "@/lib/services/audit";
import { ConflictError, applyGrProcedureCommand, loadGrProcedure } from "@/lib/services/gr-procedure-store";
import type { Upload } from "@/lib/storage/files";
import {
  agenderingSchema,
  correctieSchema,
  geenZienswijzeSchema,
  ontvangstSchema,
  toestemmingSchema,
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

const refusalOf = (res: { ok: false; message: string }) => fail(res.message);

/** Receipt at the griffie of the ontwerp (starts the 8-week zienswijze period, R1/R25) or of the toestemmingsvoorstel. */
export async function registreerOntvangst(db: Db, user: GriffieUser | null, raw: unknown): Promise<ServiceResult> {
  const parsed = parseInput(ontvangstSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "raadsbesluit.registreren", input.participantId);
  if (!auth.ok) return auth;
  const loaded = await loadGrProcedure(db, input.procedureId);
  if (!loaded?.state.raadTracks[input.participantId]) return fail("Deze procedure of deelnemer bestaat niet.");
  const event: RaadTrackEvent =
    input.stap === "ontwerp"
      ? {
          type: "ontwerp_ontvangen",
          receivedOn: input.ontvangenOp,
          documentVersionId: loaded.state.regional.zienswijzeprocedure?.documentVersionId ?? "",
        }
      : {
          type: "toestemmingsvoorstel_ontvangen",
          receivedOn: input.ontvangenOp,
          documentVersionId: loaded.state.currentVersionId ?? "",
        };
  try {
    const res = await applyGrProcedureCommand(db, {
      procedureId: input.procedureId,
      expectedVersion: Number(input.expectedVersion),
      actor: actorOf(user!),
      command: { track: "raad", participantId: input.participantId, event },
    });
    return res.ok ? { ok: true } : refusalOf(res);
  } catch (err) {
    if (err instanceof ConflictError) return fail(err.message);
    throw err;
  }
}

/** The zienswijze or the toestemmingsvoorstel is on the agenda of the commissie and/or the raad. */
export async function registreerAgendering(db: Db, user: GriffieUser | null, raw: unknown): Promise<ServiceResult> {
  const parsed = parseInput(agenderingSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "raadsbesluit.registreren", input.participantId);
  if (!auth.ok) return auth;
  const agenda = {
    raadDate: input.raadDatum,
    ...(input.commissieDatum ? { commissieDate: input.commissieDatum } : {}),
  };
  const event: RaadTrackEvent =
    input.stap === "zienswijze"
      ? { type: "zienswijze_geagendeerd", agenda }
      : { type: "toestemming_geagendeerd", agenda };
  try {
    const res = await applyGrProcedureCommand(db, {
      procedureId: input.procedureId,
      expectedVersion: Number(input.expectedVersion),
      actor: actorOf(user!),
      command: { track: "raad", participantId: input.participantId, event },
    });
    return res.ok ? { ok: true } : refusalOf(res);
  } catch (err) {
    if (err instanceof ConflictError) return fail(err.message);
    throw err;
  }
}

/** The raad decided to give no zienswijze (R3): domain transition + Besluit in one transaction. */
export async function registreerGeenZienswijze(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
  upload: Upload | null | undefined,
): Promise<ServiceResult> {
  const parsed = parseInput(geenZienswijzeSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "raadsbesluit.registreren", input.participantId);
  if (!auth.ok) return auth;
  const loaded = await loadGrProcedure(db, input.procedureId);
  const zw = loaded?.state.raadTracks[input.participantId]?.zienswijze;
  if (!loaded || !zw) return fail("Het ontwerp is voor deze raad nog niet als ontvangen geregistreerd.");
  const u = user!;
  const bodyId = await raadBodyId(db, auth.participant.gemeenteId);
  return withUpload(upload, async (stored) => {
    const res = await applyGrProcedureCommand(db, {
      procedureId: input.procedureId,
      expectedVersion: Number(input.expectedVersion),
      actor: actorOf(u),
      command: {
        track: "raad",
        participantId: input.participantId,
        event: {
          type: "geen_zienswijze",
          decidedOn: input.besluitdatum,
          decision: decisionOf(input, zw.documentVersionId),
        },
      },
      extraWrites: async (tx) => {
        const fileId = await createStoredFile(tx, stored, u.id);
        const besluit = await tx.besluit.create({
          data: {
            procedureId: input.procedureId,
            participantId: input.participantId,
            bodyId,
            documentVersionId: zw.documentVersionId,
            type: "GEEN_ZIENSWIJZE",
            uitkomst: "AANGENOMEN",
            ...besluitColumns(input),
            fileId,
            recordedById: u.id,
          },
        });
        await createMoties(tx, besluit.id, input.moties);
      },
    });
    return res.ok ? { ok: true as const } : refusalOf(res);
  });
}

/** Toestemming verleend, geweigerd (legal ground + motivation, R7) or aangehouden — for the named version. */
export async function registreerToestemming(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
  upload: Upload | null | undefined,
): Promise<ServiceResult> {
  const parsed = parseInput(toestemmingSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const auth = await authorizeParticipant(db, user, "raadsbesluit.registreren", input.participantId);
  if (!auth.ok) return auth;
  const loaded = await loadGrProcedure(db, input.procedureId);
  const t = loaded?.state.raadTracks[input.participantId]?.toestemming;
  if (!loaded || !t) return fail("Het toestemmingsvoorstel is voor deze raad nog niet als ontvangen geregistreerd.");
  if (input.documentVersionId !== t.documentVersionId) {
    return fail("Het besluit moet gaan over de versie die aan de raad is voorgelegd.", {
      documentVersionId: "Kies de voorgelegde versie.",
    });
  }
  const decision = decisionOf(input, input.documentVersionId);
  const event: RaadTrackEvent =
    input.uitkomst === "VERLEEND"
      ? { type: "toestemming_verleend", decision }
      : input.uitkomst === "GEWEIGERD"
        ? {
            type: "toestemming_geweigerd",
            decision,
            ground: input.weigeringsgrond.toLowerCase(),
            motivation: input.motivering,
          }
        : {
            type: "toestemming_aangehouden",
            decidedOn: input.besluitdatum,
            expectedDate: input.verwachteDatum,
            ...(input.motivering ? { reason: input.motivering } : {}),
          };
  const u = user!;
  const bodyId = await raadBodyId(db, auth.participant.gemeenteId);
  return withUpload(upload, async (stored) => {
    const res = await applyGrProcedureCommand(db, {
      procedureId: input.procedureId,
      expectedVersion: Number(input.expectedVersion),
      actor: actorOf(u),
      command: { track: "raad", participantId: input.participantId, event },
      extraWrites: async (tx) => {
        const fileId = await createStoredFile(tx, stored, u.id);
        const besluit = await tx.besluit.create({
          data: {
            procedureId: input.procedureId,
            participantId: input.participantId,
            bodyId,
            documentVersionId: input.documentVersionId,
            type: "TOESTEMMING",
            uitkomst: input.uitkomst,
            ...besluitColumns(input),
            fileId,
            recordedById: u.id,
            weigeringsgrond: input.uitkomst === "GEWEIGERD" ? (input.weigeringsgrond as "STRIJD_MET_HET_RECHT") : null,
            motivering: input.motivering || null,
            verwachteDatum: input.uitkomst === "AANGEHOUDEN" ? dbDate(input.verwachteDatum) : null,
          },
        });
        await createMoties(tx, besluit.id, input.moties);
      },
    });
    return res.ok ? { ok: true as const } : refusalOf(res);
  });
}

/**
 * Correct a registered raadsbesluit: a NEW Besluit pointing at the old one (corrigeertId) plus an
 * audit event with the required reason. The old record stays as it was.
 */
export async function corrigeerBesluit(
  db: Db,
  user: GriffieUser | null,
  raw: unknown,
  upload?: Upload | null,
): Promise<ServiceResult<{ besluitId: string }>> {
  const parsed = parseInput(correctieSchema, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.data;
  const old = await db.besluit.findUnique({
    where: { id: input.besluitId },
    include: { gecorrigeerdDoor: true, zienswijze: true },
  });
  const auth = await authorizeParticipant(db, user, "raadsbesluit.corrigeren", old?.participantId ?? "__onbekend__");
  if (!auth.ok) return auth;
  if (!old) return fail("Dit besluit bestaat niet.");
  if (old.gecorrigeerdDoor) return fail("Dit besluit is al gecorrigeerd; corrigeer de laatste versie.");
  if (input.besluitdatum > todayInNetherlands()) {
    return fail("De besluitdatum ligt in de toekomst.", {
      besluitdatum: "De besluitdatum kan niet in de toekomst liggen.",
    });
  }
  // The same plausibility checks as the original registration (the domain's validateDecision:
  // votes are counts, no more votes than members present, no more present than seated, quorum).
  const refused = validateDecision(decisionOf(input, old.documentVersionId), {
    today: todayInNetherlands(),
  });
  if (refused) return fail(refused.message);
  const u = user!;
  const write = async (fileId: string | null, stored?: Parameters<typeof createStoredFile>[1]) => {
    try {
      const id = await db.$transaction(async (tx) => {
        const newFileId = stored ? await createStoredFile(tx, stored, u.id) : fileId;
        const besluit = await tx.besluit.create({
          data: {
            procedureId: old.procedureId,
            participantId: old.participantId,
            bodyId: old.bodyId,
            meetingId: old.meetingId,
            documentVersionId: old.documentVersionId,
            type: old.type,
            uitkomst: old.uitkomst,
            ...besluitColumns(input),
            weigeringsgrond: old.weigeringsgrond,
            motivering: old.motivering,
            verwachteDatum: old.verwachteDatum,
            fileId: newFileId,
            corrigeertId: old.id,
            recordedById: u.id,
          },
        });
        await createMoties(tx, besluit.id, input.moties);
        if (old.zienswijze) {
          await tx.zienswijze.update({
            where: { id: old.zienswijze.id },
            data: { besluitId: besluit.id, version: { increment: 1 } },
          });
          recordWrites(tx, [{ table: "Zienswijze", id: old.zienswijze.id }]);
        }
        await appendAudit(tx, [
          {
            type: "raadsbesluit_gecorrigeerd",
            actorId: u.id,
            actorRole: u.role,
            gemeenteId: auth.participant.gemeenteId,
            subjectKind: "besluit",
            subjectId: besluit.id,
            fromState: old.id,
            toState: besluit.id,
            payload: {
              corrigeert: old.id,
              besluitdatum: input.besluitdatum,
              besluitnummer: input.besluitnummer,
              stemmenVoor: input.stemmenVoor,
              stemmenTegen: input.stemmenTegen,
            },
            reason: input.reden,
          },
        ]);
        return besluit.id;
      });
      return { ok: true as const, besluitId: id };
    } catch (err) {
      // The unique corrigeertId makes a concurrent second correction of the same besluit fail.
      if (err instanceof Error && /Unique constraint|P2002/.test(err.message))
        return fail("Dit besluit is intussen al gecorrigeerd.");
      throw err;
    }
  };
  if (upload && upload.bytes.length > 0) return withUpload(upload, (stored) => write(null, stored));
  return write(old.fileId);
}
