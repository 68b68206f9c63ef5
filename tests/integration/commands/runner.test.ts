import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit } from "@/lib/services/audit";
import { verifyAuditChain } from "@/lib/services/audit-verify";
import { ConflictError, Refusal, SYSTEM_SECRETARIAAT, defineCommand, runCommand } from "@/lib/commands";
import { can } from "@/lib/auth/permissions";

/**
 * The runner itself, on a real database: every refusal (bad input, no permission, another
 * gemeente, a Refusal or a conflict thrown halfway through the writes, a unique collision) leaves
 * the database exactly as it was; an accepted command writes its rows and its audit event together.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let regioId: string;
let urk: { participantId: string; gemeenteId: string };
let almere: { participantId: string };
const admin = { id: "u-admin", role: "ADMIN" as const, gemeenteId: null };
const griffierUrk = () => ({ id: "u-griffier", role: "GRIFFIER" as const, gemeenteId: urk.gemeenteId });

const renameRegio = defineCommand({
  name: "renameRegio",
  input: z.object({ naam: z.string().min(2, "Vul een naam in."), version: z.number().optional() }),
  permission: "regio.beheren",
  target: "regio",
  async run({ tx, data, user, now, expectedVersion }) {
    await tx.regio.update({ where: { id: regioId }, data: { naam: data.naam } });
    // Written first, then refused/conflicted: proves the runner rolls the whole transaction back.
    if (data.naam === "weiger") throw new Refusal("Deze naam mag niet.", { naam: "Kies een andere naam." });
    if (expectedVersion !== undefined && expectedVersion !== 1) throw new ConflictError();
    if (data.naam === "dubbel") {
      const other = await tx.regio.findFirstOrThrow({ where: { id: { not: regioId } } });
      await tx.regio.update({ where: { id: regioId }, data: { slug: other.slug } });
    }
    await appendAudit(tx, [
      {
        type: "regio_gewijzigd",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: null,
        subjectKind: "regio",
        subjectId: regioId,
        payload: { naam: data.naam, slug: "runner-test", omschrijving: null },
        at: now,
      },
    ]);
    return { naam: data.naam };
  },
});

const touchParticipant = defineCommand({
  name: "touchParticipant",
  input: z.object({ participantId: z.string().min(1) }),
  permission: "raadsbesluit.registreren",
  target: "participant",
  async run({ data, targetGemeenteId, today }) {
    return { participantId: data.participantId, targetGemeenteId, today };
  },
});

const systemStep = defineCommand({
  name: "systemStep",
  input: z.object({}),
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ user, actor }) {
    return { userId: user.id, actorRole: actor.role };
  },
});

/**
 * Two audit calls around a write, and what the transaction sees of the chain meanwhile: the runner
 * defers the append to its last statement, so while the command runs nothing is appended yet and
 * the chain's advisory lock (gr_volg_audit_append) is not held.
 */
const seen: { eventsDuring: number; chainLockDuring: number }[] = [];
const twoEvents = defineCommand({
  name: "twoEvents",
  input: z.object({ naam: z.string() }),
  permission: "regio.beheren",
  target: "regio",
  async run({ tx, data, user, now }) {
    const event = (naam: string) => ({
      type: "regio_gewijzigd" as const,
      actorId: user.id,
      actorRole: user.role,
      gemeenteId: null,
      subjectKind: "regio",
      subjectId: regioId,
      payload: { naam, slug: "runner-test", omschrijving: null },
      at: now,
    });
    await appendAudit(tx, [event(`${data.naam} 1`)]);
    await tx.regio.update({ where: { id: regioId }, data: { naam: data.naam } });
    await appendAudit(tx, [event(`${data.naam} 2`), event(`${data.naam} 3`)]);
    const [row] = await tx.$queryRaw<{ events: number; locks: number }[]>`
      SELECT (SELECT count(*)::int FROM "AuditEvent") AS events,
        (SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND objid = 720260001
          AND pid = pg_backend_pid()) AS locks`;
    seen.push({ eventsDuring: row.events, chainLockDuring: row.locks });
    if (data.naam === "weiger") throw new Refusal("Deze naam mag niet.");
    return {};
  },
});

async function snapshot() {
  const [regios, audit] = await Promise.all([
    db.prisma.regio.findMany({ orderBy: { id: "asc" } }),
    db.prisma.auditEvent.count(),
  ]);
  return { regios, audit };
}

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await db.prisma.regio.create({ data: { slug: "andere-regio", naam: "Andere regio" } });
  regioId = (await db.prisma.regio.findFirstOrThrow({ where: { slug: { not: "andere-regio" } } })).id;
  const participants = await db.prisma.participant.findMany({ include: { gemeente: true } });
  const u = participants.find((p) => p.gemeente.slug === "urk");
  const a = participants.find((p) => p.gemeente.slug === "almere");
  if (!u || !a) throw new Error("seed has no Urk/Almere participant");
  urk = { participantId: u.id, gemeenteId: u.gemeenteId };
  almere = { participantId: a.id };
});
afterAll(async () => db?.close());

