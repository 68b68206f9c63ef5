import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { RegionalTrackState } from "@/lib/domain";
import { runCommand } from "@/lib/commands";
import { buildCalendar } from "@/lib/api/ics";
import { generateScale } from "@/lib/scale/generate";
import { recordBegrotingStep, startBegrotingCycle } from "@/lib/services/begroting/commands";
import {
  addBegrotingswijziging,
  recordWijzigingStep,
  submitWijzigingZienswijze,
} from "@/lib/services/begroting/wijziging";
import { startProcedure } from "@/lib/services/beheer/procedure";
import {
  recordDvhBosdAkkoord,
  recordDvhCollegebesluit,
  recordDvhRaadGeinformeerd,
  startDvhActualisatie,
} from "@/lib/services/dienstverleningshandvest/commands";
import {
  agendaCalendarItems,
  loadGriffieAgenda,
  loadSecretariaatAgenda,
  type AgendaItem,
  type GriffieAgenda,
} from "@/lib/read-models/agenda";
import { ontvangst } from "@/lib/scenario/doors";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { openTestDb } from "../helpers/test-db";

/**
 * The griffie agenda across regelingen (issue 17 point 4): two gemeenten that both take part in all 30 regelingen of a
 * small generated dataset (every generated regeling has at least two participants), plus a begroting out for
 * zienswijze. Each griffie sees only its own raad's items, grouped by the last raad meeting on or before the
 * deadline, and the read model's number of statements does not grow with the data.
 */
const today = "2026-04-01";
let db: Awaited<ReturnType<typeof openTestDb>>;
let ops = 0;
let counting: Db;
const gemeenten: { id: string; naam: string }[] = [];

beforeAll(async () => {
  db = await openTestDb();
  await generateScale(db.prisma, { seed: 17, gemeenten: 2, regelingen: 30 });
  gemeenten.push(
    ...(await db.prisma.gemeente.findMany({ orderBy: { slug: "asc" }, select: { id: true, naam: true } })),
  );
  // The generator leaves raden before receipt: the first gemeente's griffie registers the ontwerp in every open
  // zienswijzeprocedure, on days two weeks apart, so the 8-week terms end before different raad meetings.
  const [a] = gemeenten;
  const griffier = { id: "u-griffier-a", role: "GRIFFIER" as const, gemeenteId: a.id };
  const open = await db.prisma.track.findMany({
    where: { kind: "RAAD", status: "nog_niet_ontvangen", participant: { gemeenteId: a.id } },
    select: { procedureId: true, participantId: true, procedure: { select: { derivedState: true, regional: true } } },
    orderBy: { procedureId: "asc" },
  });
  const inRound = open.filter((t) => t.procedure.derivedState === "zienswijzeprocedure");
  for (const [k, t] of inRound.entries()) {
    const opened = (t.procedure.regional as unknown as { regional: RegionalTrackState }).regional.zienswijzeprocedure
      ?.openedOn;
    const day = ["2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30"][k % 4];
    const ontvangenOp = opened && opened > day ? opened : day;
    await ontvangst(db.prisma, griffier, {
      procedureId: t.procedureId,
      participantId: t.participantId,
      stap: "ontwerp",
      ontvangenOp,
    });
  }
  counting = db.prisma.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        ops++;
        return query(args);
      },
    },
  }) as unknown as Db;
}, 300_000);
afterAll(async () => db?.close());

const count = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  ops = 0;
  const result = await fn();
  return [result, ops];
};
const itemsOf = (agenda: GriffieAgenda) => agenda.groups.flatMap((g) => g.items);

async function startBegroting(regelingId: string, jaar: number) {
  const now = new Date("2026-03-02T10:00:00Z");
  const started = await runCommand(db.prisma, SECRETARIAAT_USER, startBegrotingCycle, { regelingId, jaar }, { now });
  if (!started.ok) throw new Error(started.message);
  const sent = await runCommand(
    db.prisma,
    SECRETARIAAT_USER,
    recordBegrotingStep,
    { step: "ontwerp_verzonden", procedureId: started.procedureId, date: "2026-03-02", aanbiedingOp: "2026-06-15" },
    { now },
  );
  if (!sent.ok) throw new Error(sent.message);
  return started.procedureId;
}

const must = (r: { ok: boolean; message?: string }) => {
  if (!r.ok) throw new Error(r.message);
  return r as typeof r & Record<string, unknown>;
};

