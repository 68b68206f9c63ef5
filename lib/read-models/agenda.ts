import type { Db } from "@/lib/db/client";
import {
  BEGROTING_RAAD_LABELS,
  expectedZienswijzeLastDay,
  publicationDeadline,
  WorkingDays,
  type BegrotingState,
  type DvhState,
  type IsoDate,
  type RaadTrackState,
  type RegionalTrackState,
} from "@/lib/domain";
import { agendaSlot, groupAgenda, type AgendaGroup, type AgendaSlot } from "@/lib/domain/agenda";
import { nextRaadStep, type RaadTaskStep } from "@/lib/domain/tasks";
import { dvhParticipantStand } from "@/lib/presentation/dienstverleningshandvest";
import { TASK_LABELS } from "@/lib/presentation/tasks";
import type { CalendarItem } from "@/lib/services/public/common";
import { wijzigingenOf } from "@/lib/services/begroting/wijziging-state";
import { type Calendar, latestFor, loadCalendars } from "./tasks";

/**
 * The griffie agenda (issue 17 point 4) and the secretariat's view of it: every open zienswijze and toestemming of a
 * raad — GR procedures and begroting zienswijzen — with its deadline and the raad meeting in which it must be decided
 * (lib/domain/agenda.ts), begrotingswijzigingen out for zienswijze included — and the Dienstverleningshandvest actualisaties whose raden are still to be informed.
 * Three statements whatever the number of regelingen: the open raad tracks of GR procedures, the begrotingen out for
 * zienswijze together with the adopted handvesten (one read of regional procedures), and the meetings of the
 * gemeenten concerned from today on.
 */

const GR_KINDS = ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] as const;
const FINAL_STATES = ["in_werking", "besloten"];
/** The raad's own final statuses: nothing is open for it any more. */
const FINAL_RAAD_STATUSES = ["toestemming_verleend", "toestemming_geweigerd"];
const TOESTEMMING_STEPS: readonly RaadTaskStep[] = ["toestemmingsvoorstel", "toestemming_agendering", "toestemming"];
const iso = (d: Date) => d.toISOString().slice(0, 10);

export type AgendaItemKind =
  | "gr_zienswijze"
  | "gr_toestemming"
  | "begroting_zienswijze"
  | "begrotingswijziging_zienswijze"
  | "dvh_informeren";

export interface AgendaLink {
  label: string;
  href: string;
}

export interface AgendaItem {
  /** Stable per raad and decision: the ICS UID is made from it. */
  id: string;
  kind: AgendaItemKind;
  procedureId: string;
  titel: string;
  regelingNaam: string;
  gemeente: { id: string; slug: string; naam: string };
  /** What the raad still has to do, in Dutch. */
  stap: string;
  deadline: IsoDate | null;
  late: boolean;
  slot: AgendaSlot;
  /** The documents (the procedure's page) and the draft raadsvoorstel, where there is one. */
  links: AgendaLink[];
  stamp: Date;
}

export interface GriffieAgenda {
  today: IsoDate;
  groups: AgendaGroup<AgendaItem>[];
}

export interface SecretariaatAgenda {
  today: IsoDate;
  /** Raden past the deadline of an open item, earliest deadline first. */
  late: AgendaItem[];
  /** Every open item per procedure, its raden by deadline. */
  procedures: { procedureId: string; titel: string; regelingNaam: string; kind: AgendaItemKind; items: AgendaItem[] }[];
}

type Scope = { gemeenteId: string } | "all";

const gemeenteSelect = { select: { id: true, slug: true, naam: true } } as const;

