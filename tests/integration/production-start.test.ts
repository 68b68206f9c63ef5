import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { openDb } from "@/lib/db/client";
import { dropDatabase } from "@/lib/db/migrate";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { isDemoMode } from "@/lib/services/demo-mode";
import { findValidInvitation } from "@/lib/services/users/invitations";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { DEMO_PASSWORD, demoUsers } from "@/prisma/seed/flevoland";
import { verifyCredentials } from "@/lib/services/credentials";
import { must } from "./helpers/must";

const run = promisify(execFile);
const BIN = join(__dirname, "../../bin/gr-volg.mjs");

async function grVolg(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      timeout: 400_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

/**
 * Issue 14.2 through the real `gr-volg` process on an empty database of the engine under test
 * (a fresh PostgreSQL database, or a fresh embedded directory): the production path migrates
 * only — no demo data, no demo account — and the first beheerder comes from the CLI's link.
 */
describe("production start without demo mode (real gr-volg process)", () => {
  let url: string;
  let cleanup: () => Promise<void>;
  const NEXTAUTH_URL = "https://gr-volg.voorbeeld.nl";
  beforeAll(async () => {
    const base = process.env.TEST_DATABASE_URL ?? "pglite:memory://";
    const target = parseDatabaseUrl(base);
    if (target.kind === "postgres") {
      url = withDatabaseName(target, `${target.database}_p${randomBytes(4).toString("hex")}`.slice(0, 63));
      cleanup = () => dropDatabase(url);
    } else {
      const dir = mkdtempSync(join(tmpdir(), "gr-volg-prod-"));
      url = `pglite:${dir}`;
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => cleanup?.());

  it("refuses to start without NEXTAUTH_SECRET outside demo mode, with a Dutch message", {
    timeout: 400_000,
  }, async () => {
    const r = await grVolg(["start", "-p", "3998"], {
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "",
      AUTH_SECRET: "",
      GR_VOLG_DEMO: "",
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NEXTAUTH_SECRET ontbreekt/);
    expect(r.stderr).toMatch(/gr-volg start --demo/);
  });

  it("migrates an empty database to zero users and no demo mode; maak-beheerder prints a one-time link", {
    timeout: 900_000,
  }, async () => {
    const env = { DATABASE_URL: url, NEXTAUTH_URL };
    expect((await grVolg(["db", "migrate"], env)).code).toBe(0);
    let db = await openDb(url);
    try {
      expect(await db.prisma.user.count()).toBe(0);
      expect(await db.prisma.regeling.count()).toBe(0);
      expect(await isDemoMode(db.prisma)).toBe(false);
    } finally {
      await db.close();
    }
    const r = await grVolg(
      ["beheer", "maak-beheerder", "--email", "beheer@regio-west.nl", "--naam", "Anna Beheer"],
      env,
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const link = r.stdout.match(/https:\/\/gr-volg\.voorbeeld\.nl\/uitnodiging\/([A-Za-z0-9_-]{43})\s*$/m);
    expect(link, r.stdout).not.toBeNull();
    db = await openDb(url);
    try {
      const users = await db.prisma.user.findMany();
      expect(users.map((u) => [u.email, u.role, u.passwordHash, u.isDemo])).toEqual([
        ["beheer@regio-west.nl", "ADMIN", null, false],
      ]);
      expect(await findValidInvitation(db.prisma, must(link, "link")[1])).toMatchObject({
        email: "beheer@regio-west.nl",
        naam: "Anna Beheer",
      });
      expect(await db.prisma.user.count({ where: { isDemo: true } })).toBe(0);
    } finally {
      await db.close();
    }
    const bad = await grVolg(["beheer", "maak-beheerder", "--email", "geen-adres"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/geldig e-mailadres/);
  });
});

describe("demo seed (demo mode only)", () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    db = await openTestDb();
  }, 400_000);
  afterAll(async () => db?.close());

  it("marks the database as demo, is idempotent and never re-activates or resets a demo account", {
    timeout: 400_000,
  }, async () => {
    expect(await isDemoMode(db.prisma)).toBe(false);
    await seedFlevoland(db.prisma);
    expect(await isDemoMode(db.prisma)).toBe(true);
    expect(await db.prisma.user.count({ where: { isDemo: true } })).toBe(demoUsers().length);
    const beheer = must(
      demoUsers().find((u) => u.role === "ADMIN"),
      "demoUsers(…)",
    );
    await db.prisma.user.update({ where: { email: beheer.email }, data: { actief: false } });
    const griffier = must(
      demoUsers().find((u) => u.role === "GRIFFIER"),
      "demoUsers(…)",
    );
    await db.prisma.user.update({ where: { email: griffier.email }, data: { passwordHash: null } });
    await seedFlevoland(db.prisma); // as `gr-volg start --demo` on every restart
    expect(await db.prisma.user.count()).toBe(demoUsers().length);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: beheer.email } })).actief).toBe(false);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: griffier.email } })).passwordHash).toBeNull();
    expect((await verifyCredentials(db.prisma, { email: beheer.email, password: DEMO_PASSWORD })).ok).toBe(false);
  });
});
