import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { createSessionValidator, createUserSession, listOpenSessions } from "@/lib/auth/session-store";
import { recordSignOut, revokeAllOwnSessions, revokeOwnSession } from "@/lib/services/sessions";
import { runCommand, type CommandUser } from "@/lib/commands";

/**
 * Revocable sessions on a real database (PostgreSQL and PGlite): the trigger on "User" raises the
 * session version on exactly the four changes that must end sessions, and the validator refuses
 * revoked, outdated and inactive sessions.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let gemeenteA: string;
let gemeenteB: string;
const meta = { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0", sourceAddress: "127.0.0.9" };
let n = 0;

beforeAll(async () => {
  db = await openTestDb();
  gemeenteA = (await db.prisma.gemeente.create({ data: { slug: "sessiedorp", naam: "Sessiedorp" } })).id;
  gemeenteB = (await db.prisma.gemeente.create({ data: { slug: "anderdorp", naam: "Anderdorp" } })).id;
});
afterAll(async () => db?.close());

async function newUser() {
  n++;
  return db.prisma.user.create({
    data: {
      email: `griffier${n}@sessiedorp.nl`,
      naam: `Griffier ${n}`,
      role: "GRIFFIER",
      gemeenteId: gemeenteA,
      passwordHash: "hash-1",
    },
  });
}
const version = async (id: string) => (await db.prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
/** No cache: every call asks the database (the cache window is tested separately). */
const uncached = () => createSessionValidator(async () => db.prisma, 0);

describe("User.sessionVersion trigger", () => {
  const changes: [string, (gemeente: string) => Record<string, unknown>][] = [
    ["actief", () => ({ actief: false })],
    ["passwordHash", () => ({ passwordHash: "hash-2" })],
    ["role", () => ({ role: "COLLEGE" })],
    ["gemeenteId", () => ({ gemeenteId: gemeenteB })],
  ];
  for (const [field, change] of changes) {
    it(`raises the version and revokes open sessions when ${field} changes`, async () => {
      const user = await newUser();
      const { sid } = await createUserSession(db.prisma, user.id, meta);
      await db.prisma.user.update({ where: { id: user.id }, data: change(gemeenteB) });
      expect(await version(user.id)).toBe(user.sessionVersion + 1);
      const row = await db.prisma.userSession.findUniqueOrThrow({ where: { id: sid } });
      expect(row.revokedReason).toBe("account_gewijzigd");
    });
  }

  it("also fires for plain SQL (any door)", async () => {
    const user = await newUser();
    await db.prisma.$executeRawUnsafe(
      `UPDATE "User" SET "role" = 'SECRETARIAAT', "gemeenteId" = NULL WHERE "id" = $1`,
      user.id,
    );
    expect(await version(user.id)).toBe(user.sessionVersion + 1);
  });

  it("does not fire for unrelated updates or a write of the same value", async () => {
    const user = await newUser();
    const { sid } = await createUserSession(db.prisma, user.id, meta);
    await db.prisma.user.update({
      where: { id: user.id },
      data: { naam: "Andere naam", digestOptIn: true, unsubscribeToken: `t-${n}` },
    });
    await db.prisma.user.update({
      where: { id: user.id },
      data: { actief: true, role: "GRIFFIER", passwordHash: "hash-1", gemeenteId: gemeenteA },
    });
    expect(await version(user.id)).toBe(user.sessionVersion);
    expect(await uncached().validate({ uid: user.id, sid, sv: user.sessionVersion })).toBe(true);
  });
});