async function loadItems(db: Db, scope: Scope, today: IsoDate): Promise<AgendaItem[]> {
  const own = scope === "all" ? {} : { gemeenteId: scope.gemeenteId };
  const [tracks, regionals] = await Promise.all([
    db.track.findMany({
      where: {
        kind: "RAAD",
        status: { notIn: FINAL_RAAD_STATUSES },
        participant: { leftOn: null, ...own },
        procedure: { kind: { in: [...GR_KINDS] }, derivedState: { notIn: FINAL_STATES } },
      },
      select: {
        data: true,
        updatedAt: true,
        participantId: true,
        participant: { select: { gemeente: gemeenteSelect } },
        procedure: {
          select: { id: true, titel: true, regional: true, regeling: { select: { naam: true, targetInForce: true } } },
        },
      },
    }),
    db.procedure.findMany({
      where: {
        // A handvest reaches the raden once every college decided ("vastgesteld"); one that is part of the regeling
        // never gets there (R23): its raad decides in the GR_WIJZIGEN procedure, which is on the agenda as such.
        OR: [
          { kind: "BEGROTING_ZIENSWIJZE", derivedState: "ontwerp_verzonden" },
          // A begrotingswijziging out for zienswijze (art. 35 lid 5), whatever the begroting's own stand: a JSON
          // containment test in the same statement, so the count stays at three.
          {
            kind: "BEGROTING_ZIENSWIJZE",
            regional: { path: ["wijzigingen"], array_contains: [{ status: "ontwerp_verzonden" }] },
          },
          { kind: "DVH_ACTUALISEREN", derivedState: "vastgesteld" },
        ],
        ...(scope === "all" ? {} : { regeling: { participants: { some: { gemeenteId: scope.gemeenteId } } } }),
      },
      select: {
        id: true,
        kind: true,
        titel: true,
        regional: true,
        updatedAt: true,
        regeling: {
          select: {
            naam: true,
            participants: { where: { leftOn: null, ...own }, select: { id: true, gemeente: gemeenteSelect } },
          },
        },
      },
    }),
  ]);
  const gemeenteIds = new Set<string>([
    ...tracks.map((t) => t.participant.gemeente.id),
    ...regionals.flatMap((b) => b.regeling.participants.map((p) => p.gemeente.id)),
  ]);
  const calendars = gemeenteIds.size ? await loadCalendars(db, [...gemeenteIds], today) : new Map<string, Calendar>();
  const calendarOf = (gemeenteId: string) => calendars.get(gemeenteId) ?? { raad: [], college: [] };

  const days = new WorkingDays();
  const items: AgendaItem[] = [];
  for (const t of tracks) {
    const raad = t.data as unknown as RaadTrackState;
    const regional = (t.procedure.regional as unknown as { regional: RegionalTrackState }).regional;
    const gemeente = t.participant.gemeente;
    const cal = calendarOf(gemeente.id);
    const target = t.procedure.regeling.targetInForce;
    const publicationBy = target ? publicationDeadline(iso(target), days) : null;
    const step = nextRaadStep(raad, regional, latestFor(cal, publicationBy, days));
    // nextRaadStep decides what is open (null: nothing for the raad now, e.g. waiting for the regio).
    if (!step) continue;
    const toestemming = TOESTEMMING_STEPS.includes(step.step);
    const kind: AgendaItemKind = toestemming ? "gr_toestemming" : "gr_zienswijze";
    items.push({
      id: `${t.procedure.id}-${t.participantId}-${toestemming ? "toestemming" : "zienswijze"}`,
      kind,
      procedureId: t.procedure.id,
      titel: t.procedure.titel,
      regelingNaam: t.procedure.regeling.naam,
      gemeente,
      stap: TASK_LABELS[step.step],
      deadline: step.deadline,
      late: step.deadline !== null && step.deadline < today,
      slot: agendaSlot(step.deadline, cal.raad, today),
      links: [
        { label: "Stukken en raadsbesluit", href: `/griffie/procedures/${t.procedure.id}` },
        {
          label: "Concept-raadsvoorstel (Word)",
          href: `/griffie/documenten/${t.procedure.id}/${gemeente.slug}/raadsvoorstel-${toestemming ? "toestemming" : "zienswijze"}`,
        },
      ],
      stamp: t.updatedAt,
    });
  }
  for (const d of regionals) {
    if (d.kind !== "DVH_ACTUALISEREN") continue;
    const state = d.regional as unknown as DvhState;
    for (const p of d.regeling.participants) {
      // Only the raden whose college decided and that are not yet informed (the presentation's one reading).
      if (dvhParticipantStand(state, p.id).stand !== "raad_informeren") continue;
      items.push({
        id: `${d.id}-${p.id}-handvest`,
        kind: "dvh_informeren",
        procedureId: d.id,
        titel: d.titel,
        regelingNaam: d.regeling.naam,
        gemeente: p.gemeente,
        stap: "De raad informeren over het vastgestelde handvest",
        // The Wgr sets no term for informing the raad: the item is listed without one (rule A1, "geen termijn").
        deadline: null,
        late: false,
        slot: agendaSlot(null, calendarOf(p.gemeente.id).raad, today),
        links: [{ label: "Handvest en collegebesluit", href: `/griffie/handvest/${d.id}` }],
        stamp: d.updatedAt,
      });
    }
  }
  for (const b of regionals) {
    if (b.kind !== "BEGROTING_ZIENSWIJZE") continue;
    const state = b.regional as unknown as BegrotingState;
    items.push(...wijzigingItems(b, today, calendarOf));
    // Read because of an open wijziging only: the begroting itself is not out for zienswijze.
    if (state.status !== "ontwerp_verzonden") continue;
    const expectedLastDay = expectedZienswijzeLastDay(state);
    for (const p of b.regeling.participants) {
      const raad = state.raden[p.id];
      if (!raad || (raad.status !== "ontvangen" && raad.status !== "nog_niet_ontvangen")) continue;
      // The raad's own window once received; before that the window it will get (the domain's rule, Wgr art. 35).
      const deadline = raad.deadline?.end ?? expectedLastDay;
      items.push({
        id: `${b.id}-${p.id}-begroting`,
        kind: "begroting_zienswijze",
        procedureId: b.id,
        titel: b.titel,
        regelingNaam: b.regeling.naam,
        gemeente: p.gemeente,
        stap: `Zienswijze op de ontwerpbegroting (${BEGROTING_RAAD_LABELS[raad.status].toLowerCase()})`,
        deadline,
        late: deadline !== null && deadline < today,
        slot: agendaSlot(deadline, calendarOf(p.gemeente.id).raad, today),
        links: [{ label: "Ontwerpbegroting en zienswijze", href: `/griffie/begroting/${b.id}` }],
        stamp: b.updatedAt,
      });
    }
  }
  return items;
}