describe("runCommand", () => {
  it("writes the state and its audit event together and returns the command's payload", async () => {
    const before = await snapshot();
    const res = await runCommand(db.prisma, admin, renameRegio, { naam: "Regio Flevoland" });
    expect(res).toEqual({ ok: true, naam: "Regio Flevoland" });
    const after = await snapshot();
    expect(after.audit).toBe(before.audit + 1);
    expect(after.regios.find((r) => r.id === regioId)?.naam).toBe("Regio Flevoland");
  });

  it("appends the command's audit events last, in the order it gave them, and the chain holds", async () => {
    const before = await db.prisma.auditEvent.count();
    const res = await runCommand(db.prisma, admin, twoEvents, { naam: "Volgorde" });
    expect(res).toEqual({ ok: true });
    // While the command ran: nothing appended yet, no chain lock held (it is taken by the last statement).
    expect(seen.at(-1)).toEqual({ eventsDuring: before, chainLockDuring: 0 });
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" }, skip: before });
    expect(events.map((e) => (e.payload as { naam: string }).naam)).toEqual(["Volgorde 1", "Volgorde 2", "Volgorde 3"]);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true });
  });

  it("appends nothing when the command is refused after giving its audit events", async () => {
    const before = await snapshot();
    const res = await runCommand(db.prisma, admin, twoEvents, { naam: "weiger" });
    expect(res).toMatchObject({ ok: false, message: "Deze naam mag niet." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses invalid input with field errors and writes nothing", async () => {
    const before = await snapshot();
    const res = await runCommand(db.prisma, admin, renameRegio, { naam: "x" });
    expect(res).toMatchObject({ ok: false, fieldErrors: { naam: "Vul een naam in." } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses the signed-out and the unauthorized with the table's reason, before reading the input", async () => {
    const before = await snapshot();
    expect(await runCommand(db.prisma, null, renameRegio, { naam: "Nieuw" })).toEqual({
      ok: false,
      message: "U moet ingelogd zijn om dit te doen.",
    });
    const reason = can(griffierUrk(), "regio.beheren");
    expect(reason.allowed).toBe(false);
    // Invalid input: still the authorization refusal (an outsider learns nothing about the form).
    expect(await runCommand(db.prisma, griffierUrk(), renameRegio, { naam: 1 })).toEqual({
      ok: false,
      message: reason.allowed ? "" : reason.reason,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("rolls back a Refusal thrown after a write, with its Dutch message and field errors", async () => {
    const before = await snapshot();
    const res = await runCommand(db.prisma, admin, renameRegio, { naam: "weiger" });
    expect(res).toEqual({ ok: false, message: "Deze naam mag niet.", fieldErrors: { naam: "Kies een andere naam." } });
    expect(await snapshot()).toEqual(before);
  });

  it("turns a stale version into the Dutch conflict message, writing nothing", async () => {
    const before = await snapshot();
    const res = await runCommand(db.prisma, admin, renameRegio, { naam: "Laat" }, { expectedVersion: 0 });
    expect(res).toEqual({ ok: false, message: new ConflictError().message });
    expect(res.ok ? "" : res.message).toMatch(/^Iemand anders heeft/);
    expect(await snapshot()).toEqual(before);
  });

  it("turns a unique collision into a Dutch refusal, writing nothing", async () => {
    const before = await snapshot();
    const res = await runCommand(db.prisma, admin, renameRegio, { naam: "dubbel" });
    expect(res.ok).toBe(false);
    expect(res.ok ? "" : res.message).toMatch(/al door iemand anders vastgelegd/);
    expect(await snapshot()).toEqual(before);
  });

  it("scopes a participant target to the own gemeente and hands the target to the command", async () => {
    const own = await runCommand(db.prisma, griffierUrk(), touchParticipant, { participantId: urk.participantId });
    expect(own).toMatchObject({ ok: true, targetGemeenteId: urk.gemeenteId });
    expect(own.ok && /^\d{4}-\d{2}-\d{2}$/.test(own.today)).toBe(true);
    const other = await runCommand(db.prisma, griffierUrk(), touchParticipant, {
      participantId: almere.participantId,
    });
    expect(other).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    // An unknown participant looks exactly like another gemeente's to a scoped user.
    expect(await runCommand(db.prisma, griffierUrk(), touchParticipant, { participantId: "bestaat-niet" })).toEqual(
      other,
    );
  });

  it("gives the date in the Netherlands as today, not the UTC date", async () => {
    const res = await runCommand(
      db.prisma,
      griffierUrk(),
      touchParticipant,
      { participantId: urk.participantId },
      { now: new Date("2026-06-30T22:30:00Z") },
    );
    expect(res).toMatchObject({ ok: true, today: "2026-07-01" });
  });

  it("lets the system actor run only commands declared for it", async () => {
    expect(await runCommand(db.prisma, SYSTEM_SECRETARIAAT, systemStep, {})).toEqual({
      ok: true,
      userId: null,
      actorRole: "SECRETARIAAT",
    });
    const system = { ...SYSTEM_SECRETARIAAT, role: "ADMIN" as const };
    expect(await runCommand(db.prisma, system, renameRegio, { naam: "Systeem" })).toEqual({
      ok: false,
      message: "Deze handeling kan alleen een ingelogde gebruiker doen.",
    });
  });

  it("rejects a declaration that mixes public and permission", () => {
    expect(() =>
      defineCommand({
        name: "broken",
        input: z.object({}),
        permission: null,
        target: "regio",
        run: async () => ({}),
      }),
    ).toThrow(/public/);
  });
});
