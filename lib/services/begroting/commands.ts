import { randomUUID } from "node:crypto";
import { Refusal, defineCommand } from "@/lib/commands";
import { versionHash } from "@/lib/documents/hash";
import { createBegroting, isPartyToRegeling, jaarrekeningOf, type BegrotingEvent } from "@/lib/domain";
import {
  begrotingAntwoordSchema,
  begrotingStartSchema,
  begrotingStepSchema,
  begrotingZienswijzeSchema,
} from "@/lib/validation/begroting";
import { appendAudit, recordWrites } from "../audit";
import { domainParticipants } from "../procedure-setup";
import { applyBegrotingEvents, lockBegroting, requireBegrotingParticipant } from "./store";

const json = (v: unknown) => JSON.parse(JSON.stringify(v));

/**
 * The secretariat starts the begroting cycle of a regeling for one begrotingsjaar (Wgr art. 34–35):
 * a BEGROTING document "begroting-<jaar>" and its procedure, with a state per raad of the regeling's
 * parties (an addendum participant is no party, R13). One cycle per regeling per year.
 */
export const startBegrotingCycle = defineCommand({
  name: "startBegrotingCycle",
  input: begrotingStartSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now }) {
    const regeling = await tx.regeling.findUnique({ where: { id: data.regelingId }, select: { id: true, naam: true } });
    if (!regeling) throw new Refusal("Deze regeling bestaat niet (meer).");
    const existing = await tx.procedure.findFirst({
      where: { regelingId: regeling.id, kind: "BEGROTING_ZIENSWIJZE", jaar: data.jaar },
      select: { id: true },
    });
    if (existing)
      throw new Refusal(`Voor ${data.jaar} loopt de begrotingscyclus van deze regeling al.`, {
        jaar: "Kies een ander jaar.",
      });
    const participants = (await domainParticipants(tx, regeling.id)).filter(isPartyToRegeling);
    if (participants.length === 0) throw new Refusal("Deze regeling heeft geen deelnemende gemeenten.");
    const titel = `Begroting ${data.jaar} – ${regeling.naam}`;
    const document = await tx.document.upsert({
      where: { regelingId_slug: { regelingId: regeling.id, slug: `begroting-${data.jaar}` } },
      create: {
        regelingId: regeling.id,
        slug: `begroting-${data.jaar}`,
        kind: "BEGROTING",
        titel,
        periode: `${data.jaar}`,
      },
      update: {},
    });
    const id = randomUUID();
    const state = createBegroting({ id, year: data.jaar, participants });
    await tx.procedure.create({
      data: {
        id,
        regelingId: regeling.id,
        documentId: document.id,
        kind: "BEGROTING_ZIENSWIJZE",
        titel,
        jaar: data.jaar,
        derivedState: state.status,
        regional: json(state),
      },
    });
    recordWrites(tx, [{ table: "Procedure", id }]);
    await appendAudit(tx, [
      {
        type: "procedure_aangemaakt",
        actorId: actor.userId,
        actorRole: actor.role,
        gemeenteId: null,
        subjectKind: "procedure",
        subjectId: id,
        fromState: null,
        toState: state.status,
        payload: { kind: "BEGROTING_ZIENSWIJZE", titel, participants: participants.map((p) => p.id) },
        at: now,
      },
    ]);
    return { procedureId: id };
  },
});

/**
 * The bestuur's steps, recorded by the secretariat: kaders (art. 34b), ontwerpbegroting to the raden
 * (art. 35 lid 1; the ontwerp is a new immutable version, and it reaches every raad on the day it is
 * sent: the raad's window runs to the aanbieding, not from its receipt, art. 35 lid 3), vaststelling
 * (art. 34 lid 1) and sending to Gedeputeerde Staten (art. 34 lid 2); then the jaarrekening of that year:
 * voorlopige jaarrekening to the raden (art. 34b), vaststelling and sending to GS (art. 34 lid 3).
 */