/**
 * The open zienswijzen on the begrotingswijzigingen of a cycle (Wgr art. 35 lid 5): per wijziging sent to the raden,
 * each raad that has not decided yet, with its deadline (the day before the aanbieding, as the domain set it).
 */
function wijzigingItems(
  b: {
    id: string;
    titel: string;
    regional: unknown;
    updatedAt: Date;
    regeling: { naam: string; participants: { id: string; gemeente: AgendaItem["gemeente"] }[] };
  },
  today: IsoDate,
  calendarOf: (gemeenteId: string) => Calendar,
): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const w of wijzigingenOf(b.regional)) {
    if (w.status !== "ontwerp_verzonden") continue;
    for (const p of b.regeling.participants) {
      const raad = w.raden[p.id];
      if (raad?.status !== "ontvangen") continue;
      const deadline = raad.deadline?.end ?? null;
      items.push({
        id: `${b.id}-${p.id}-wijziging-${w.nummer}`,
        kind: "begrotingswijziging_zienswijze",
        procedureId: b.id,
        titel: `${b.titel} — wijziging ${w.nummer}: ${w.titel}`,
        regelingNaam: b.regeling.naam,
        gemeente: p.gemeente,
        stap: `Zienswijze op begrotingswijziging ${w.nummer}`,
        deadline,
        late: deadline !== null && deadline < today,
        slot: agendaSlot(deadline, calendarOf(p.gemeente.id).raad, today),
        links: [{ label: "Ontwerpwijziging en zienswijze", href: `/griffie/begroting/${b.id}#wijziging-${w.nummer}` }],
        stamp: b.updatedAt,
      });
    }
  }
  return items;
}

/** One griffie's agenda: only the own gemeente's raad, across every regeling it takes part in. */
export async function loadGriffieAgenda(db: Db, gemeenteId: string, today: IsoDate): Promise<GriffieAgenda> {
  return { today, groups: groupAgenda(await loadItems(db, { gemeenteId }, today)) };
}

/** The secretariat's view: which raden are late on which item, and every open item per procedure. */
export async function loadSecretariaatAgenda(db: Db, today: IsoDate): Promise<SecretariaatAgenda> {
  const items = await loadItems(db, "all", today);
  const byDeadline = (a: AgendaItem, b: AgendaItem) =>
    (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.gemeente.naam.localeCompare(b.gemeente.naam, "nl");
  const procedures = new Map<string, SecretariaatAgenda["procedures"][number]>();
  for (const item of items) {
    // The titel separates the wijzigingen of one cycle (each is its own item in the secretariat's list).
    const key = `${item.procedureId}|${item.kind}|${item.titel}`;
    const p = procedures.get(key) ?? {
      procedureId: item.procedureId,
      titel: item.titel,
      regelingNaam: item.regelingNaam,
      kind: item.kind,
      items: [],
    };
    p.items.push(item);
    procedures.set(key, p);
  }
  return {
    today,
    late: items.filter((i) => i.late).sort(byDeadline),
    procedures: [...procedures.values()]
      .map((p) => ({ ...p, items: p.items.sort(byDeadline) }))
      .sort((a, b) => a.regelingNaam.localeCompare(b.regelingNaam, "nl") || a.titel.localeCompare(b.titel, "nl")),
  };
}

/**
 * The griffie agenda as calendar items (lib/api/ics.ts): one all-day event per item on its deadline, its UID made from
 * the procedure, the raad and the decision (stable while the item is open), DTSTAMP from the item's last change.
 */
export function agendaCalendarItems(agenda: GriffieAgenda, url: (path: string) => string | undefined): CalendarItem[] {
  return agenda.groups.flatMap((g) =>
    g.items.flatMap((item): CalendarItem[] => {
      if (!item.deadline) return [];
      const meeting =
        g.slot.kind === "vergadering"
          ? `Te besluiten in de raadsvergadering van ${g.slot.meeting.date}.`
          : "Geen raadsvergadering vóór de termijn.";
      const href = url(item.links[0]?.href ?? "/griffie/agenda");
      return [
        {
          uid: `agenda-${item.id}@gr-volg`,
          date: item.deadline,
          kind: "deadline",
          title: `${item.stap}: ${item.titel}`,
          description: `${item.regelingNaam}. ${meeting}`,
          stamp: item.stamp,
          ...(href ? { url: href } : {}),
        },
      ];
    }),
  );
}