/** A Dienstverleningshandvest (not part of the regeling) adopted by every college: its raden are to be informed. */
async function adoptedHandvest() {
  const regeling = await db.prisma.regeling.findFirstOrThrow({
    orderBy: { slug: "desc" },
    include: { participants: { where: { leftOn: null }, select: { id: true, gemeenteId: true } } },
  });
  // Fixture: the handvest document as the sources describe it (the seed names an existing document the same way).
  const document = await db.prisma.document.create({
    data: { regelingId: regeling.id, slug: "handvest-agenda", kind: "DIENSTVERLENINGSHANDVEST", titel: "Handvest" },
  });
  const now = new Date("2026-03-20T10:00:00Z");
  const admin = { id: "u-beheer", role: "ADMIN" as const, gemeenteId: null };
  const { procedureId } = must(
    await runCommand(
      db.prisma,
      admin,
      startProcedure,
      { regelingId: regeling.id, kind: "DVH_ACTUALISEREN", titel: "Handvest 2027", documentId: document.id },
      { now },
    ),
  ) as unknown as { procedureId: string };
  const version = async () => (await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).version;
  must(
    await runCommand(
      db.prisma,
      SECRETARIAAT_USER,
      startDvhActualisatie,
      { procedureId, label: "Handvest 2027", status: "CONCEPT", text: "Artikel 1\nTaken.", createdOn: "2026-03-02" },
      { now, expectedVersion: await version() },
    ),
  );
  must(
    await runCommand(
      db.prisma,
      SECRETARIAAT_USER,
      recordDvhBosdAkkoord,
      { procedureId, decidedOn: "2026-03-05" },
      { now, expectedVersion: await version() },
    ),
  );
  for (const p of regeling.participants)
    must(
      await runCommand(
        db.prisma,
        { id: `u-college-${p.gemeenteId}`, role: "COLLEGE", gemeenteId: p.gemeenteId },
        recordDvhCollegebesluit,
        { procedureId, participantId: p.id, decidedOn: "2026-03-10" },
        { now },
      ),
    );
  return { procedureId, participants: regeling.participants };
}

