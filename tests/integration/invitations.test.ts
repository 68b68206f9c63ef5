import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { verifyCredentials } from "@/lib/services/credentials";
import {
  INVITATION_INVALID_MESSAGE,
  acceptInvitation,
  findValidInvitation,
  SYSTEM_BEHEER,
  createBeheerder,
  tokenHash,
} from "@/lib/services/users/invitations";
import { runCommand } from "@/lib/commands";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => db?.close());

const GOOD = "drie groene appels op tafel";
const accept = (token: string, password = GOOD, passwordHerhaald = password) =>
  runCommand(db.prisma, null, acceptInvitation, { token, password, passwordHerhaald });

async function fingerprint() {
  const [users, invitations, audit] = await Promise.all([
    db.prisma.user.findMany({ orderBy: { email: "asc" } }),
    db.prisma.userInvitation.findMany({ orderBy: { id: "asc" } }),
    db.prisma.auditEvent.count(),
  ]);
  return JSON.stringify({ users, invitations, audit });
}

describe("first beheerder by invitation (gr-volg beheer maak-beheerder)", () => {
  it("creates a beheerder without password, stores only the token's hash and audits it", async () => {
    const res = await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, {
      email: " Eerste.Beheerder@Regio.nl ",
      naam: "Eerste Beheerder",
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "eerste.beheerder@regio.nl" } });
    expect(user).toMatchObject({
      role: "ADMIN",
      passwordHash: null,
      actief: true,
      isDemo: false,
      naam: "Eerste Beheerder",
    });
    const inv = await db.prisma.userInvitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(inv.tokenHash).toBe(tokenHash(res.token));
    expect(JSON.stringify(inv)).not.toContain(res.token);
    expect(inv.expiresAt.getTime() - inv.createdAt.getTime()).toBeGreaterThan(71 * 3_600_000);
    const events = await db.prisma.auditEvent.findMany({ where: { subjectId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["gebruiker_aangemaakt", "gebruiker_uitgenodigd"]);
    expect(await findValidInvitation(db.prisma, res.token)).toEqual({
      email: "eerste.beheerder@regio.nl",
      naam: "Eerste Beheerder",
      purpose: "uitnodiging",
    });
  });

  it("refuses passwords against the policy with Dutch field errors and changes nothing", async () => {
    const res = await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "beleid@regio.nl" });
    if (!res.ok) throw new Error(res.message);
    const before = await fingerprint();
    const cases: [string, string, string, RegExp][] = [
      ["kort", "kort", "password", /minstens 12 tekens/],
      ["wachtwoord123", "wachtwoord123", "password", /veel gebruikt/],
      ["beleid@regio.nl", "beleid@regio.nl", "password", /e-mailadres/],
      [GOOD, `${GOOD}!`, "passwordHerhaald", /niet gelijk/],
    ];
    for (const [password, herhaald, field, message] of cases) {
      const r = await accept(res.token, password, herhaald);
      expect(r.ok, password).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.[field], password).toMatch(message);
    }
    expect(await fingerprint()).toBe(before);
  });

  it("sets the password once: sign-in works, the token is used up, a second use is refused", async () => {
    const res = await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "tweede@regio.nl" });
    if (!res.ok) throw new Error(res.message);
    expect(await accept(res.token)).toEqual({ ok: true, email: "tweede@regio.nl" });
    const signIn = await verifyCredentials(db.prisma, { email: "tweede@regio.nl", password: GOOD });
    expect(signIn.ok && signIn.user.role).toBe("ADMIN");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "tweede@regio.nl" } });
    expect((await db.prisma.auditEvent.findMany({ where: { subjectId: user.id } })).map((e) => e.type)).toContain(
      "uitnodiging_geaccepteerd",
    );
    const before = await fingerprint();
    expect(await accept(res.token, "een ander wachtwoord van mij")).toEqual({
      ok: false,
      message: INVITATION_INVALID_MESSAGE,
    });
    expect(await findValidInvitation(db.prisma, res.token)).toBeNull();
    expect(await fingerprint()).toBe(before);
  });

  it("lets exactly one of two concurrent submissions set the password", async () => {
    const res = await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "gelijktijdig@regio.nl" });
    if (!res.ok) throw new Error(res.message);
    const results = await Promise.all([
      accept(res.token, "eerste wachtwoord zin"),
      accept(res.token, "tweede wachtwoord zin"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: INVITATION_INVALID_MESSAGE });
    const inv = await db.prisma.userInvitation.findFirstOrThrow({ where: { tokenHash: tokenHash(res.token) } });
    expect(inv.usedAt).not.toBeNull();
  });

  it("refuses an expired and an unknown token with the same message", async () => {
    const past = new Date(Date.now() - 73 * 3_600_000);
    const res = await runCommand(
      db.prisma,
      SYSTEM_BEHEER,
      createBeheerder,
      { email: "verlopen@regio.nl" },
      { now: past },
    );
    if (!res.ok) throw new Error(res.message);
    const before = await fingerprint();
    expect(await findValidInvitation(db.prisma, res.token)).toBeNull();
    expect(await accept(res.token)).toEqual({ ok: false, message: INVITATION_INVALID_MESSAGE });
    expect(await accept("A".repeat(43))).toEqual({ ok: false, message: INVITATION_INVALID_MESSAGE });
    expect(await accept("../../etc")).toEqual({ ok: false, message: INVITATION_INVALID_MESSAGE });
    expect(await fingerprint()).toBe(before);
    // A new link for the same (still password-less) beheerder reuses the account.
    const again = await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "verlopen@regio.nl" });
    expect(again.ok && again.created).toBe(false);
    expect(await accept(again.ok ? again.token : "")).toMatchObject({ ok: true });
  });

  it("does not turn an existing account with another role, or a deactivated one, into a beheerder", async () => {
    await db.prisma.user.create({ data: { email: "griffier@gemeente.nl", naam: "Griffier", role: "GRIFFIER" } });
    await db.prisma.user.create({ data: { email: "weg@regio.nl", naam: "Weg", role: "ADMIN", actief: false } });
    const before = await fingerprint();
    expect(
      await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "griffier@gemeente.nl" }),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/andere rol/),
    });
    expect(await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "weg@regio.nl" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/gedeactiveerd/),
    });
    expect(await runCommand(db.prisma, SYSTEM_BEHEER, createBeheerder, { email: "geen-adres" })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.stringMatching(/geldig e-mailadres/) },
    });
    expect(await fingerprint()).toBe(before);
  });
});
