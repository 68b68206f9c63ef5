import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { hashPassword, LOGIN_FAILURE_MESSAGE, verifyCredentials } from "@/lib/services/credentials";
import { ACCOUNT_SOURCE_POLICY, pairKey, reserveAttempt, sourcePolicy } from "@/lib/services/login-throttle";
import { UNKNOWN_SOURCE } from "@/lib/auth/source-address";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let userId: string;
let gemeenteId: string;
beforeAll(async () => {
  db = await openTestDb();
  gemeenteId = (await db.prisma.gemeente.create({ data: { slug: "remdorp", naam: "Remdorp" } })).id;
  const user = await db.prisma.user.create({
    data: {
      email: "griffier@remdorp.nl",
      naam: "Griffier Remdorp",
      role: "GRIFFIER",
      gemeenteId,
      passwordHash: await hashPassword("juist-wachtwoord"),
    },
  });
  userId = user.id;
});
afterAll(async () => db?.close());

const events = (type: string) => db.prisma.auditEvent.findMany({ where: { type }, orderBy: { id: "asc" } });

describe("sign-in throttling: atomic counting", () => {
  it("lets at most the threshold of 10 parallel reservations through", async () => {
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        reserveAttempt(db.prisma, pairKey("parallel@remdorp.nl", "192.0.2.1"), ACCOUNT_SOURCE_POLICY, now),
      ),
    );
    expect(results.filter((r) => !r.rejected)).toHaveLength(ACCOUNT_SOURCE_POLICY.threshold);
  });

  it("checks at most the threshold of 10 parallel wrong passwords; the others are refused before bcrypt", async () => {
    const before = (await events("inloggen_mislukt")).length;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        verifyCredentials(db.prisma, { email: "griffier@remdorp.nl", password: `fout-${i}` }, { source: "192.0.2.2" }),
      ),
    );
    const checked = results.filter((r) => !r.ok && !r.locked);
    expect(checked).toHaveLength(ACCOUNT_SOURCE_POLICY.threshold);
    expect(results.filter((r) => !r.ok && r.locked)).toHaveLength(10 - ACCOUNT_SOURCE_POLICY.threshold);
    for (const r of results)
      if (!r.ok && r.locked)
        expect(r.message).toMatch(/^Te veel pogingen\. Probeer het over \d+ minuu?t(en)? opnieuw\.$/);
    // Only attempts that reached the password check are logged as failures.
    expect((await events("inloggen_mislukt")).length - before).toBe(ACCOUNT_SOURCE_POLICY.threshold);
    // The real user elsewhere is not affected.
    expect(
      (
        await verifyCredentials(
          db.prisma,
          { email: "griffier@remdorp.nl", password: "juist-wachtwoord" },
          { source: "192.0.2.3" },
        )
      ).ok,
    ).toBe(true);
  });
});

describe("sign-in throttling: password spraying", () => {
  it("backs off a source after too many failures across accounts; other sources still sign in", async () => {
    const limit = sourcePolicy().threshold;
    const source = "192.0.2.50";
    const t0 = new Date(Date.now() + 30 * 24 * 3600_000);
    for (let i = 0; i < limit; i++) {
      const r = await verifyCredentials(
        db.prisma,
        { email: `slachtoffer${i}@remdorp.nl`, password: "Welkom01" },
        { source, now: new Date(t0.getTime() + i) },
      );
      expect(r, `poging ${i}`).toEqual({ ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false });
    }
    // A fresh account from the same source, even with the right password: refused by the source's back-off.
    const refused = await verifyCredentials(
      db.prisma,
      { email: "griffier@remdorp.nl", password: "juist-wachtwoord" },
      { source, now: new Date(t0.getTime() + limit + 10) },
    );
    expect(refused).toMatchObject({ ok: false, locked: true });
    const ok = await verifyCredentials(
      db.prisma,
      { email: "griffier@remdorp.nl", password: "juist-wachtwoord" },
      { source: "192.0.2.51", now: new Date(t0.getTime() + limit + 20) },
    );
    expect(ok.ok).toBe(true);
    const backoff = (await events("inloggen_afgeremd")).filter(
      (e) => (e.payload as { afremmen?: string }).afremmen === "bron",
    );
    expect(backoff.at(-1)).toMatchObject({
      subjectKind: "Inlogbron",
      subjectId: source,
      actorId: null,
      gemeenteId: null,
    });
  });

  it("does not pool unknown sources into one spraying bucket (that would let anyone block everyone)", async () => {
    const limit = sourcePolicy().threshold;
    const t0 = new Date(Date.now() + 60 * 24 * 3600_000);
    for (let i = 0; i <= limit; i++) {
      const r = await verifyCredentials(
        db.prisma,
        { email: `onbekend${i}@remdorp.nl`, password: "x" },
        { source: UNKNOWN_SOURCE, now: new Date(t0.getTime() + i) },
      );
      expect(r).toMatchObject({ ok: false, locked: false });
    }
  });
});

describe("sign-in audit events", () => {
  it("records sign-in, failure and back-off with the source address; no e-mail for unknown accounts", async () => {
    const t0 = new Date(Date.now() + 90 * 24 * 3600_000);
    const source = "2001:db8::7";
    await verifyCredentials(
      db.prisma,
      { email: "griffier@remdorp.nl", password: "juist-wachtwoord" },
      { source, now: t0 },
    );
    const signedIn = must((await events("inloggen_gelukt")).at(-1), "(…)");
    expect(signedIn).toMatchObject({
      actorId: userId,
      actorRole: "GRIFFIER",
      gemeenteId,
      subjectKind: "User",
      subjectId: userId,
      payload: { bron: source, methode: "wachtwoord" },
    });

    await verifyCredentials(
      db.prisma,
      { email: "griffier@remdorp.nl", password: "fout" },
      { source, now: new Date(t0.getTime() + 1) },
    );
    expect((await events("inloggen_mislukt")).at(-1)).toMatchObject({
      actorId: null,
      gemeenteId,
      subjectKind: "User",
      subjectId: userId,
      payload: { bron: source },
    });

    const secretAddress = "geheim.adres@elders.nl";
    for (let i = 0; i < ACCOUNT_SOURCE_POLICY.threshold; i++) {
      await verifyCredentials(
        db.prisma,
        { email: secretAddress, password: `fout-${i}` },
        { source, now: new Date(t0.getTime() + 10 + i) },
      );
    }
    const unknown = must((await events("inloggen_mislukt")).at(-1), "(…)");
    expect(unknown).toMatchObject({
      actorId: null,
      gemeenteId: null,
      subjectKind: "Inlogpoging",
      subjectId: "onbekend-account",
      payload: { bron: source },
    });
    const backoff = must((await events("inloggen_afgeremd")).at(-1), "(…)");
    expect(backoff).toMatchObject({
      actorId: null,
      gemeenteId: null,
      subjectKind: "Inlogpoging",
      payload: { bron: source, afremmen: "account_en_bron" },
    });
    const all = await db.prisma.auditEvent.findMany({ where: { type: { startsWith: "inloggen_" } } });
    expect(JSON.stringify(all, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain("geheim.adres");
  });
});
