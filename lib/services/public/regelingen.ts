import { regionalFacts } from "@/lib/presentation/regional-facts";
import { milestonesWithFacts } from "@/lib/presentation/milestones";
import type { RegionalTrackState } from "@/lib/domain";
import { procedureRecords, replacedOf } from "@/lib/services/secretariaat/records-timeline";
import { registerOverviewOf, registerRows } from "@/lib/services/secretariaat/registers";
import { grStateOf } from "@/lib/services/gr-procedure-store";
import { domainParticipantOf } from "@/lib/services/procedure-setup";
import { todayInNetherlands } from "@/lib/domain";
import type { Db } from "@/lib/db/client";
import {
  PUBLIC_DEADLINE_SELECT,
  PUBLIC_MEETING_SELECT,
  PUBLIC_TRACK_SELECT,
  PUBLIC_ZIENSWIJZE_STATUSES,
  byDate,
  dayStart,
  deadlineItem,
  inForceItem,
  meetingItem,
  milestoneItem,
  trackDeadlineItems,
  type CalendarItem,
} from "./common";
import { explainRegeling, type Explanation } from "./explain";
import { isBoundedRegeling, SUMMARY_ROWS } from "@/lib/presentation/regeling-summary";

/** All regelingen, newest procedures first: one query. */
export async function listPublicRegelingen(db: Db) {
  return db.regeling.findMany({
    orderBy: [{ inWerkingOp: "desc" }, { createdAt: "asc" }, { naam: "asc" }],
    include: {
      regio: { select: { naam: true } },
      _count: { select: { participants: true, documents: true } },
      procedures: { select: { kind: true, derivedState: true }, orderBy: { createdAt: "asc" } },
    },
  });
}

/** Public zienswijzen (never CONCEPT) with their points and answers; `where` narrows by regeling/gemeente. */
export function publicZienswijzeWhere(where: { regelingId?: string; gemeenteId?: string }) {
  return {
    status: { in: [...PUBLIC_ZIENSWIJZE_STATUSES] },
    ...(where.regelingId ? { procedure: { regelingId: where.regelingId } } : {}),
    ...(where.gemeenteId ? { participant: { gemeenteId: where.gemeenteId } } : {}),
  };
}

/** A page of a public list; `newestFirst` reverses the order (for "the most recent n"). */
export interface Window {
  skip?: number;
  take?: number;
  newestFirst?: boolean;
}

function orderOf<T extends Record<string, "asc" | "desc">>(order: T[], newestFirst = false): T[] {
  return newestFirst ? order.map((o) => Object.fromEntries(Object.entries(o).map(([k]) => [k, "desc"])) as T) : order;
}

export function publicZienswijzeQuery(db: Db, where: { regelingId?: string; gemeenteId?: string }, page: Window = {}) {
  return db.zienswijze.findMany({
    where: publicZienswijzeWhere(where),
    orderBy: orderOf([{ ingediendOp: "asc" }, { createdAt: "asc" }, { id: "asc" }], page.newestFirst),
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      status: true,
      ingediendOp: true,
      createdAt: true,
      procedure: { select: { titel: true, regeling: { select: { slug: true, naam: true } } } },
      participant: { select: { gemeente: { select: { naam: true, slug: true } } } },
      documentVersion: {
        select: { id: true, label: true, number: true, document: { select: { id: true, titel: true } } },
      },
      besluit: { select: { besluitdatum: true, besluitnummer: true } },
      points: {
        orderBy: { nummer: "asc" },
        select: {
          nummer: true,
          onderwerp: true,
          tekst: true,
          antwoord: true,
          disposition: true,
          article: { select: { nummer: true, titel: true } },
          changedArticle: { select: { nummer: true, titel: true } },
        },
      },
    },
  });
}
export type PublicZienswijze = Awaited<ReturnType<typeof publicZienswijzeQuery>>[number];

