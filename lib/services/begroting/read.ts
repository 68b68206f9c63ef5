import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  BEGROTING_LABELS,
  BEGROTING_RAAD_LABELS,
  begrotingDeadlines,
  earliestAanbieding,
  JAARREKENING_LABELS,
  jaarrekeningGsDeadline,
  jaarrekeningOf,
  voorlopigeJaarrekeningDeadline,
  type BegrotingState,
  type YearDeadline,
  WIJZIGING_LABELS,
  WIJZIGING_RAAD_LABELS,
} from "@/lib/domain";
import { wijzigingenOf, type StoredWijziging } from "./wijziging-state";

type Reader = Db | Prisma.TransactionClient;

export interface BegrotingRaadView {
  participantId: string;
  gemeenteId: string;
  gemeenteSlug: string;
  naam: string;
  status: string;
  statusLabel: string;
  /** Last day of the raad's zienswijze window (the day before the aanbieding, Wgr art. 35 lid 3). */
  termijnEinde: string | null;
  zienswijze: {
    besluitdatum: string;
    points: { nummer: number; onderwerp: string; verwijzing: string | null; tekst: string }[];
  } | null;
  antwoord: { datum: string; motivering: string } | null;
}

export interface BegrotingCycleView {
  id: string;
  titel: string;
  jaar: number;
  version: number;
  status: string;
  statusLabel: string;
  regeling: { id: string; naam: string; slug: string };
  kadersSentOn: string | null;
  sentOn: string | null;
  aanbiedingOn: string | null;
  vastgesteldOn: string | null;
  gsSentOn: string | null;
  warnings: string[];
  deadlines: YearDeadline[];
  raden: BegrotingRaadView[];
  jaarrekening: JaarrekeningView;
  /** The categories of wijziging the regeling exempts from the zienswijze procedure (art. 35 lid 5). */
  wijzigingVrijstelling: string[];
  /** The begrotingswijzigingen of this year (Wgr art. 35 lid 5), by number. */
  wijzigingen: WijzigingView[];
}

/** A raad on a begrotingswijziging: the same shape as on the ontwerpbegroting (art. 35 lid 5). */
export type WijzigingRaadView = BegrotingRaadView;

export interface WijzigingView {
  nummer: number;
  titel: string;
  categorie: string | null;
  /** The regeling exempts its category: adopted without the zienswijze procedure (art. 35 lid 5). */
  vrijgesteld: boolean;
  status: string;
  statusLabel: string;
  sentOn: string | null;
  aanbiedingOn: string | null;
  vastgesteldOn: string | null;
  raden: WijzigingRaadView[];
}

/** The jaarrekening of the cycle's year (Wgr art. 34b, 34 lid 3), with its two fixed deadlines. */
export interface JaarrekeningView {
  status: string;
  statusLabel: string;
  voorlopigSentOn: string | null;
  vastgesteldOn: string | null;
  besluitnummer: string | null;
  gsSentOn: string | null;
  /** Latest day for the voorlopige jaarrekening to the raden (30 April of the next year). */
  voorlopigUiterlijk: string;
  /** Latest day to GS: two weeks after adoption, and before 15 July of the next year. */
  gsUiterlijk: string;
}

function jaarrekeningView(state: BegrotingState): JaarrekeningView {
  const jr = jaarrekeningOf(state);
  return {
    status: jr.status,
    statusLabel: JAARREKENING_LABELS[jr.status],
    voorlopigSentOn: jr.voorlopigSentOn ?? null,
    vastgesteldOn: jr.vaststelling?.decidedOn ?? null,
    besluitnummer: jr.vaststelling?.besluitnummer ?? null,
    gsSentOn: jr.gsSentOn ?? null,
    voorlopigUiterlijk: voorlopigeJaarrekeningDeadline(state.year),
    gsUiterlijk: jaarrekeningGsDeadline(state.year, jr.vaststelling?.decidedOn),
  };
}

