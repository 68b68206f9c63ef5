import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { addDays, createGrProcedure, deriveRegelingState, type Participant } from "@/lib/domain";
import { articleHash, versionHash } from "@/lib/documents/hash";
import { runCommand } from "@/lib/commands";
import { createDemoAccounts, createScaleGemeenten } from "@/lib/services/demo/seed-commands";
import { SYSTEM_BEHEER } from "@/lib/services/users/invitations";
import { createRandom } from "./random";
import { generateHistory, type GeneratedDecision, type GeneratedHistory } from "./procedure-history";
import { guaranteed } from "@/lib/domain/invariant";
import { appendAudit, type AuditInput } from "@/lib/services/audit";
import { domainAuditInput } from "@/lib/services/gr-procedure-store";
import { planCycle, playCycle, type BegrotingCycleCommand } from "./begroting-cycles";

export interface ScaleOptions {
  seed?: number;
  gemeenten?: number;
  regelingen?: number;
  log?: (message: string) => void;
  /**
   * The indexes of regelingen whose procedure is written at its start instead of with its history; the report
   * returns those histories as domain commands (`replays`), so a test can record them through the runner and
   * compare the rows with the bulk-written ones of a run without this option.
   */
  replayRegelingen?: readonly number[];
  /**
   * The begrotingsjaren of the yearly begroting cycle written for every regeling (lib/scale/begroting-cycles.ts);
   * none unless given (the CLI's default is 2025–2027). They come from their own random stream and ids, so the rest
   * of the dataset is the same with or without them.
   */
  jaren?: readonly number[];
  /** The indexes of regelingen whose begroting cycles are not written but returned as commands (`begrotingReplays`). */
  replayBegroting?: readonly number[];
}

/** A generated begroting cycle left unwritten, with the commands the generator played for it. */
export interface ScaleBegrotingReplay {
  regelingId: string;
  jaar: number;
  participants: { participantId: string; gemeenteId: string }[];
  commands: BegrotingCycleCommand[];
}

/** A generated procedure left at its start, with the steps the generator played for it. */
export interface ScaleReplay {
  procedureId: string;
  documentId: string;
  v1: string;
  v2: string;
  /** The participants with their gemeente, in the generator's order. */
  participants: { participantId: string; gemeenteId: string }[];
  played: GeneratedHistory["played"];
}

export interface ScaleReport {
  gemeenten: number;
  regelingen: number;
  participants: number;
  tracks: number;
  besluiten: number;
  zienswijzePoints: number;
  meetings: number;
  states: Record<string, number>;
  refusals: number;
  /**
   * The changes of state the dataset stands for, as commands of the runner: every domain step, the
   * concept-zienswijze before each adopted one, every published version, and per regeling its
   * creation and the start of its procedure (docs/performance.md, "Generator through the runner").
   */
  commands: number;
  seconds: number;
  /** Only when `replayRegelingen` is given (the CLI's JSON report stays as it was). */
  replays?: ScaleReplay[];
  /** Begroting cycles (a procedure per regeling per jaar, `jaren`). */
  begrotingscycli: number;
  /** Only when `replayBegroting` is given. */
  begrotingReplays?: ScaleBegrotingReplay[];
}

const TOPICS = ["jeugd", "wmo", "zorg_en_veiligheid", "afval", "veiligheid", "gezondheid", "werk_en_inkomen"];
/** Gemeenten per command: one transaction of bulk rows, small enough for PGlite's memory. */
const GEMEENTEN_PER_COMMAND = 500;
const AUDIT_PER_APPEND = 2000;
const NOTA_DISPOSITION = {
  overgenomen: "OVERGENOMEN",
  deels_overgenomen: "DEELS_OVERGENOMEN",
  niet_overgenomen: "NIET_OVERGENOMEN",
} as const;

