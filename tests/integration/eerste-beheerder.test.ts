import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres, openTestDb } from "./helpers/test-db";
import { openDb } from "@/lib/db/client";
import { fingerprint } from "./authz/fixture";
import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/client";
import { runCommand } from "@/lib/commands";
import {
  BEHEERDER_EXISTS,
  beheerderBestaat,
  createEersteBeheerder,
  issueSetupCode,
} from "@/lib/services/users/eerste-beheerder";

/**
 * The first-run page's service on an empty database (both engines): it needs the one-time setup
 * code, makes exactly one beheerder when two submit at the same moment, and is closed for good
 * once any beheerder exists. Refusals write nothing.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => db?.close());

const form = (code: string, email: string) => ({
  code,
  email,
  naam: "Eerste Beheerder",
  password: "een lange zin van woorden",
  passwordHerhaald: "een lange zin van woorden",
});
/** The first-run page's door: the runner, no user (the setup code is the proof). */
const maakEersteBeheerder = (d: Db, raw: unknown, now?: Date) =>
  runCommand(d, null, createEersteBeheerder, raw, { now });
async function expectNothingWritten(fn: () => Promise<unknown>): Promise<void> {
  const before = await fingerprint(db.prisma);
  await fn();
  expect(await fingerprint(db.prisma)).toEqual(before);
}

describe("eerste beheerder", () => {
  it("starts empty: no account at all, so no demo account either", async () => {
    expect(await db.prisma.user.count()).toBe(0);
    expect(await beheerderBestaat(db.prisma)).toBe(false);
  });

  it("refuses without the right code, with an expired code and with an earlier (replaced) code", async () => {
    const old = await issueSetupCode(db.prisma, new Date("2026-01-01T00:00:00Z"));
    if (!old) throw new Error("no code");
    const current = await issueSetupCode(db.prisma);
    if (!current) throw new Error("no code");
    // Issued through the runner: one typed audit event per code, which never holds the code itself.
    const issuedEvents = await db.prisma.auditEvent.findMany({ where: { type: "installatiecode_uitgegeven" } });
    expect(issuedEvents.map((e) => [e.actorRole, e.subjectId])).toEqual([
      ["ADMIN", "eerste-beheerder-code"],
      ["ADMIN", "eerste-beheerder-code"],
    ]);
    expect(JSON.stringify(issuedEvents.map((e) => e.payload))).not.toContain(current.code);
    await expectNothingWritten(async () => {
      expect(await maakEersteBeheerder(db.prisma, form("geraden-code-123", "a@b.nl"))).toMatchObject({
        ok: false,
        fieldErrors: { code: expect.stringContaining("onjuist") },
      });
      expect(await maakEersteBeheerder(db.prisma, form(old.code, "a@b.nl"))).toMatchObject({ ok: false });
      const later = new Date(Date.now() + 25 * 3_600_000);
      expect(await maakEersteBeheerder(db.prisma, form(current.code, "a@b.nl"), later)).toMatchObject({
        ok: false,
      });
      const weak = await maakEersteBeheerder(db.prisma, { ...form(current.code, "a@b.nl"), password: "kort" });
      expect(weak).toMatchObject({ ok: false, fieldErrors: { password: expect.stringContaining("12 tekens") } });
    });
  });

  it("eight submissions at the same moment (two instances): exactly one beheerder, the other refused; then the page is closed", async () => {
    const issued = await issueSetupCode(db.prisma);
    if (!issued) throw new Error("no code");
    // On PostgreSQL the second submission comes in through its own connection pool (a second
    // instance), so the two transactions really overlap; PGlite has one connection.
    const other = isPostgres() ? await openDb(db.url) : null;
    // Warm both pools, so no submission waits for a new connection while another one finishes.
    for (const d of [db, other ?? db])
      await Promise.all([1, 2, 3, 4].map(() => d.prisma.$queryRaw`SELECT pg_sleep(0.05)::text AS s`));
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        // bcrypt runs only under the lock, after the code is checked: all eight reach the lock together.
        maakEersteBeheerder((i % 2 === 0 ? db : (other ?? db)).prisma, {
          ...form(issued.code, `beheerder${i}@gemeente.nl`),
          bronadres: `192.0.2.${i + 1}`,
        }),
      ),
    );
    await other?.close();
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false });
    const admins = await db.prisma.user.findMany({ where: { role: "ADMIN" } });
    expect(admins).toHaveLength(1);
    expect(await bcrypt.compare("een lange zin van woorden", admins[0].passwordHash ?? "")).toBe(true);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "eerste_beheerder_aangemaakt" } });
    expect(event).toMatchObject({ subjectId: admins[0].id, actorRole: "ADMIN" });
    // Closed: no new code, and the used code does not make a second beheerder.
    expect(await issueSetupCode(db.prisma)).toBeNull();
    await expectNothingWritten(async () => {
      expect(await maakEersteBeheerder(db.prisma, form(issued.code, "drie@gemeente.nl"))).toEqual({
        ok: false,
        message: BEHEERDER_EXISTS,
      });
    });
  });
});