describe("griffie agenda across 30 regelingen", () => {
  it("both gemeenten take part in all 30 regelingen", async () => {
    for (const g of gemeenten)
      expect(await db.prisma.participant.count({ where: { gemeenteId: g.id, leftOn: null } })).toBe(30);
  });

  it("groups each item under the last raad meeting of the own gemeente on or before its deadline", async () => {
    const [a] = gemeenten;
    await startBegroting((await db.prisma.regeling.findFirstOrThrow({ orderBy: { slug: "asc" } })).id, 2027);
    const agenda = await loadGriffieAgenda(db.prisma, a.id, today);
    const items = itemsOf(agenda);
    const kinds = new Set(items.map((i) => i.kind));
    expect(kinds).toContain("begroting_zienswijze");
    expect(kinds).toContain("gr_zienswijze");
    expect(agenda.groups.filter((g) => g.slot.kind === "vergadering").length).toBeGreaterThanOrEqual(2);
    const raad = (
      await db.prisma.meeting.findMany({
        where: { body: { gemeenteId: a.id, kind: "RAAD" }, kind: "RAAD", cancelledAt: null },
        select: { date: true },
      })
    ).map((m) => m.date.toISOString().slice(0, 10));
    const inWindow = (from: string, to: string) => raad.filter((d) => d >= from && d <= to);
    for (const g of agenda.groups) {
      for (const item of g.items) {
        if (g.slot.kind === "vergadering") {
          const deadline = item.deadline ?? "";
          const date = g.slot.meeting.date;
          expect(date >= today && date <= deadline).toBe(true);
          // No later raad meeting within the term: this is the last one.
          expect(inWindow(date, deadline).filter((d) => d > date)).toEqual([]);
        } else if (g.slot.kind === "geen_vergadering") {
          expect(inWindow(today, item.deadline ?? "")).toEqual([]);
        } else expect(item.deadline).toBeNull();
      }
    }
    // Groups in the order of their meetings, the groups without a meeting last.
    const keys = agenda.groups.map((g) => (g.slot.kind === "vergadering" ? g.slot.meeting.date : `~${g.slot.kind}`));
    expect(keys).toEqual([...keys].sort());
    // Every zienswijze the raad still has to give in an open zienswijzeprocedure is on the agenda.
    const open = await db.prisma.track.findMany({
      where: { kind: "RAAD", status: { in: ["ontvangen", "geagendeerd"] }, participant: { gemeenteId: a.id } },
      select: { procedureId: true, procedure: { select: { regional: true } } },
    });
    const expected = open
      .filter(
        (t) =>
          (t.procedure.regional as { regional: { status: string } }).regional.status === "zienswijzeprocedure_geopend",
      )
      .map((t) => t.procedureId)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(
      items
        .filter((i) => i.kind === "gr_zienswijze")
        .map((i) => i.procedureId)
        .sort(),
    ).toEqual(expected);
  });

  it("shows only the own gemeente's items: the other griffie sees none of them", async () => {
    const [a, b] = gemeenten;
    const itemsA = itemsOf(await loadGriffieAgenda(db.prisma, a.id, today));
    const itemsB = itemsOf(await loadGriffieAgenda(db.prisma, b.id, today));
    expect(itemsA.length).toBeGreaterThan(0);
    expect(itemsB.length).toBeGreaterThan(0);
    expect(new Set(itemsA.map((i) => i.gemeente.id))).toEqual(new Set([a.id]));
    expect(new Set(itemsB.map((i) => i.gemeente.id))).toEqual(new Set([b.id]));
    const idsA = new Set(itemsA.map((i) => i.id));
    expect(itemsB.filter((i) => idsA.has(i.id))).toEqual([]);
    for (const i of itemsA) for (const l of i.links) expect(l.href).not.toContain(`/${b.id}`);
    // The secretariat sees both raden, and exactly the items past their deadline as late.
    const secr = await loadSecretariaatAgenda(db.prisma, today);
    const all = secr.procedures.flatMap((p) => p.items);
    expect(all.map((i) => i.id).sort()).toEqual([...itemsA, ...itemsB].map((i) => i.id).sort());
    const lateOf = (xs: AgendaItem[]) => xs.filter((i) => i.deadline !== null && i.deadline < today).map((i) => i.id);
    expect(secr.late.map((i) => i.id).sort()).toEqual(lateOf([...itemsA, ...itemsB]).sort());
  });

  it("reads in three statements, whatever the number of regelingen and items", async () => {
    const [a] = gemeenten;
    const [before, n] = await count(() => loadGriffieAgenda(counting, a.id, today));
    expect(n).toBe(3);
    const [, secrN] = await count(() => loadSecretariaatAgenda(counting, today));
    expect(secrN).toBe(3);
    // More begrotingen out for zienswijze: more items, the same number of statements.
    const regelingen = await db.prisma.regeling.findMany({ orderBy: { slug: "asc" }, skip: 1, take: 3 });
    for (const r of regelingen) await startBegroting(r.id, 2027);
    const [after, m] = await count(() => loadGriffieAgenda(counting, a.id, today));
    expect(itemsOf(after).length).toBe(itemsOf(before).length + 3);
    expect(m).toBe(n);
  });

  it("lists a handvest whose raad is still to be informed, per raad, until its griffie records it", async () => {
    const [a, b] = gemeenten;
    const [, before] = await count(() => loadGriffieAgenda(counting, a.id, today));
    const { procedureId, participants } = await adoptedHandvest();
    const handvestOf = async (gemeenteId: string) =>
      itemsOf(await loadGriffieAgenda(db.prisma, gemeenteId, today)).filter((i) => i.kind === "dvh_informeren");
    const [itemA] = await handvestOf(a.id);
    expect(itemA).toMatchObject({ procedureId, deadline: null, slot: { kind: "geen_termijn" }, late: false });
    expect(itemA.gemeente.id).toBe(a.id);
    expect(itemA.links[0].href).toBe(`/griffie/handvest/${procedureId}`);
    expect((await handvestOf(b.id)).map((i) => i.gemeente.id)).toEqual([b.id]);
    // Still the same number of statements with the handvest on the agenda.
    const [, after] = await count(() => loadGriffieAgenda(counting, a.id, today));
    expect(after).toBe(before);
    // A's griffie records that its raad was informed: A's item goes, B's stays.
    const own = participants.find((p) => p.gemeenteId === a.id);
    must(
      await runCommand(
        db.prisma,
        { id: "u-griffier-a", role: "GRIFFIER", gemeenteId: a.id },
        recordDvhRaadGeinformeerd,
        { procedureId, participantId: own?.id ?? "", informedOn: "2026-03-25" },
        { now: new Date("2026-03-26T10:00:00Z") },
      ),
    );
    expect(await handvestOf(a.id)).toEqual([]);
    expect(await handvestOf(b.id)).toHaveLength(1);
    const secr = await loadSecretariaatAgenda(db.prisma, today);
    expect(
      secr.procedures.filter((p) => p.kind === "dvh_informeren").flatMap((p) => p.items.map((i) => i.gemeente.id)),
    ).toEqual([b.id]);
  });

  it("exports the own agenda as an iCalendar with stable UIDs and all-day deadlines", async () => {
    const [a] = gemeenten;
    const agenda = await loadGriffieAgenda(db.prisma, a.id, today);
    const url = (path: string) => `https://gr-volg.example${path}`;
    // Unfolded (RFC 5545 §3.1), so a long UID can be found whole.
    const ics = buildCalendar("Agenda van de raad", agendaCalendarItems(agenda, url)).replaceAll("\r\n ", "");
    const withDeadline = itemsOf(agenda).filter((i) => i.deadline);
    expect(withDeadline.length).toBeGreaterThan(1);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(withDeadline.length);
    expect(ics).toContain(`UID:agenda-${withDeadline[0].id}@gr-volg`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${withDeadline[0].deadline?.replaceAll("-", "")}`);
    expect(ics).not.toMatch(/DTSTART;TZID/);
    // The same data gives the same feed (stable UIDs and DTSTAMPs, so calendar clients update, not duplicate).
    const again = buildCalendar(
      "Agenda van de raad",
      agendaCalendarItems(await loadGriffieAgenda(db.prisma, a.id, today), url),
    ).replaceAll("\r\n ", "");
    expect(again).toBe(ics);
  });

  it("lists an ontwerp-begrotingswijziging per raad with its deadline, in the same three statements", async () => {
    const [a, b] = gemeenten;
    const [, before] = await count(() => loadGriffieAgenda(counting, a.id, today));
    // A cycle whose begroting itself is not out for zienswijze: only its wijziging puts it on the agenda.
    const regeling = await db.prisma.regeling.findFirstOrThrow({ orderBy: { slug: "asc" }, skip: 5 });
    const now = new Date("2026-03-02T10:00:00Z");
    const { procedureId } = must(
      await runCommand(
        db.prisma,
        SECRETARIAAT_USER,
        startBegrotingCycle,
        { regelingId: regeling.id, jaar: 2028 },
        { now },
      ),
    ) as unknown as { procedureId: string };
    must(
      await runCommand(db.prisma, SECRETARIAAT_USER, addBegrotingswijziging, { procedureId, titel: "Extra" }, { now }),
    );
    const wijzigingOf = async (gemeenteId: string) =>
      itemsOf(await loadGriffieAgenda(db.prisma, gemeenteId, today)).filter(
        (i) => i.kind === "begrotingswijziging_zienswijze",
      );
    expect(await wijzigingOf(a.id)).toEqual([]);
    must(
      await runCommand(
        db.prisma,
        SECRETARIAAT_USER,
        recordWijzigingStep,
        { step: "wijziging_verzonden", procedureId, nummer: 1, date: "2026-03-02", aanbiedingOp: "2026-06-15" },
        { now },
      ),
    );
    const [itemA] = await wijzigingOf(a.id);
    // Art. 35 lid 3 via lid 5: the window runs to the day before the aanbieding.
    expect(itemA).toMatchObject({ procedureId, deadline: "2026-06-14", late: false });
    expect(itemA.gemeente.id).toBe(a.id);
    expect(itemA.links[0].href).toBe(`/griffie/begroting/${procedureId}#wijziging-1`);
    expect((await wijzigingOf(b.id)).map((i) => i.gemeente.id)).toEqual([b.id]);
    const [, after] = await count(() => loadGriffieAgenda(counting, a.id, today));
    expect(after).toBe(before);
    // A's raad decides (geen zienswijze): A's item goes, B's stays.
    const own = await db.prisma.participant.findFirstOrThrow({ where: { regelingId: regeling.id, gemeenteId: a.id } });
    must(
      await runCommand(
        db.prisma,
        { id: "u-griffier-a", role: "GRIFFIER", gemeenteId: a.id },
        submitWijzigingZienswijze,
        { soort: "geen", procedureId, nummer: 1, participantId: own.id, date: "2026-03-25" },
        { now: new Date("2026-03-26T10:00:00Z") },
      ),
    );
    expect(await wijzigingOf(a.id)).toEqual([]);
    expect(await wijzigingOf(b.id)).toHaveLength(1);
  });
});