function wijzigingView(
  w: StoredWijziging,
  gemeenteOf: ReadonlyMap<string, { gemeenteId: string; gemeente: { slug: string } }>,
): WijzigingView {
  return {
    nummer: w.nummer,
    titel: w.titel,
    categorie: w.categorie ?? null,
    vrijgesteld: w.vrijgesteld,
    status: w.status,
    statusLabel: WIJZIGING_LABELS[w.status],
    sentOn: w.sentOn ?? null,
    aanbiedingOn: w.aanbiedingOn ?? null,
    vastgesteldOn: w.vaststelling?.decidedOn ?? null,
    raden: w.participants
      .map((p) => {
        const raad = w.raden[p.id];
        return {
          participantId: p.id,
          gemeenteId: gemeenteOf.get(p.id)?.gemeenteId ?? "",
          gemeenteSlug: gemeenteOf.get(p.id)?.gemeente.slug ?? "",
          naam: p.name,
          status: raad.status,
          statusLabel: WIJZIGING_RAAD_LABELS[raad.status],
          termijnEinde: raad.deadline?.end ?? null,
          zienswijze: raad.zienswijze
            ? {
                besluitdatum: raad.zienswijze.decidedOn,
                points: (w.punten?.[p.id] ?? []).map((pt, i) => ({
                  nummer: i + 1,
                  onderwerp: pt.onderwerp,
                  verwijzing: pt.verwijzing || null,
                  tekst: pt.tekst,
                })),
              }
            : null,
          antwoord: raad.answer ? { datum: raad.answer.answeredOn, motivering: raad.answer.motivation } : null,
        };
      })
      .sort((a, b) => a.naam.localeCompare(b.naam, "nl")),
  };
}

/** The procedure row a cycle view is built from (one `findUnique`/`findMany` with these includes). */
export const CYCLE_INCLUDE = {
  regeling: { select: { id: true, naam: true, slug: true, wijzigingVrijstelling: true } },
  zienswijzen: { include: { points: { orderBy: { nummer: "asc" } } } },
} as const satisfies Prisma.ProcedureInclude;
export type CycleRow = Prisma.ProcedureGetPayload<{ include: typeof CYCLE_INCLUDE }>;
/** A participant's gemeente, by participant id. */
export type GemeenteOf = ReadonlyMap<string, { gemeenteId: string; gemeente: { slug: string } }>;
type ParticipantGemeente = { id: string; gemeenteId: string; gemeente: { slug: string } };

/** One begroting cycle as the secretariat, the griffie and the public page show it. */
export async function loadBegrotingCycle(db: Reader, procedureId: string): Promise<BegrotingCycleView | null> {
  const row = await db.procedure.findUnique({ where: { id: procedureId }, include: CYCLE_INCLUDE });
  if (row?.kind !== "BEGROTING_ZIENSWIJZE") return null;
  const [view] = await cycleViews(db, [row]);
  return view;
}

/**
 * The views of several cycles with one more statement (their raden's gemeenten), whatever the number of cycles:
 * a regeling's list of years stays two statements however many years it has (the scale dataset has three).
 */
async function cycleViews(db: Reader, rows: CycleRow[]): Promise<BegrotingCycleView[]> {
  const states = rows.map((r) => r.regional as unknown as BegrotingState);
  const ids = [...new Set(states.flatMap((s) => s.participants.map((p) => p.id)))];
  const gemeenten: ParticipantGemeente[] = ids.length
    ? await db.participant.findMany({
        where: { id: { in: ids } },
        select: { id: true, gemeenteId: true, gemeente: { select: { slug: true } } },
      })
    : [];
  const gemeenteOf = new Map(gemeenten.map((g) => [g.id, g]));
  return rows.map((row) => cycleView(row, gemeenteOf));
}

/** The view of a loaded cycle row (pure: several cycles share one participant query on the public pages). */
export function cycleView(row: CycleRow, gemeenteOf: GemeenteOf): BegrotingCycleView {
  const state = row.regional as unknown as BegrotingState;
  const aanbieding = state.sentOn ? (state.aanbiedingOn ?? earliestAanbieding(state.sentOn)) : undefined;
  return {
    id: row.id,
    titel: row.titel,
    jaar: state.year,
    version: row.version,
    status: state.status,
    statusLabel: BEGROTING_LABELS[state.status],
    regeling: { id: row.regeling.id, naam: row.regeling.naam, slug: row.regeling.slug },
    wijzigingVrijstelling: row.regeling.wijzigingVrijstelling,
    kadersSentOn: state.kadersSentOn ?? null,
    sentOn: state.sentOn ?? null,
    aanbiedingOn: aanbieding ?? null,
    vastgesteldOn: state.vaststelling?.decidedOn ?? null,
    gsSentOn: state.gsSentOn ?? null,
    warnings: state.warnings,
    deadlines: begrotingDeadlines(state.year, {
      ...(aanbieding ? { aanbiedingOn: aanbieding } : {}),
      ...(state.vaststelling ? { vaststellingOn: state.vaststelling.decidedOn } : {}),
    }).deadlines,
    raden: state.participants
      .map((p) => {
        const raad = state.raden[p.id];
        const zienswijze = row.zienswijzen.find((z) => z.participantId === p.id);
        return {
          participantId: p.id,
          gemeenteId: gemeenteOf.get(p.id)?.gemeenteId ?? "",
          gemeenteSlug: gemeenteOf.get(p.id)?.gemeente.slug ?? "",
          naam: p.name,
          status: raad.status,
          statusLabel: BEGROTING_RAAD_LABELS[raad.status],
          termijnEinde: raad.deadline?.end ?? null,
          zienswijze:
            raad.zienswijze && zienswijze
              ? {
                  besluitdatum: raad.zienswijze.decision.decidedOn,
                  points: zienswijze.points.map((pt) => ({
                    nummer: pt.nummer,
                    onderwerp: pt.onderwerp,
                    verwijzing: pt.verwijzing,
                    tekst: pt.tekst,
                  })),
                }
              : null,
          antwoord: raad.answer ? { datum: raad.answer.answeredOn, motivering: raad.answer.motivation } : null,
        };
      })
      .sort((a, b) => a.naam.localeCompare(b.naam, "nl")),
    jaarrekening: jaarrekeningView(state),
    wijzigingen: wijzigingenOf(state).map((w) => wijzigingView(w, gemeenteOf)),
  };
}