export const recordBegrotingStep = defineCommand({
  name: "recordBegrotingStep",
  input: begrotingStepSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now, today, expectedVersion }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    const opts = { actor, now, today, expectedVersion };
    let events: BegrotingEvent[];
    switch (data.step) {
      case "kaders_verzonden":
        events = [{ type: "kaders_verzonden", sentOn: data.date }];
        break;
      case "ontwerp_verzonden": {
        const versionId = await createOntwerpVersion(
          tx,
          loaded.documentId,
          loaded.state.year,
          data.toelichting,
          actor.userId,
        );
        const sent: BegrotingEvent = { type: "ontwerp_verzonden", documentVersionId: versionId, sentOn: data.date };
        if (data.aanbiedingOp) sent.aanbiedingOn = data.aanbiedingOp;
        events = [
          sent,
          ...loaded.state.participants.map(
            (p): BegrotingEvent => ({ type: "ontwerp_ontvangen", participantId: p.id, receivedOn: data.date }),
          ),
        ];
        break;
      }
      case "begroting_vastgesteld": {
        const documentVersionId = loaded.state.documentVersionId ?? "";
        events = [
          {
            type: "begroting_vastgesteld",
            decision: {
              documentVersionId,
              decidedOn: data.date,
              body: "bestuur",
              ...(data.besluitnummer ? { besluitnummer: data.besluitnummer } : {}),
            },
          },
        ];
        break;
      }
      case "naar_gs_verzonden":
        events = [{ type: "naar_gs_verzonden", sentOn: data.date }];
        break;
      case "voorlopige_jaarrekening_verzonden":
        events = [{ type: "voorlopige_jaarrekening_verzonden", sentOn: data.date }];
        break;
      case "jaarrekening_vastgesteld":
        events = [
          {
            type: "jaarrekening_vastgesteld",
            decidedOn: data.date,
            ...(data.besluitnummer ? { besluitnummer: data.besluitnummer } : {}),
          },
        ];
        break;
      case "jaarrekening_naar_gs":
        events = [{ type: "jaarrekening_naar_gs", sentOn: data.date }];
        break;
    }
    const state = await applyBegrotingEvents(tx, loaded, events, opts);
    // Only what this step produced: the cycle keeps every earlier warning (shown with its facts), a save names its own.
    const waarschuwingen = state.warnings.slice(loaded.state.warnings.length);
    return { status: state.status, jaarrekening: jaarrekeningOf(state).status, waarschuwingen };
  },
});

async function createOntwerpVersion(
  tx: Parameters<typeof lockBegroting>[0],
  documentId: string,
  year: number,
  toelichting: string | undefined,
  userId: string | null,
) {
  const last = await tx.documentVersion.findFirst({
    where: { documentId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const version = await tx.documentVersion.create({
    data: {
      documentId,
      number: (last?.number ?? 0) + 1,
      label: `Ontwerpbegroting ${year}`,
      status: "DEFINITIEF",
      contentHash: versionHash([]),
      toelichting: toelichting ?? null,
      createdById: userId,
    },
  });
  recordWrites(tx, [{ table: "DocumentVersion", id: version.id }]);
  return version.id;
}

/**
 * The griffier registers the own raad's decision on the ontwerpbegroting: a zienswijze in numbered
 * points (each about a programme or a page, not an article), or geen zienswijze (Wgr art. 35 lid 3).
 */
export const submitBegrotingZienswijze = defineCommand({
  name: "submitBegrotingZienswijze",
  input: begrotingZienswijzeSchema,
  permission: "zienswijze.vaststellen",
  target: "participant",
  async run({ tx, data, actor, now, today }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    requireBegrotingParticipant(loaded, data.participantId);
    const opts = { actor, now, today };
    if (data.soort === "geen") {
      await applyBegrotingEvents(
        tx,
        loaded,
        [{ type: "geen_zienswijze", participantId: data.participantId, decidedOn: data.date }],
        opts,
      );
      return { zienswijzeId: null };
    }
    const documentVersionId = loaded.state.documentVersionId;
    if (!documentVersionId) throw new Refusal("De ontwerpbegroting is nog niet naar de raden verzonden.");
    const text = data.points
      .map((p, i) => `${i + 1}. ${p.onderwerp}${p.verwijzing ? ` (${p.verwijzing})` : ""}`)
      .join("\n");
    let zienswijzeId = "";
    const extraWrites = async () => {
      const zienswijze = await tx.zienswijze.create({
        data: {
          procedureId: loaded.id,
          participantId: data.participantId,
          documentVersionId,
          status: "INGEDIEND",
          ingediendOp: new Date(`${data.date}T00:00:00Z`),
          createdById: actor.userId,
          points: {
            create: data.points.map((p, i) => ({
              nummer: i + 1,
              onderwerp: p.onderwerp,
              verwijzing: p.verwijzing || null,
              tekst: p.tekst,
            })),
          },
        },
      });
      zienswijzeId = zienswijze.id;
      recordWrites(tx, [{ table: "Zienswijze", id: zienswijze.id }]);
    };
    await applyBegrotingEvents(
      tx,
      loaded,
      [
        {
          type: "zienswijze_ingediend",
          participantId: data.participantId,
          decision: {
            documentVersionId,
            decidedOn: data.date,
            body: "raad",
            ...(data.besluitnummer ? { besluitnummer: data.besluitnummer } : {}),
          },
          text,
        },
      ],
      { ...opts, extraWrites },
    );
    return { zienswijzeId };
  },
});

/** The bestuur answers one raad's zienswijze in writing, with reasons, before the vaststelling (art. 35). */
export const answerBegrotingZienswijze = defineCommand({
  name: "answerBegrotingZienswijze",
  input: begrotingAntwoordSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now, today }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    await applyBegrotingEvents(
      tx,
      loaded,
      [
        {
          type: "zienswijze_beantwoord",
          participantId: data.participantId,
          answeredOn: data.date,
          motivation: data.motivering,
        },
      ],
      { actor, now, today },
    );
    return { beantwoord: data.participantId };
  },
});
