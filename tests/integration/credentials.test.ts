import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { hashPassword, LOGIN_FAILURE_MESSAGE, LOGIN_LOCKED_MESSAGE, THROTTLE, verifyCredentials } from "@/lib/services/credentials";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  const gemeente = await db.prisma.gemeente.create({ data: { slug: "testdorp", naam: "Testdorp" } });
  await db.prisma.user.create({
    data: { email: "griffier@testdorp.nl", naam: "Griffier Testdorp", role: "GRIFFIER", gemeenteId: gemeente.id, passwordHash: await hashPassword("juist-wachtwoord") },
  });
  await db.prisma.user.create({
    data: { email: "slot@testdorp.nl", naam: "Griffier Slot", role: "GRIFFIER", gemeenteId: gemeente.id, passwordHash: await hashPassword("juist-wachtwoord") },
  });
  await db.prisma.user.create({
    data: { email: "oud@testdorp.nl", naam: "Oud account", role: "GRIFFIER", gemeenteId: gemeente.id, actief: false, passwordHash: await hashPassword("juist-wachtwoord") },
  });
});
afterAll(async () => db?.close());

describe("credentials sign-in", () => {
  it("accepts the right password and returns role and gemeente (case-insensitive e-mail)", async () => {
    const res = await verifyCredentials(db.prisma, { email: "Griffier@Testdorp.nl", password: "juist-wachtwoord" });
    expect(res).toMatchObject({ ok: true, user: { role: "GRIFFIER", gemeenteNaam: "Testdorp" } });
  });

  it("gives the same Dutch message for a wrong password, an unknown address and a disabled account", async () => {
    const wrong = await verifyCredentials(db.prisma, { email: "griffier@testdorp.nl", password: "fout" });
    const unknown = await verifyCredentials(db.prisma, { email: "niemand@testdorp.nl", password: "fout" });
    const disabled = await verifyCredentials(db.prisma, { email: "oud@testdorp.nl", password: "juist-wachtwoord" });
    for (const r of [wrong, unknown, disabled]) expect(r).toEqual({ ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false });
  });

  it("refuses malformed input without touching the database", async () => {
    const before = await db.prisma.loginAttempt.count();
    for (const input of [null, {}, { email: "geen-adres", password: "x" }, { email: "a@b.nl", password: "" }, { email: "x".repeat(300) + "@b.nl", password: "x" }]) {
      expect((await verifyCredentials(db.prisma, input)).ok).toBe(false);
    }
    expect(await db.prisma.loginAttempt.count()).toBe(before);
  });

  it("locks an address after repeated failures, even for the right password, and releases it after the window", async () => {
    // Its own account and a moment far from the other tests' attempts (which use the real clock).
    const email = "slot@testdorp.nl";
    const t0 = new Date(Date.now() + 7 * 24 * 3600_000);
    for (let i = 0; i < THROTTLE.maxFailures; i++) {
      const r = await verifyCredentials(db.prisma, { email, password: `fout-${i}` }, new Date(t0.getTime() + i * 1000));
      expect(r.ok).toBe(false);
    }
    const locked = await verifyCredentials(db.prisma, { email, password: "juist-wachtwoord" }, new Date(t0.getTime() + 10_000));
    expect(locked).toEqual({ ok: false, message: LOGIN_LOCKED_MESSAGE, locked: true });
    const later = new Date(t0.getTime() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect((await verifyCredentials(db.prisma, { email, password: "juist-wachtwoord" }, later)).ok).toBe(true);
  });
});