export interface BegrotingCycleSummary {
  id: string;
  jaar: number;
  statusLabel: string;
  regeling: { id: string; naam: string; slug: string };
}

/** The cycles of one regeling (newest year first), or of every regeling a gemeente takes part in. */
export async function listBegrotingCycles(
  db: Reader,
  where: { regelingId?: string; gemeenteId?: string } = {},
): Promise<BegrotingCycleSummary[]> {
  const rows = await db.procedure.findMany({
    where: {
      kind: "BEGROTING_ZIENSWIJZE",
      ...(where.regelingId ? { regelingId: where.regelingId } : {}),
      ...(where.gemeenteId ? { regeling: { participants: { some: { gemeenteId: where.gemeenteId } } } } : {}),
    },
    select: { id: true, jaar: true, derivedState: true, regeling: { select: { id: true, naam: true, slug: true } } },
    orderBy: [{ jaar: "desc" }, { titel: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    jaar: r.jaar ?? 0,
    statusLabel: BEGROTING_LABELS[r.derivedState as keyof typeof BEGROTING_LABELS] ?? r.derivedState,
    regeling: r.regeling,
  }));
}

/** The secretariat's begroting page: one regeling (by slug) with its cycles, newest year first. */
export async function loadBegrotingOverview(db: Reader, slug: string) {
  const regeling = await db.regeling.findUnique({ where: { slug }, select: { id: true, naam: true, slug: true } });
  if (!regeling) return null;
  return { regeling, cycles: await listBegrotingCycles(db, { regelingId: regeling.id }) };
}

/** The current cycle of a regeling for its public page: the newest begrotingsjaar, or null. */
export async function loadCurrentBegrotingCycle(db: Reader, regelingId: string) {
  const [newest] = await listBegrotingCycles(db, { regelingId });
  return newest ? loadBegrotingCycle(db, newest.id) : null;
}

/** Every cycle of a regeling (by slug), newest year first, for the public API; null for an unknown regeling. */
export async function loadRegelingBegrotingCycli(db: Reader, slug: string) {
  const regeling = await db.regeling.findUnique({ where: { slug }, select: { id: true, naam: true, slug: true } });
  if (!regeling) return null;
  // One statement for every cycle's rows and one for their raden, not two per year.
  const rows = await db.procedure.findMany({
    where: { regelingId: regeling.id, kind: "BEGROTING_ZIENSWIJZE" },
    include: CYCLE_INCLUDE,
    orderBy: [{ jaar: "desc" }, { titel: "asc" }],
  });
  return { regeling, cycles: await cycleViews(db, rows) };
}

/** A griffier's view of one cycle: only when the own gemeente is one of its raden. */
export async function loadGriffieBegroting(db: Reader, procedureId: string, gemeenteId: string) {
  const cycle = await loadBegrotingCycle(db, procedureId);
  const raad = cycle?.raden.find((r) => r.gemeenteId === gemeenteId);
  return cycle && raad ? { cycle, raad } : null;
}

/** The begrotingen of every regeling the griffier's gemeente takes part in. */
export function loadGriffieBegrotingen(db: Reader, gemeenteId: string) {
  return listBegrotingCycles(db, { gemeenteId });
}
