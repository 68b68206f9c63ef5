import { pdfRequired, validateDecision, type RaadTrackEvent, type RaadsbesluitKind } from "@/lib/domain";
import { Refusal, applyGrStep, defineCommand, type CommandContext, type Tx } from "@/lib/commands";
import { appendAudit, recordWrites } from "@/lib/services/audit";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import {
  agenderingSchema,
  correctieSchema,
  geenZienswijzeSchema,
  ontvangstSchema,
  toestemmingSchema,
  type GeenZienswijzeInput,
  type ToestemmingInput,
} from "@/lib/validation/griffie/raad";
import type { WeigeringsGrond } from "@/generated/prisma/client";
import {
  type BesluitRow,
  checkVotes,
  dbDate,
  decisionOf,
  raadBodyId,
  raadStep,
  requireUpload,
  writeRaadsbesluit,
} from "./common";

/** A step of one raad (participant track). */
const RAAD_STEP = { permission: "raadsbesluit.registreren", target: "participant" } as const;

/**
 * A raadsbesluit with its PDF where the Wgr or the regio asks for it (lib/domain/pdf-requirement.ts), for one raad
 * (participant track). The runner checks a PDF that is sent; `stepWithBesluit` refuses a missing one when required.
 */
const RAADSBESLUIT_WITH_PDF = {
  permission: "raadsbesluit.registreren",
  target: "participant",
  upload: "optional-pdf",
} as const;

/** The raad track the input names, as the domain sees it (undefined: no such procedure or participant). */
async function raadTrackOf(
  tx: Parameters<typeof loadGrProcedure>[0],
  input: { procedureId: string; participantId: string },
) {
  return (await loadGrProcedure(tx, input.procedureId))?.state.raadTracks[input.participantId];
}

/** Receipt at the griffie of the ontwerp (starts the 8-week zienswijze period, R1/R25) or of the toestemmingsvoorstel. */
export const recordOntvangst = defineCommand({
  name: "recordOntvangst",
  input: ontvangstSchema,
  ...RAAD_STEP,
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
  ...RAAD_STEP,
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
  ...RAADSBESLUIT_WITH_PDF,
  async run(ctx) {
    const input = ctx.data;
    const zw = (await raadTrackOf(ctx.tx, input))?.zienswijze;
    if (!zw) throw new Refusal("Het ontwerp is voor deze raad nog niet als ontvangen geregistreerd.");
    const decision = decisionOf(input, zw.documentVersionId);
    checkVotes(decision);
    await stepWithBesluit(
      ctx,
      "geen_zienswijze",
      { type: "geen_zienswijze", decidedOn: input.besluitdatum, decision },
      {
        documentVersionId: zw.documentVersionId,
        type: "GEEN_ZIENSWIJZE",
        uitkomst: "AANGENOMEN",
      },
    );
    return {};
  },
});

const TOESTEMMING_KIND = {
  VERLEEND: "toestemming_verleend",
  GEWEIGERD: "toestemming_geweigerd",
  AANGEHOUDEN: "toestemming_aangehouden",
} as const satisfies Record<ToestemmingInput["uitkomst"], RaadsbesluitKind>;

