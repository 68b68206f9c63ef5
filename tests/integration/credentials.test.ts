import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import {
  hashPassword,
  LOGIN_FAILURE_MESSAGE,
  LOGIN_UNAVAILABLE_MESSAGE,
  verifyCredentials,
  verifyCredentialsOrRefuse,
} from "@/lib/services/credentials";
import {
  ACCOUNT_SOURCE_POLICY,
  backoffMessage,
  minutesUntil,
  pairKey,
  reserveAttempt,
} from "@/lib/services/login-throttle";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  const gemeente = await db.prisma.gemeente.create({ data: { slug: "testdorp", naam: "Testdorp" } });
  await db.prisma.user.create({
    data: {
      email: "griffier@testdorp.nl",
      naam: "Griffier Testdorp",
      role: "GRIFFIER",
      gemeenteId: gemeente.id,
      passwordHash: await hashPassword("juist-wachtwoord"),
    },
  });
  await db.prisma.user.create({
    data: {
      email: "slot@testdorp.nl",
      naam: "Griffier Slot",
      role: "GRIFFIER",
      gemeenteId: gemeente.id,
      passwordHash: await hashPassword("juist-wachtwoord"),
    },
  });
  await db.prisma.user.create({
    data: {
      email: "oud@testdorp.nl",
      naam: "Oud account",
      role: "GRIFFIER",
      gemeenteId: gemeente.id,
      actief: false,
      passwordHash: await hashPassword("juist-wachtwoord"),
    },
  });
});
afterAll(async () => db?.close());

describe("credentials sign-in", () => {
  it("accepts the right password and returns role and gemeente (case-insensitive e-mail)", async () => {
    const res = await verifyCredentials(db.prisma, { email: "Griffier@Testdorp.nl", password: "juist-wachtwoord" });
    expect(res).toMatchObject({ ok: true, user: { role: "GRIFFIER", gemeenteNaam: "Testdorp" } });
  });

  it("refuses in Dutch, not with the driver's text, when the check itself fails (no connection free under load)", async () => {
    // The database as it answered in the benchmark under load: every statement fails to start.
    const busy = new Proxy(db.prisma, {
      get(target, prop, receiver) {
        if (prop === "$queryRaw" || prop === "$transaction")
          return () =>
            Promise.reject(new Error("Transaction API error: Unable to start a transaction in the given time."));
        return Reflect.get(target, prop, receiver);
      },
    });
    const input = { email: "griffier@testdorp.nl", password: "juist-wachtwoord" };
    await expect(verifyCredentials(busy, input, { source: "198.51.100.7" })).rejects.toThrow("Transaction API error");
    expect(await verifyCredentialsOrRefuse(busy, input, { source: "198.51.100.7" })).toEqual({
      ok: false,
      message: LOGIN_UNAVAILABLE_MESSAGE,
      locked: false,
    });
    // A working database: the same call signs in.
    expect(await verifyCredentialsOrRefuse(db.prisma, input)).toMatchObject({ ok: true });
  });

  it("gives the same Dutch message for a wrong password, an unknown address and a disabled account", async () => {
    const wrong = await verifyCredentials(db.prisma, { email: "griffier@testdorp.nl", password: "fout" });
    const unknown = await verifyCredentials(db.prisma, { email: "niemand@testdorp.nl", password: "fout" });
    const disabled = await verifyCredentials(db.prisma, { email: "oud@testdorp.nl", password: "juist-wachtwoord" });
    for (const r of [wrong, unknown, disabled])
      expect(r).toEqual({ ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false });
  });

  it("refuses malformed input without touching the database", async () => {
    const before = await db.prisma.loginThrottle.count();
    for (const input of [
      null,
      {},
      { email: "geen-adres", password: "x" },
      { email: "a@b.nl", password: "" },
      { email: `${"x".repeat(300)}@b.nl`, password: "x" },
    ]) {
      expect((await verifyCredentials(db.prisma, input)).ok).toBe(false);
    }
    expect(await db.prisma.loginThrottle.count()).toBe(before);
  });

  it("backs off one (account, source) after repeated failures, even for the right password, but not another source", async () => {
    // Its own account and a moment far from the other tests' attempts (which use the real clock).
    const email = "slot@testdorp.nl";
    const t0 = new Date(Date.now() + 7 * 24 * 3600_000);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    for (let i = 0; i < ACCOUNT_SOURCE_POLICY.threshold; i++) {
      const r = await verifyCredentials(
        db.prisma,
        { email, password: `fout-${i}` },
        { source: "198.51.100.7", now: at(i) },
      );
      expect(r).toEqual({ ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false });
    }
    // Back-off of 1 s: the right password from the attacker's source is refused without being checked…
    const blocked = await verifyCredentials(
      db.prisma,
      { email, password: "juist-wachtwoord" },
      { source: "198.51.100.7", now: at(500) },
    );
    expect(blocked).toEqual({
      ok: false,
      message: "Te veel pogingen. Probeer het over 1 minuut opnieuw.",
      locked: true,
    });
    // …while the real user at another address signs in at once.
    expect(
      (
        await verifyCredentials(
          db.prisma,
          { email, password: "juist-wachtwoord" },
          { source: "203.0.113.20", now: at(600) },
        )
      ).ok,
    ).toBe(true);
    // After the back-off the same source may try again, and a success clears its counter.
    expect(
      (
        await verifyCredentials(
          db.prisma,
          { email, password: "juist-wachtwoord" },
          { source: "198.51.100.7", now: at(1_600) },
        )
      ).ok,
    ).toBe(true);
    expect(
      await verifyCredentials(db.prisma, { email, password: "fout" }, { source: "198.51.100.7", now: at(1_700) }),
    ).toMatchObject({ ok: false, locked: false });
  });

  it("doubles the back-off with every further failure, up to 15 minutes", async () => {
    const email = "verdubbel@testdorp.nl"; // unknown account: throttled exactly like an existing one
    const source = "198.51.100.8";
    let now = new Date(Date.now() + 14 * 24 * 3600_000);
    const waits: number[] = [];
    for (let i = 0; i < 16; i++) {
      const r = await reserveAttempt(db.prisma, pairKey(email, source), ACCOUNT_SOURCE_POLICY, now);
      expect(r.rejected).toBe(false);
      if (r.blockedUntil) {
        waits.push((r.blockedUntil.getTime() - now.getTime()) / 1000);
        expect(
          (
            await reserveAttempt(
              db.prisma,
              pairKey(email, source),
              ACCOUNT_SOURCE_POLICY,
              new Date(r.blockedUntil.getTime() - 1),
            )
          ).rejected,
        ).toBe(true);
        now = r.blockedUntil;
      }
    }
    expect(waits.slice(0, 11)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900]);
    expect(waits.at(-1)).toBe(900);
    expect(backoffMessage(minutesUntil(new Date(now.getTime() + 900_000), now))).toBe(
      "Te veel pogingen. Probeer het over 15 minuten opnieuw.",
    );
  });
});