/** Besluiten with votes and moties; a corrected besluit is shown with its correction. */
export function publicBesluitWhere(where: { regelingId?: string; gemeenteId?: string }) {
  return {
    ...(where.regelingId ? { procedure: { regelingId: where.regelingId } } : {}),
    ...(where.gemeenteId ? { participant: { gemeenteId: where.gemeenteId } } : {}),
  };
}

export function publicBesluitQuery(db: Db, where: { regelingId?: string; gemeenteId?: string }, page: Window = {}) {
  return db.besluit.findMany({
    where: publicBesluitWhere(where),
    orderBy: orderOf([{ besluitdatum: "asc" }, { createdAt: "asc" }, { id: "asc" }], page.newestFirst),
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      type: true,
      uitkomst: true,
      besluitdatum: true,
      besluitnummer: true,
      zittingHebbendeLeden: true,
      aanwezig: true,
      stemmenVoor: true,
      stemmenTegen: true,
      weigeringsgrond: true,
      motivering: true,
      verwachteDatum: true,
      publicatieDatum: true,
      publicatieVindplaats: true,
      corrigeertId: true,
      body: { select: { naam: true } },
      procedure: { select: { titel: true, regeling: { select: { slug: true, naam: true } } } },
      participant: { select: { gemeente: { select: { naam: true, slug: true } } } },
      documentVersion: { select: { id: true, label: true, document: { select: { id: true, titel: true } } } },
      moties: {
        orderBy: { titel: "asc" },
        select: {
          id: true,
          soort: true,
          titel: true,
          indiener: true,
          uitkomst: true,
          stemmenVoor: true,
          stemmenTegen: true,
          tekst: true,
        },
      },
    },
  });
}
export type PublicBesluit = Awaited<ReturnType<typeof publicBesluitQuery>>[number];

export interface RegelingWindow {
  /**
   * The page's default view: a regeling with more than SUMMARY_PARTICIPANTS participants is read bounded
   * (lib/presentation/regeling-summary.ts): only coming deadlines and the first SUMMARY_ROWS of them, the
   * SUMMARY_ROWS newest zienswijzen and besluiten, no meetings (the page never shows them). A regeling with few
   * participants is read completely, as without this option.
   */
  summary?: boolean;
}

/**
 * Read model of the public regeling page. Seven queries, independent of the number of
 * participants, documents or decisions (no N+1); the recorded facts (records) are built from what they
 * read, with the register rows as the seventh. The bounded read skips the meetings.
 */
export async function loadPublicRegeling(
  db: Db,
  slug: string,
  today = todayInNetherlands(),
  window: RegelingWindow = {},
) {
  const core = await loadPublicRegelingCore(db, slug, today, window, true);
  return core ? withRecords(core, core.registerEntries) : null;
}

/** What the records need of the register: its rows (registerRows). */
export type RegisterEntryRows = Awaited<ReturnType<typeof registerRows>>;

/**
 * The page's data without its records (R15 register entries move only the page's own version row, "register:<id>";
 * lib/read-models/regeling-page.ts keeps this core per regeling data version and reads the register apart), plus
 * the GR procedure's state the records are built from. Internal: `grState` holds the secretariat's notes, so only
 * withRecords' result, which leaves it out, is ever shown. `withRegister` reads the register rows in the same round
 * (loadPublicRegeling); without it `registerEntries` is empty.
 */