describe("validateSession", () => {
  it("accepts an open session and refuses a revoked one, an old version, an inactive user and a foreign uid", async () => {
    const user = await newUser();
    const other = await newUser();
    const v = uncached();
    const s1 = await createUserSession(db.prisma, user.id, meta);
    const s2 = await createUserSession(db.prisma, user.id, meta);
    expect(await v.validate({ uid: user.id, ...s1 })).toBe(true);
    expect(await v.validate({ uid: other.id, ...s1 })).toBe(false);
    expect(await v.validate({ uid: user.id, sid: s1.sid, sv: s1.sv + 1 })).toBe(false);
    expect(await v.validate({ uid: user.id })).toBe(false); // a token from before server-side sessions
    expect(await v.validate(null)).toBe(false);

    const actor: CommandUser = { id: user.id, role: "GRIFFIER", gemeenteId: gemeenteA, sessionId: s2.sid };
    expect(
      await runCommand(db.prisma, actor, revokeOwnSession, { sessieId: s1.sid, bronadres: meta.sourceAddress }),
    ).toMatchObject({
      ok: true,
      revoked: 1,
    });
    expect(await v.validate({ uid: user.id, ...s1 })).toBe(false);
    expect(await v.validate({ uid: user.id, ...s2 })).toBe(true);

    // Version raised directly (e.g. by a future trigger column) without revoking the row: still refused.
    await db.prisma.$executeRawUnsafe(
      `UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = $1`,
      user.id,
    );
    expect(await v.validate({ uid: user.id, ...s2 })).toBe(false);

    const s3 = await createUserSession(db.prisma, user.id, meta);
    expect(await v.validate({ uid: user.id, ...s3 })).toBe(true);
    await db.prisma.user.update({ where: { id: user.id }, data: { actief: false } });
    expect(await v.validate({ uid: user.id, ...s3 })).toBe(false);
  });

  it("reuses an answer only within the cache window", async () => {
    const user = await newUser();
    let clock = 1_000_000;
    const v = createSessionValidator(
      async () => db.prisma,
      5_000,
      () => clock,
    );
    const s = await createUserSession(db.prisma, user.id, meta);
    expect(await v.validate({ uid: user.id, ...s })).toBe(true);
    await db.prisma.userSession.update({ where: { id: s.sid }, data: { revokedAt: new Date() } });
    clock += 4_999;
    expect(await v.validate({ uid: user.id, ...s })).toBe(true);
    clock += 2;
    expect(await v.validate({ uid: user.id, ...s })).toBe(false);
  });

  it("the revoking instance forgets its cached answer at once (one session, or all of a user)", async () => {
    const user = await newUser();
    const v = createSessionValidator(async () => db.prisma, 60_000);
    const [a, b] = [
      await createUserSession(db.prisma, user.id, meta),
      await createUserSession(db.prisma, user.id, meta),
    ];
    expect(await v.validate({ uid: user.id, ...a })).toBe(true);
    expect(await v.validate({ uid: user.id, ...b })).toBe(true);
    await db.prisma.userSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    v.forget(a.sid);
    expect(await v.validate({ uid: user.id, ...a })).toBe(false);
    expect(await v.validate({ uid: user.id, ...b })).toBe(true); // still cached: the window at work
    v.forgetUser(user.id);
    expect(await v.validate({ uid: user.id, ...b })).toBe(false);
  });

  it("refuses to end another user's session", async () => {
    const user = await newUser();
    const other = await newUser();
    const s = await createUserSession(db.prisma, other.id, meta);
    const actor: CommandUser = { id: user.id, role: "GRIFFIER", gemeenteId: gemeenteA, sessionId: null };
    const res = await runCommand(db.prisma, actor, revokeOwnSession, {
      sessieId: s.sid,
      bronadres: meta.sourceAddress,
    });
    expect(res.ok).toBe(false);
    expect(await uncached().validate({ uid: other.id, ...s })).toBe(true);
  });
});

describe("sign-out and Overal afmelden", () => {
  it("sign-out revokes the token's session and writes an 'afgemeld' event with the source address", async () => {
    const user = await newUser();
    const s = await createUserSession(db.prisma, user.id, meta);
    const signedIn = { id: user.id, role: "GRIFFIER" as const, gemeenteId: gemeenteA, sessionId: s.sid };
    await runCommand(db.prisma, signedIn, recordSignOut, { bronadres: meta.sourceAddress });
    expect(await uncached().validate({ uid: user.id, ...s })).toBe(false);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "afgemeld", actorId: user.id } });
    expect(event.payload).toMatchObject({ bronadres: "127.0.0.9" });
  });

  it("revokes every session of the user (and no one else's) in one audited change", async () => {
    const user = await newUser();
    const other = await newUser();
    const mine = [await createUserSession(db.prisma, user.id, meta), await createUserSession(db.prisma, user.id, meta)];
    const theirs = await createUserSession(db.prisma, other.id, meta);
    expect((await listOpenSessions(db.prisma, user.id, 3600)).length).toBe(2);
    const actor: CommandUser = { id: user.id, role: "GRIFFIER", gemeenteId: gemeenteA, sessionId: mine[0].sid };
    expect(
      await runCommand(db.prisma, actor, revokeAllOwnSessions, { bevestigd: "ja", bronadres: meta.sourceAddress }),
    ).toMatchObject({ ok: false });
    expect(
      await runCommand(db.prisma, actor, revokeAllOwnSessions, { bevestigd: true, bronadres: meta.sourceAddress }),
    ).toMatchObject({
      ok: true,
      revoked: 2,
    });
    const v = uncached();
    for (const s of mine) expect(await v.validate({ uid: user.id, ...s })).toBe(false);
    expect(await v.validate({ uid: other.id, ...theirs })).toBe(true);
    expect(await listOpenSessions(db.prisma, user.id, 3600)).toEqual([]);
    expect(await db.prisma.auditEvent.count({ where: { type: "overal_afgemeld", actorId: user.id } })).toBe(1);
  });

  it("refuses without a signed-in user", async () => {
    expect(
      await runCommand(db.prisma, null, revokeAllOwnSessions, { bevestigd: true, bronadres: meta.sourceAddress }),
    ).toEqual({
      ok: false,
      message: "U moet ingelogd zijn om dit te doen.",
    });
  });
});
