import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegionalTrackState } from "@/lib/domain";
import { runCommand } from "@/lib/commands";
import { buildCalendar, publicUrl } from "@/lib/api/ics";
import { generateScale } from "@/lib/scale/generate";
import { agendaCalendarItems, loadGriffieAgenda } from "@/lib/read-models/agenda";
import { hashAgendaToken, manageAgendaLink, setAgendaMail } from "@/lib/services/griffie/agenda-abonnement";
import { todayInNetherlands } from "@/lib/domain";
import { ontvangst } from "@/lib/scenario/doors";
import * as feed from "@/app/ics/agenda/[token]/route";
import { ctx, req } from "../public/http";
import { openTestDb } from "../helpers/test-db";

/**
 * The private iCalendar address of the griffie agenda (issue 17 point 4): made and revoked by the griffier through the
 * one runner, stored only as a hash, answering only for the own gemeente, and one identical 404 for every address
 * that does not (or no longer) work.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
type Griffier = { id: string; role: "GRIFFIER"; gemeenteId: string };
const griffiers: Griffier[] = [];

beforeAll(async () => {
  db = await openTestDb();
  // The route handler reads through getPrisma(): point it at this database.
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
  await generateScale(db.prisma, { seed: 17, gemeenten: 2, regelingen: 4 });
  const gemeenten = await db.prisma.gemeente.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true } });
  for (const g of gemeenten) {
    // Fixture: the griffiers' accounts (beheer invites them in the app).
    const u = await db.prisma.user.create({
      data: { email: `griffier.${g.slug}@test.nl`, naam: `Griffier ${g.slug}`, role: "GRIFFIER", gemeenteId: g.id },
    });
    griffiers.push({ id: u.id, role: "GRIFFIER", gemeenteId: g.id });
  }
  // The first griffie registers receipt of every open ontwerp, so its raad has zienswijzen with a deadline.
  const [a] = griffiers;
  const open = await db.prisma.track.findMany({
    where: { kind: "RAAD", status: "nog_niet_ontvangen", participant: { gemeenteId: a.gemeenteId } },
    select: { procedureId: true, participantId: true, procedure: { select: { derivedState: true, regional: true } } },
  });
  const today = todayInNetherlands();
  for (const t of open.filter((x) => x.procedure.derivedState === "zienswijzeprocedure")) {
    const opened = (t.procedure.regional as unknown as { regional: RegionalTrackState }).regional.zienswijzeprocedure
      ?.openedOn;
    await ontvangst(db.prisma, a, {
      procedureId: t.procedureId,
      participantId: t.participantId,
      stap: "ontwerp",
      ontvangenOp: opened && opened > today ? opened : today,
    });
  }
}, 300_000);
afterAll(async () => db?.close());

const makeLink = async (user: Griffier) => {
  const r = await runCommand(db.prisma, user, manageAgendaLink, { actie: "aanmaken" });
  if (!r.ok) throw new Error(r.message);
  return r.token as string;
};
const get = (token: string, init?: RequestInit) =>
  feed.GET(req(`/ics/agenda/${token}.ics`, init), ctx({ token: `${token}.ics` }));

describe("private agenda address", () => {
  it("a griffier makes one; only its hash is stored and the trail names the link, not the secret", async () => {
    const [a] = griffiers;
    const token = await makeLink(a);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.prisma.agendaLink.findMany({ where: { userId: a.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashAgendaToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    const events = await db.prisma.auditEvent.findMany({ where: { type: "agendalink_aangemaakt", actorId: a.id } });
    expect(events).toHaveLength(1);
    expect(events[0].gemeenteId).toBe(a.gemeenteId);
    expect(JSON.stringify(events[0].payload)).not.toContain(token);
  });

  it("serves the own gemeente's agenda as a private calendar, with an ETag and no shared caching", async () => {
    for (const g of griffiers) {
      const token = await makeLink(g);
      const res = await get(token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
      expect(res.headers.get("cache-control")).toMatch(/private/);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      const body = await res.text();
      const own = await loadGriffieAgenda(db.prisma, g.gemeenteId, todayInNetherlands());
      expect(body).toBe(
        buildCalendar(
          "Agenda van de raad",
          agendaCalendarItems(own, (p) => publicUrl(p)),
        ),
      );
      const again = await get(token, { headers: { "if-none-match": res.headers.get("etag") ?? "" } });
      expect(again.status).toBe(304);
    }
    // The first griffie's raad has deadlines; none of them is in the second griffie's calendar.
    const [a, b] = griffiers;
    const bodyA = (await (await get(await makeLink(a))).text()).replaceAll("\r\n ", "");
    const bodyB = (await (await get(await makeLink(b))).text()).replaceAll("\r\n ", "");
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1].trim());
    expect(uids(bodyA).length).toBeGreaterThan(0);
    expect(uids(bodyA).filter((u) => uids(bodyB).includes(u))).toEqual([]);
  });

  it("revoking ends it at once; unknown, malformed and revoked addresses get one and the same 404", async () => {
    const [a] = griffiers;
    const token = await makeLink(a);
    expect((await get(token)).status).toBe(200);
    const revoked = await runCommand(db.prisma, a, manageAgendaLink, { actie: "intrekken" });
    expect(revoked.ok).toBe(true);
    const answers = await Promise.all(
      [token, "A".repeat(43), "kort", `${token.slice(0, 42)}%`].map(async (t) => {
        const res = await get(t);
        // The problem detail's `instance` is the path the caller sent; everything else must be the same.
        const { instance: _, ...body } = (await res.json()) as Record<string, unknown>;
        return { status: res.status, body, type: res.headers.get("content-type") };
      }),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].status).toBe(404);
    expect(JSON.stringify(answers[0].body)).not.toMatch(/ingetrokken|revoked/i);
    // Nothing left to revoke: refused, no event.
    const before = await db.prisma.auditEvent.count({ where: { type: "agendalink_ingetrokken" } });
    expect((await runCommand(db.prisma, a, manageAgendaLink, { actie: "intrekken" })).ok).toBe(false);
    expect(await db.prisma.auditEvent.count({ where: { type: "agendalink_ingetrokken" } })).toBe(before);
  });

  it("a new address ends the old one", async () => {
    const [a] = griffiers;
    const first = await makeLink(a);
    const second = await makeLink(a);
    expect((await get(first)).status).toBe(404);
    expect((await get(second)).status).toBe(200);
    expect(await db.prisma.agendaLink.count({ where: { userId: a.id, revokedAt: null } })).toBe(1);
  });

  it("stops working when the account is deactivated, and only griffiers may make one", async () => {
    const [, b] = griffiers;
    const token = await makeLink(b);
    await db.prisma.user.update({ where: { id: b.id }, data: { actief: false } });
    expect((await get(token)).status).toBe(404);
    await db.prisma.user.update({ where: { id: b.id }, data: { actief: true } });
    expect((await get(token)).status).toBe(200);
    const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
    expect((await runCommand(db.prisma, secretariaat, manageAgendaLink, { actie: "aanmaken" })).ok).toBe(false);
    const college = { id: "u-college", role: "COLLEGE" as const, gemeenteId: b.gemeenteId };
    expect((await runCommand(db.prisma, college, manageAgendaLink, { actie: "aanmaken" })).ok).toBe(false);
  });
});

describe("weekly agenda e-mail setting", () => {
  it("a griffier turns it on and off through the runner, each change audited once", async () => {
    const [a] = griffiers;
    const mail = async () => (await db.prisma.user.findUniqueOrThrow({ where: { id: a.id } })).agendaMailOptIn;
    expect(await mail()).toBe(false);
    expect((await runCommand(db.prisma, a, setAgendaMail, { aan: true })).ok).toBe(true);
    expect(await mail()).toBe(true);
    // Saving the same choice again changes nothing and records nothing.
    expect((await runCommand(db.prisma, a, setAgendaMail, { aan: true })).ok).toBe(true);
    expect((await runCommand(db.prisma, a, setAgendaMail, { aan: false })).ok).toBe(true);
    expect(await mail()).toBe(false);
    const events = await db.prisma.auditEvent.findMany({
      where: { type: "agendamail_gewijzigd", actorId: a.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.toState)).toEqual(["agendamail_aan", "agendamail_uit"]);
  });
});