/** Toestemming verleend, geweigerd (legal ground + motivation, R7) or aangehouden — for the named version. */
export const recordToestemming = defineCommand({
  name: "recordToestemming",
  input: toestemmingSchema,
  ...RAADSBESLUIT_WITH_PDF,
  async run(ctx) {
    const input = ctx.data;
    const t = (await raadTrackOf(ctx.tx, input))?.toestemming;
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
    if (input.uitkomst !== "AANGEHOUDEN")
      checkVotes(decision, input.uitkomst === "VERLEEND" ? "aangenomen" : "niet_aangenomen");
    await stepWithBesluit(ctx, TOESTEMMING_KIND[input.uitkomst], event, {
      documentVersionId: input.documentVersionId,
      type: "TOESTEMMING",
      uitkomst: input.uitkomst,
      weigeringsgrond: input.uitkomst === "GEWEIGERD" ? (input.weigeringsgrond as WeigeringsGrond) : null,
      motivering: input.motivering || null,
      verwachteDatum: input.uitkomst === "AANGEHOUDEN" ? dbDate(input.verwachteDatum) : null,
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
  async run(ctx) {
    const { tx, data: input, user, today, upload, targetGemeenteId } = ctx;
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
    const decision = decisionOf(input, old.documentVersionId);
    // The same checks as the registration: the domain's date, quorum and — for a besluit the raad took — the vote
    // that adopted it (Gemeentewet art. 20, 28, 32).
    const expectVote = expectedVoteOf(old);
    const refused = validateDecision(decision, { today, expectVote });
    if (refused) {
      if (expectVote) checkVotes(decision, expectVote);
      throw new Refusal(refused.message);
    }
    const row = {
      procedureId: old.procedureId,
      participantId: old.participantId,
      bodyId: old.bodyId,
      meetingId: old.meetingId,
      documentVersionId: old.documentVersionId,
      type: old.type,
      uitkomst: old.uitkomst,
      weigeringsgrond: old.weigeringsgrond,
      motivering: old.motivering,
      verwachteDatum: old.verwachteDatum,
      corrigeertId: old.id,
    };
    const write = async (t: Tx) => {
      const id = await writeRaadsbesluit(t, { file: upload ?? old.fileId, userId: user.id, fields: input, row });
      if (old.zienswijze) {
        await t.zienswijze.update({
          where: { id: old.zienswijze.id },
          data: { besluitId: id, version: { increment: 1 } },
        });
        recordWrites(t, [{ table: "Zienswijze", id: old.zienswijze.id }]);
      }
      return id;
    };
    // Point 7: the track's decision follows the correction (a domain event with the reason), when the corrected
    // besluit is the one the raad track holds; an older (superseded) besluit is corrected as a record only.
    const of = await correctedTrackDecision(tx, old);
    let besluitId = "";
    if (of && old.participantId) {
      await applyGrStep(ctx, {
        procedureId: old.procedureId,
        command: {
          track: "raad",
          participantId: old.participantId,
          event: { type: "besluit_gecorrigeerd", of, decision, reason: input.reden },
        },
        extraWrites: async (t) => {
          besluitId = await write(t);
        },
      });
    } else {
      besluitId = await write(tx);
    }
    await appendAudit(tx, [
      {
        type: "raadsbesluit_gecorrigeerd",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: targetGemeenteId,
        subjectKind: "besluit",
        subjectId: besluitId,
        fromState: old.id,
        toState: besluitId,
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
    return { besluitId };
  },
});

/**
 * Which decision of the raad track the corrected besluit is (the zienswijze- or toestemmingsbesluit the track holds
 * now, same version and date), or null when the track holds another one (older version, superseded) or none.
 */
async function correctedTrackDecision(
  tx: Tx,
  old: {
    procedureId: string;
    participantId: string | null;
    type: string;
    uitkomst: string;
    documentVersionId: string;
    besluitdatum: Date;
  },
): Promise<"zienswijze" | "toestemming" | null> {
  if (!old.participantId) return null;
  const loaded = await loadGrProcedure(tx, old.procedureId);
  const track = loaded?.state.raadTracks[old.participantId];
  if (!track) return null;
  const of =
    old.type === "TOESTEMMING"
      ? "toestemming"
      : old.type === "ZIENSWIJZE" || old.type === "GEEN_ZIENSWIJZE"
        ? "zienswijze"
        : null;
  if (!of || (of === "toestemming" && old.uitkomst === "AANGEHOUDEN")) return null;
  const held = of === "zienswijze" ? track.zienswijze?.decision : track.toestemming?.decision;
  const date = old.besluitdatum.toISOString().slice(0, 10);
  return held && held.documentVersionId === old.documentVersionId && held.decidedOn === date ? of : null;
}

/** What the vote of a registered besluit decided (Gemeentewet art. 29, 30, 32); an aangehouden or beleidskader besluit: no check. */
function expectedVoteOf(old: { type: string; uitkomst: string }): "aangenomen" | "niet_aangenomen" | undefined {
  if (old.type === "VASTSTELLING" || old.uitkomst === "AANGEHOUDEN") return undefined;
  return old.type === "TOESTEMMING" && old.uitkomst === "GEWEIGERD" ? "niet_aangenomen" : "aangenomen";
}

/** A step on the raad track together with its raadsbesluit (PDF, row, moties) in the same transaction. */
async function stepWithBesluit(
  ctx: CommandContext<GeenZienswijzeInput | ToestemmingInput, { id: string }>,
  kind: RaadsbesluitKind,
  event: RaadTrackEvent,
  row: Omit<BesluitRow, "procedureId" | "participantId" | "bodyId">,
) {
  const { procedureId, participantId } = ctx.data;
  const procedure = await ctx.tx.procedure.findUnique({
    where: { id: procedureId },
    select: { regeling: { select: { pdfVerplicht: true } } },
  });
  const stored = pdfRequired(procedure?.regeling.pdfVerplicht ?? "BESLUITEN", kind) ? requireUpload(ctx) : ctx.upload;
  const bodyId = await raadBodyId(ctx.tx, gemeenteOf(ctx));
  await raadStep(ctx, event, async (t) => {
    await writeRaadsbesluit(t, {
      file: stored,
      userId: ctx.user.id,
      fields: ctx.data,
      row: { procedureId, participantId, bodyId, ...row },
    });
  });
}

/** The participant's gemeente, which the runner authorized this command against. */
function gemeenteOf(ctx: { targetGemeenteId: string | null }): string {
  if (!ctx.targetGemeenteId) throw new Refusal("Deze deelnemer bestaat niet.");
  return ctx.targetGemeenteId;
}
