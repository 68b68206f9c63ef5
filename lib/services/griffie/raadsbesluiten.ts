import { validateDecision, type RaadTrackEvent } from "@/lib/domain";
import { Refusal, defineCommand } from "@/lib/commands";
import { appendAudit, recordWrites } from "@/lib/services/audit";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import {
  agenderingSchema,
  correctieSchema,
  geenZienswijzeSchema,
  ontvangstSchema,
  toestemmingSchema,
} from "@/lib/validation/griffie/raad";
import {
  besluitColumns,
  createMoties,
  createStoredFile,
  dbDate,
  decisionOf,
  raadBodyId,
  raadStep,
  requireUpload,
} from "./common";

/** Receipt at the griffie of the ontwerp (starts the 8-week zienswijze period, R1/R25) or of the toestemmingsvoorstel. */
export const recordOntvangst = defineCommand({
  name: "recordOntvangst",
  input: ontvangstSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  async run(ctx) {
    const input = ctx.data;
    const loaded = await loadGrProcedure(ctx.tx, input.procedureId);
    if (!loaded?.state.raadTracks[input.participantId]) throw new Refusal("Deze procedure of deelnemer bestaat niet.");
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
    await raadStep(ctx, event);
    return {};
  },
});

/** The zienswijze or the toestemmingsvoorstel is on the agenda of the commissie and/or the raad. */
export const recordAgendering = defineCommand({
  name: "recordAgendering",
  input: agenderingSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  async run(ctx) {
    const input = ctx.data;
    const agenda = {
      raadDate: input.raadDatum,
      ...(input.commissieDatum ? { commissieDate: input.commissieDatum } : {}),
    };
    await raadStep(
      ctx,
      input.stap === "zienswijze"
        ? { type: "zienswijze_geagendeerd", agenda }
        : { type: "toestemming_geagendeerd", agenda },
    );
    return {};
  },
});

/** The raad decided to give no zienswijze (R3): domain transition + Besluit in one transaction. */
export const recordGeenZienswijze = defineCommand({
  name: "recordGeenZienswijze",
  input: geenZienswijzeSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  upload: "pdf",
  async run(ctx) {
    const { tx, data: input, user } = ctx;
    const loaded = await loadGrProcedure(tx, input.procedureId);
    const zw = loaded?.state.raadTracks[input.participantId]?.zienswijze;
    if (!zw) throw new Refusal("Het ontwerp is voor deze raad nog niet als ontvangen geregistreerd.");
    const stored = requireUpload(ctx);
    const bodyId = await raadBodyId(tx, gemeenteOf(ctx));
    await raadStep(
      ctx,
      { type: "geen_zienswijze", decidedOn: input.besluitdatum, decision: decisionOf(input, zw.documentVersionId) },
      async (t) => {
        const fileId = await createStoredFile(t, stored, user.id);
        const besluit = await t.besluit.create({
          data: {
            procedureId: input.procedureId,
            participantId: input.participantId,
            bodyId,
            documentVersionId: zw.documentVersionId,
            type: "GEEN_ZIENSWIJZE",
            uitkomst: "AANGENOMEN",
            ...besluitColumns(input),
            fileId,
            recordedById: user.id,
          },
        });
        await createMoties(t, besluit.id, input.moties);
      },
    );
    return {};
  },
});

/** Toestemming verleend, geweigerd (legal ground + motivation, R7) or aangehouden — for the named version. */
export const recordToestemming = defineCommand({
  name: "recordToestemming",
  input: toestemmingSchema,
  permission: "raadsbesluit.registreren",
  target: "participant",
  upload: "pdf",
  async run(ctx) {
    const { tx, data: input, user } = ctx;
    const loaded = await loadGrProcedure(tx, input.procedureId);
    const t = loaded?.state.raadTracks[input.participantId]?.toestemming;
    if (!t) throw new Refusal("Het toestemmingsvoorstel is voor deze raad nog niet als ontvangen geregistreerd.");
    if (input.documentVersionId !== t.documentVersionId) {
      throw new Refusal("Het besluit moet gaan over de versie die aan de raad is voorgelegd.", {
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
    const stored = requireUpload(ctx);
    const bodyId = await raadBodyId(tx, gemeenteOf(ctx));
    await raadStep(ctx, event, async (w) => {
      const fileId = await createStoredFile(w, stored, user.id);
      const besluit = await w.besluit.create({
        data: {
          procedureId: input.procedureId,
          participantId: input.participantId,
          bodyId,
          documentVersionId: input.documentVersionId,
          type: "TOESTEMMING",
          uitkomst: input.uitkomst,
          ...besluitColumns(input),
          fileId,
          recordedById: user.id,
          weigeringsgrond: input.uitkomst === "GEWEIGERD" ? (input.weigeringsgrond as "STRIJD_MET_HET_RECHT") : null,
          motivering: input.motivering || null,
          verwachteDatum: input.uitkomst === "AANGEHOUDEN" ? dbDate(input.verwachteDatum) : null,
        },
      });
      await createMoties(w, besluit.id, input.moties);
    });
    return {};
  },
});

/**
 * Correct a registered raadsbesluit: a NEW Besluit pointing at the old one (corrigeertId) plus an
 * audit event with the required reason. The old record stays as it was.
 */
export const correctBesluit = defineCommand({
  name: "correctBesluit",
  input: correctieSchema,
  permission: "raadsbesluit.corrigeren",
  target: "besluit",
  upload: "optional-pdf",
  // The unique corrigeertId makes a concurrent second correction of the same besluit fail.
  uniqueViolation: "Dit besluit is intussen al gecorrigeerd.",
  async run({ tx, data: input, user, today, upload, targetGemeenteId }) {
    const old = await tx.besluit.findUnique({
      where: { id: input.besluitId },
      include: { gecorrigeerdDoor: true, zienswijze: true },
    });
    if (!old) throw new Refusal("Dit besluit bestaat niet.");
    if (old.gecorrigeerdDoor) throw new Refusal("Dit besluit is al gecorrigeerd; corrigeer de laatste versie.");
    if (input.besluitdatum > today) {
      throw new Refusal("De besluitdatum ligt in de toekomst.", {
        besluitdatum: "De besluitdatum kan niet in de toekomst liggen.",
      });
    }
    // The same plausibility checks as the original registration (the domain's validateDecision:
    // votes are counts, no more votes than members present, no more present than seated, quorum).
    const refused = validateDecision(decisionOf(input, old.documentVersionId), { today });
    if (refused) throw new Refusal(refused.message);
    const fileId = upload ? await createStoredFile(tx, upload, user.id) : old.fileId;
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
        fileId,
        corrigeertId: old.id,
        recordedById: user.id,
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
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: targetGemeenteId,
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
    return { besluitId: besluit.id };
  },
});

/** The participant's gemeente, which the runner authorized this command against. */
function gemeenteOf(ctx: { targetGemeenteId: string | null }): string {
  if (!ctx.targetGemeenteId) throw new Refusal("Deze deelnemer bestaat niet.");
  return ctx.targetGemeenteId;
}