/** The audit event of the nota form's one-pass save (lib/services/nota.ts `answerNota`), every point answered. */
function notaAnsweredAudit(procedureId: string, points: { pointId: string }[], at: string): AuditInput {
  return {
    type: "nota_beantwoord",
    actorId: null,
    actorRole: "systeem",
    gemeenteId: null,
    subjectKind: "procedure",
    subjectId: procedureId,
    fromState: "0 beantwoord",
    toState: `${points.length} beantwoord`,
    payload: { procedureId, points },
    at: new Date(at),
  };
}
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/**
 * Fills a database with a national-scale synthetic dataset (demo data, marked isDemo): gemeenten,
 * regelingen with 2–30 participants, documents with versions and articles, GR procedures played
 * through the real domain state machine to a spread of states, besluiten, zienswijze points and
 * meeting calendars. Deterministic: the same seed gives the same data (ids included).
 */
export async function generateScale(db: Db, opts: ScaleOptions = {}): Promise<ScaleReport> {
  const t0 = Date.now();
  const seed = opts.seed ?? 2027;
  const nGemeenten = opts.gemeenten ?? 342;
  const nRegelingen = opts.regelingen ?? 1200;
  const rnd = createRandom(seed);
  const log = opts.log ?? (() => {});
  let counter = 0;
  const id = (kind: string) => createHash("sha1").update(`${seed}:${kind}:${counter++}`).digest("hex").slice(0, 25);
  const insert = async <T>(label: string, rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await write(rows.slice(i, i + 2000));
    log(`${label}: ${rows.length}`);
  };

  // Gemeenten with raad and college, through the runner (one command per batch, as the system
  // actor); then their meeting calendars.
  const gemeenten: { id: string; slug: string; naam: string }[] = [];
  const bodies: { id: string; kind: "RAAD" | "COLLEGE"; gemeenteId: string }[] = [];
  const wanted = Array.from({ length: nGemeenten }, (_, i) => ({
    slug: `schaalgemeente-${String(i + 1).padStart(3, "0")}`,
    naam: `Schaalgemeente ${String(i + 1).padStart(3, "0")}`,
  }));
  for (let i = 0; i < wanted.length; i += GEMEENTEN_PER_COMMAND) {
    const res = await runCommand(db, SYSTEM_BEHEER, createScaleGemeenten, {
      gemeenten: wanted.slice(i, i + GEMEENTEN_PER_COMMAND),
    });
    if (!res.ok) throw new Error(`generate-scale: gemeenten geweigerd: ${res.message}`);
    gemeenten.push(...res.gemeenten);
    for (const b of res.bodies)
      if (b.gemeenteId && (b.kind === "RAAD" || b.kind === "COLLEGE"))
        bodies.push({ id: b.id, kind: b.kind, gemeenteId: b.gemeenteId });
  }
  // The commands return rows in insertion order; sort so the rest does not depend on it.
  gemeenten.sort((a, b) => a.slug.localeCompare(b.slug));
  const slugOf = new Map(gemeenten.map((g) => [g.id, g.slug]));
  bodies.sort((a, b) => `${slugOf.get(a.gemeenteId)}:${a.kind}`.localeCompare(`${slugOf.get(b.gemeenteId)}:${b.kind}`));
  log(`gemeenten: ${gemeenten.length} (organen: ${bodies.length})`);
  const meetings: Prisma.MeetingCreateManyInput[] = bodies.flatMap((b): Prisma.MeetingCreateManyInput[] =>
    b.kind === "RAAD"
      ? Array.from({ length: 11 }, (_, m) => m).flatMap((m) => {
          const raad = addDays(`2026-${String(m + 1).padStart(2, "0")}-01`, rnd.int(8, 24));
          return [
            {
              id: id("meeting"),
              bodyId: b.id,
              kind: "COMMISSIE" as const,
              date: new Date(`${addDays(raad, -14)}T00:00:00Z`),
              isDemo: true,
            },
            {
              id: id("meeting"),
              bodyId: b.id,
              kind: "RAAD" as const,
              date: new Date(`${raad}T00:00:00Z`),
              isDemo: true,
            },
          ];
        })
      : Array.from({ length: 48 }, (_, w) => ({
          id: id("meeting"),
          bodyId: b.id,
          kind: "COLLEGE" as const,
          date: new Date(`${addDays("2026-01-06", w * 7)}T00:00:00Z`),
          isDemo: true,
        })),
  );
  await insert("vergaderingen", meetings, (c) => db.meeting.createMany({ data: c, skipDuplicates: true }));
  const raadOf = new Map(bodies.filter((b) => b.kind === "RAAD").map((b) => [b.gemeenteId, b.id]));
  const collegeOf = new Map(bodies.filter((b) => b.kind === "COLLEGE").map((b) => [b.gemeenteId, b.id]));

  const regelingen: Prisma.RegelingCreateManyInput[] = [];
  const participants: Prisma.ParticipantCreateManyInput[] = [];
  const documents: Prisma.DocumentCreateManyInput[] = [];
  const versions: Prisma.DocumentVersionCreateManyInput[] = [];
  const articles: Prisma.ArticleCreateManyInput[] = [];
  const procedures: Prisma.ProcedureCreateManyInput[] = [];
  const tracks: Prisma.TrackCreateManyInput[] = [];
  const besluiten: Prisma.BesluitCreateManyInput[] = [];
  const zienswijzen: Prisma.ZienswijzeCreateManyInput[] = [];
  const points: Prisma.ZienswijzePointCreateManyInput[] = [];
  const audit: AuditInput[] = [];
  const states: Record<string, number> = {};
  let refusals = 0;
  let commands = 0;
  const replays: ScaleReplay[] = [];
  // The begroting cycles: their own random stream and id namespace (see `jaren`).
  const jaren = opts.jaren ?? [];
  const cycleRnd = createRandom(seed ^ 0x5eed2027);
  let cycleCounter = 0;
  const cycleId = (kind: string) =>
    createHash("sha1").update(`${seed}:begroting:${kind}:${cycleCounter++}`).digest("hex").slice(0, 25);
  const cycleDocuments: Prisma.DocumentCreateManyInput[] = [];
  const cycleVersions: Prisma.DocumentVersionCreateManyInput[] = [];
  const cycleProcedures: Prisma.ProcedureCreateManyInput[] = [];
  const cycleZienswijzen: Prisma.ZienswijzeCreateManyInput[] = [];
  const cyclePoints: Prisma.ZienswijzePointCreateManyInput[] = [];
  const begrotingReplays: ScaleBegrotingReplay[] = [];

  for (let i = 0; i < nRegelingen; i++) {
    const regelingId = id("regeling");
    const topics = rnd.sample(TOPICS, rnd.int(1, 3));
    const members = rnd.sample(gemeenten, rnd.int(2, 30));
    regelingen.push({
      id: regelingId,
      slug: `schaalregeling-${String(i + 1).padStart(4, "0")}`,
      naam: `Schaalregeling ${i + 1}`,
      vorm: rnd.pick(["OPENBAAR_LICHAAM", "BEDRIJFSVOERINGSORGANISATIE", "CENTRUMGEMEENTE"] as const),
      partijen: "COLLEGES",
      topics,
      isDemo: true,
      targetSignBy: new Date("2026-12-31T00:00:00Z"),
      targetInForce: new Date("2027-01-01T00:00:00Z"),
    });
    const domainParticipants: Participant[] = members.map((g) => ({
      id: id("participant"),
      name: g.naam,
      scope: "full",
      scopeTopics: [],
    }));
    domainParticipants.forEach((p, k) => {
      participants.push({ id: p.id, regelingId, gemeenteId: members[k].id, scope: "FULL", scopeTopics: [] });
    });
    const gemeenteOfParticipant = new Map(domainParticipants.map((p, k) => [p.id, members[k].id]));

    const documentId = id("document");
    documents.push({
      id: documentId,
      regelingId,
      slug: "regeling",
      kind: "REGELING",
      titel: `Tekst Schaalregeling ${i + 1}`,
      topics,
      partOfRegeling: true,
    });
    const v1 = id("version");
    const v2 = id("version");
    const procedureId = id("procedure");
    const depth = rnd.pick([0, 2, 3, 4, 4, 5, 6, 8, 9, 9, 10, 10, 11, 12, 12, 12]);
    const history = generateHistory(rnd, {
      id: procedureId,
      title: `Treffen Schaalregeling ${i + 1}`,
      topics,
      participants: domainParticipants,
      v1,
      v2,
      base: addDays("2026-01-05", rnd.int(0, 60)),
      depth,
    });
    refusals += history.refusals;
    commands += history.steps + (history.usedV2 ? 2 : 1) + 2;
    for (const [vid, number] of [
      [v1, 1],
      [v2, 2],
    ] as const) {
      if (number === 2 && !history.usedV2) continue;
      const arts = Array.from({ length: 8 }, (_, a) => ({
        key: `art-${a + 1}`,
        nummer: String(a + 1),
        titel: `Artikel ${a + 1}`,
        tekst: `Tekst van artikel ${a + 1}, versie ${number} (gegenereerd).`,
      }));
      versions.push({
        id: vid,
        documentId,
        number,
        label: number === 1 ? "Concept" : "Definitief",
        status: number === 1 ? "CONCEPT" : "DEFINITIEF",
        contentHash: versionHash(arts),
      });
      arts.forEach((a, position) => {
        articles.push({ id: id("article"), versionId: vid, ...a, position, contentHash: articleHash(a) });
      });
    }
    const replayed = opts.replayRegelingen?.includes(i) ?? false;
    if (replayed)
      replays.push({
        procedureId,
        documentId,
        v1,
        v2,
        participants: domainParticipants.map((p, k) => ({ participantId: p.id, gemeenteId: members[k].id })),
        played: history.played,
      });
    // A replayed procedure starts where the procedure's start command leaves it; its versions count from 0.
    const written = replayed
      ? createGrProcedure({
          id: procedureId,
          kind: "gr_treffen",
          title: history.state.title,
          topics,
          participants: domainParticipants,
        })
      : history.state;
    const counted = replayed ? { regional: 0, raad: {}, college: {} } : history.versions;
    const { raadTracks, collegeTracks, ...stored } = written;
    const derived = deriveRegelingState(written);
    states[derived] = (states[derived] ?? 0) + 1;
    procedures.push({
      id: procedureId,
      regelingId,
      documentId,
      kind: "GR_TREFFEN",
      titel: written.title,
      derivedState: derived,
      regional: json(stored),
      version: counted.regional,
    });
    for (const p of domainParticipants) {
      for (const [kind, track, version] of [
        ["RAAD", raadTracks[p.id], counted.raad[p.id]],
        ["COLLEGE", collegeTracks[p.id], counted.college[p.id]],
      ] as const) {
        tracks.push({
          id: id("track"),
          procedureId,
          participantId: p.id,
          kind,
          status: track.status,
          data: json(track),
          version: version ?? 0,
        });
      }
    }
    const toBesluit = (dec: GeneratedDecision): Prisma.BesluitCreateManyInput => {
      const gemeenteId = dec.participantId
        ? guaranteed(gemeenteOfParticipant.get(dec.participantId), "gemeenteOfParticipant.get(…)")
        : members[0].id;
      return {
        id: id("besluit"),
        procedureId,
        participantId: dec.participantId,
        bodyId:
          dec.body === "COLLEGE"
            ? guaranteed(collegeOf.get(gemeenteId), "collegeOf.get(…)")
            : guaranteed(raadOf.get(gemeenteId), "raadOf.get(…)"),
        documentVersionId: dec.versionId,
        type: dec.type,
        uitkomst: dec.uitkomst,
        besluitdatum: new Date(`${dec.date}T00:00:00Z`),
        besluitnummer: dec.besluitnummer ?? null,
        stemmenVoor: dec.votes?.for ?? null,
        stemmenTegen: dec.votes?.against ?? null,
        isDemo: true,
      };
    };
    // Earlier, unrelated raad decisions (e.g. taking note of the annual accounts), so lists and
    // timelines carry a realistic history.
    for (const p of domainParticipants) {
      for (const year of [2024, 2025]) {
        besluiten.push({
          id: id("besluit"),
          procedureId,
          participantId: p.id,
          bodyId: guaranteed(
            raadOf.get(guaranteed(gemeenteOfParticipant.get(p.id), "gemeenteOfParticipant.get(…)")),
            "raadOf.get(…)",
          ),
          documentVersionId: v1,
          type: "KENNISNAME",
          uitkomst: "KENNISGENOMEN",
          besluitdatum: new Date(`${year}-07-0${rnd.int(1, 9)}T00:00:00Z`),
          isDemo: true,
        });
      }
    }
    const gemeenteOf = Object.fromEntries(gemeenteOfParticipant);
    const answered: { pointId: string; antwoord: string; disposition: string; changedArticleId: null }[] = [];
    // A replayed procedure's rows are made (so the ids of the regelingen after it stay the same) but not written.
    const keep = <T>(rows: T[]) => (replayed ? [] : rows);
    for (const dec of history.decisions) {
      const b = toBesluit(dec);
      keep(besluiten).push(b);
      if (dec.type === "ZIENSWIJZE" && dec.participantId) {
        commands++;
        const zid = id("zienswijze");
        keep(zienswijzen).push({
          id: zid,
          procedureId,
          participantId: dec.participantId,
          documentVersionId: v1,
          // As the griffie's adoption leaves it: the concept (version 0) adopted once, not yet sent (ingediendOp).
          status: "VASTGESTELD",
          version: 1,
          besluitId: b.id,
        });
        for (const pt of history.points.filter((x) => x.participantId === dec.participantId)) {
          const pointId = id("point");
          // The nota's answers stand on the points, as the secretariat's nota form (`answerNota`) saves them.
          const disposition = pt.disposition ? NOTA_DISPOSITION[pt.disposition] : null;
          keep(points).push({
            id: pointId,
            zienswijzeId: zid,
            nummer: pt.number,
            onderwerp: pt.subject,
            tekst: pt.text,
            antwoord: pt.answer ?? null,
            disposition,
          });
          if (pt.answer && disposition)
            answered.push({ pointId, antwoord: pt.answer, disposition, changedArticleId: null });
        }
      }
    }
    if (!replayed)
      for (const e of history.events) {
        // The nota form saves the answers (one audit event) before the secretariat records the step.
        if (e.type === "nota_van_beantwoording_vastgesteld" && answered.length > 0)
          audit.push(notaAnsweredAudit(procedureId, answered, e.at));
        audit.push(domainAuditInput(e, gemeenteOf));
      }
    // The yearly begroting cycles of this regeling, as the secretariat and the griffies' commands leave them.
    const naam = `Schaalregeling ${i + 1}`;
    const replayCycles = opts.replayBegroting?.includes(i) ?? false;
    for (const jaar of jaren) {
      const cycle = playCycle({
        procedureId: cycleId("procedure"),
        year: jaar,
        titel: `Begroting ${jaar} – ${naam}`,
        participants: domainParticipants,
        gemeenteOf: gemeenteOfParticipant,
        ontwerpVersionId: cycleId("version"),
        commands: planCycle(cycleRnd, jaar, domainParticipants),
      });
      const documentId = cycleId("document");
      const zienswijzeIds = cycle.zienswijzen.map(() => cycleId("zienswijze"));
      const pointIds = cycle.zienswijzen.map((z) => z.points.map(() => cycleId("point")));
      commands += 1 + cycle.commands.length;
      if (replayCycles) {
        begrotingReplays.push({
          regelingId,
          jaar,
          participants: domainParticipants.map((p, k) => ({ participantId: p.id, gemeenteId: members[k].id })),
          commands: cycle.commands,
        });
        continue;
      }
      const { state } = cycle;
      cycleDocuments.push({
        id: documentId,
        regelingId,
        slug: `begroting-${jaar}`,
        kind: "BEGROTING",
        titel: `Begroting ${jaar} – ${naam}`,
        periode: `${jaar}`,
      });
      const ontwerpVersionId = state.documentVersionId;
      if (ontwerpVersionId)
        cycleVersions.push({
          id: ontwerpVersionId,
          documentId,
          number: 1,
          label: `Ontwerpbegroting ${jaar}`,
          status: "DEFINITIEF",
          contentHash: versionHash([]),
          toelichting: null,
        });
      cycleProcedures.push({
        id: state.id,
        regelingId,
        documentId,
        kind: "BEGROTING_ZIENSWIJZE",
        titel: `Begroting ${jaar} – ${naam}`,
        jaar,
        derivedState: state.status,
        regional: json(state),
        version: cycle.version,
        ...(cycle.planning ? { planning: json(cycle.planning) } : {}),
      });
      cycle.zienswijzen.forEach((z, k) => {
        cycleZienswijzen.push({
          id: zienswijzeIds[k],
          procedureId: state.id,
          participantId: z.participantId,
          documentVersionId: guaranteed(ontwerpVersionId, "de ontwerpbegroting"),
          status: "INGEDIEND",
          ingediendOp: new Date(`${z.date}T00:00:00Z`),
        });
        z.points.forEach((pt, n) => {
          cyclePoints.push({
            id: pointIds[k][n],
            zienswijzeId: zienswijzeIds[k],
            nummer: n + 1,
            onderwerp: pt.onderwerp,
            verwijzing: pt.verwijzing || null,
            tekst: pt.tekst,
          });
        });
      });
      audit.push(...cycle.audit);
    }
  }
  await insert("regelingen", regelingen, (c) => db.regeling.createMany({ data: c }));
  await insert("deelnemers", participants, (c) => db.participant.createMany({ data: c }));
  await insert("documenten", documents, (c) => db.document.createMany({ data: c }));
  await insert("versies", versions, (c) => db.documentVersion.createMany({ data: c }));
  await insert("artikelen", articles, (c) => db.article.createMany({ data: c }));
  await insert("procedures", procedures, (c) => db.procedure.createMany({ data: c }));
  await insert("sporen", tracks, (c) => db.track.createMany({ data: c }));
  await insert("besluiten", besluiten, (c) => db.besluit.createMany({ data: c }));
  await insert("zienswijzen", zienswijzen, (c) => db.zienswijze.createMany({ data: c }));
  await insert("zienswijzepunten", points, (c) => db.zienswijzePoint.createMany({ data: c }));
  await insert("begrotingsdocumenten", cycleDocuments, (c) => db.document.createMany({ data: c }));
  await insert("ontwerpbegrotingen", cycleVersions, (c) => db.documentVersion.createMany({ data: c }));
  await insert("begrotingscycli", cycleProcedures, (c) => db.procedure.createMany({ data: c }));
  await insert("begrotingszienswijzen", cycleZienswijzen, (c) => db.zienswijze.createMany({ data: c }));
  await insert("begrotingszienswijzepunten", cyclePoints, (c) => db.zienswijzePoint.createMany({ data: c }));
  // The history's audit trail, as the runner appends it per step (one chained append per chunk).
  for (let i = 0; i < audit.length; i += AUDIT_PER_APPEND) {
    await db.$transaction(async (tx) => appendAudit(tx, audit.slice(i, i + AUDIT_PER_APPEND)));
  }
  log(`auditgebeurtenissen: ${audit.length}`);
  const account = await runCommand(db, SYSTEM_BEHEER, createDemoAccounts, { set: "schaal" });
  if (!account.ok) throw new Error(`generate-scale: account geweigerd: ${account.message}`);
  return {
    gemeenten: gemeenten.length,
    regelingen: regelingen.length,
    participants: participants.length,
    tracks: tracks.length,
    besluiten: besluiten.length,
    zienswijzePoints: points.length,
    meetings: meetings.length,
    states,
    refusals,
    commands,
    seconds: (Date.now() - t0) / 1000,
    ...(opts.replayRegelingen ? { replays } : {}),
    begrotingscycli: cycleProcedures.length,
    ...(opts.replayBegroting ? { begrotingReplays } : {}),
  };
}