export async function loadPublicRegelingCore(
  db: Db,
  slug: string,
  today: string,
  window: RegelingWindow,
  withRegister: boolean,
) {
  const regeling = await db.regeling.findUnique({
    where: { slug },
    include: {
      regio: { select: { naam: true } },
      vervangt: { select: { naam: true, slug: true, citeertitel: true, beeindigdOp: true } },
      vervangenDoor: { select: { naam: true, slug: true } },
      participants: {
        include: { gemeente: { select: { id: true, naam: true, slug: true } } },
        orderBy: { gemeente: { naam: "asc" } },
      },
      milestones: { orderBy: [{ date: "asc" }, { position: "asc" }] },
      documents: {
        orderBy: { createdAt: "asc" },
        include: {
          versions: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, label: true, status: true, publishedAt: true },
          },
        },
      },
    },
  });
  if (!regeling) return null;
  const bounded = isBoundedRegeling(regeling.participants.length, window.summary !== true);
  // Bounded: one more than shown, to know whether the list was cut.
  const decisions = bounded ? { take: SUMMARY_ROWS + 1, newestFirst: true } : {};
  const gemeenteIds = regeling.participants.map((p) => p.gemeenteId);
  const [withRegional, deadlines, zienswijzen, besluiten, meetings, registerEntries] = await Promise.all([
    db.procedure.findMany({
      where: { regelingId: regeling.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        titel: true,
        derivedState: true,
        updatedAt: true,
        // Read for the regio's public facts only (regionalFacts); never returned as such (it holds internal notes).
        regional: true,
        document: { select: { id: true, titel: true } },
        tracks: {
          select: {
            ...PUBLIC_TRACK_SELECT,
            participant: { select: { gemeente: { select: { naam: true, slug: true } } } },
          },
        },
      },
    }),
    db.deadline.findMany({
      where: {
        procedure: { regelingId: regeling.id },
        ...(bounded ? { dueOn: { gte: dayStart(today) } } : {}),
      },
      orderBy: { dueOn: "asc" },
      // The first coming ones are enough for the summary's first SUMMARY_ROWS coming dates.
      take: bounded ? SUMMARY_ROWS + 1 : undefined,
      select: {
        ...PUBLIC_DEADLINE_SELECT,
        track: { select: { participant: { select: { gemeente: { select: { slug: true } } } } } },
      },
    }),
    publicZienswijzeQuery(db, { regelingId: regeling.id }, decisions),
    publicBesluitQuery(db, { regelingId: regeling.id }, decisions),
    // The page never lists meetings (its coming dates leave them out); the API and the complete read do.
    bounded
      ? Promise.resolve([])
      : db.meeting.findMany({
          where: {
            date: { gte: dayStart(today) },
            // A meeting the raad's own calendar cancelled is no longer coming (the ICS feed marks it CANCELLED).
            cancelledAt: null,
            body: {
              OR: [{ gemeenteId: { in: gemeenteIds } }, ...(regeling.regioId ? [{ regioId: regeling.regioId }] : [])],
            },
          },
          orderBy: { date: "asc" },
          take: 200,
          select: {
            ...PUBLIC_MEETING_SELECT,
            body: { select: { naam: true, gemeente: { select: { slug: true } } } },
          },
        }),
    // R15, for the records: with the procedure and participants read above, the records need no reads of
    // their own (they were four more statements, one of them all tracks again: loadProcedureRecords).
    withRegister ? registerRows(db, regeling.id) : Promise.resolve([] as RegisterEntryRows),
  ]);

  const procedures = withRegional.map(({ regional: _internal, ...p }) => p);
  // Seeded planning whose step is now registered shows as the fact with its legal date (issue 16 point 2).
  const milestones = milestonesWithFacts(
    regeling.milestones,
    withRegional.filter((p) => p.kind.startsWith("GR_")).map((p) => p.regional),
  );
  const grRow = withRegional.find((p) => p.kind.startsWith("GR_"));
  const grRegional = grRow?.regional;
  const versionLabels = new Map(regeling.documents.flatMap((d) => d.versions.map((v) => [v.id, v.label] as const)));
  // The column holds the whole GR procedure state; its regional track is under `regional`.
  const regionalFactList = regionalFacts(
    (grRegional as { regional?: Partial<RegionalTrackState> } | null)?.regional,
    (id) => regeling.participants.find((p) => p.id === id)?.gemeente.naam ?? "een gemeente",
    (id) => versionLabels.get(id),
  );
  const tracks = procedures.flatMap((p) => p.tracks.map((t) => ({ ...t, procedureId: p.id, procedureKind: p.kind })));
  const calendar: CalendarItem[] = [
    ...deadlines.map((d) => ({ ...deadlineItem(d), gemeenteSlug: d.track?.participant.gemeente.slug })),
    ...trackDeadlineItems(tracks),
    ...meetings.map((m) => ({ ...meetingItem(m), gemeenteSlug: m.body.gemeente?.slug })),
    ...milestones.filter((m) => m.precision === "DAY").map((m) => milestoneItem(m, regeling.createdAt)),
    ...withRegional.flatMap((p) => {
      // The column holds the whole GR procedure state; its regional track is under `regional`.
      const effectiveOn = (p.regional as { regional?: Partial<RegionalTrackState> } | null)?.regional?.inwerkingtreding
        ?.effectiveOn;
      return p.kind.startsWith("GR_") && effectiveOn
        ? [inForceItem({ procedureId: p.id, naam: regeling.naam, effectiveOn, stamp: p.updatedAt })]
        : [];
    }),
  ].sort(byDate);
  const gr = procedures.find((p) => p.kind.startsWith("GR_")) ?? null;
  const explanation: Explanation | null = gr
    ? explainRegeling({
        derivedState: gr.derivedState,
        targetInForce: regeling.targetInForce,
        targetSignBy: regeling.targetSignBy,
        today,
        participants: regeling.participants.map((p) => ({
          naam: p.gemeente.naam,
          scope: p.scope,
          raad: gr.tracks.find((t) => t.participantId === p.id && t.kind === "RAAD") ?? null,
          college: gr.tracks.find((t) => t.participantId === p.id && t.kind === "COLLEGE") ?? null,
        })),
      })
    : null;
  // The source of the records (withRecords): internal, never shown as such.
  const grState = grRow ? grStateOf(grRow) : null;
  const upcoming = calendar.filter((c) => c.date >= today && c.kind !== "vergadering");
  return {
    regeling: { ...regeling, milestones },
    procedures,
    gr,
    grState,
    registerEntries,
    regionalFacts: regionalFactList,
    tracks,
    deadlines,
    // Bounded: the newest SUMMARY_ROWS, back in date order.
    zienswijzen: bounded ? zienswijzen.slice(0, SUMMARY_ROWS).reverse() : zienswijzen,
    besluiten: bounded ? besluiten.slice(0, SUMMARY_ROWS).reverse() : besluiten,
    meetings,
    today,
    explanation,
    calendar,
    upcoming: bounded ? upcoming.slice(0, SUMMARY_ROWS) : upcoming,
    /** Whether this is the bounded summary read (RegelingWindow.summary and many participants). */
    bounded,
    /** Bounded: which lists were cut (the page says so and links to the complete page). */
    truncated: {
      zienswijzen: bounded && zienswijzen.length > SUMMARY_ROWS,
      besluiten: bounded && besluiten.length > SUMMARY_ROWS,
      upcoming: bounded && upcoming.length > SUMMARY_ROWS,
    },
  };
}
export type PublicRegelingCore = NonNullable<Awaited<ReturnType<typeof loadPublicRegelingCore>>>;

/**
 * The page's data from its core and the register rows: the recorded facts (issue 20 points 9 and 12: sending,
 * publication, registers…), without the raadsledenoverleg's notes (the secretariat's own) and without the GR
 * state itself.
 */
export function withRecords(core: PublicRegelingCore, registerEntries: RegisterEntryRows) {
  const { grState, registerEntries: _read, ...shown } = core;
  const current = core.regeling.participants.filter((p) => p.leftOn === null);
  const records = (
    grState
      ? procedureRecords(grState, {
          registers: registerOverviewOf(current.map(domainParticipantOf), registerEntries).recorded,
          replaced: replacedOf(core.regeling.vervangt),
        })
      : []
  ).map(({ notes: _internal, ...r }) => r);
  return { ...shown, records };
}
export type PublicRegeling = ReturnType<typeof withRecords>;
