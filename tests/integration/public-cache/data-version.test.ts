import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { readVersions, resetAllDataVersions, versionKey, type VersionRow } from "@/lib/public-cache/data-version";
import {
  LIST_SUBJECT,
  PERSONAL_PAGE_SUBJECTS,
  PUBLIC_PAGE_SUBJECTS,
  subjectsOfTables,
} from "@/lib/public-cache/subjects";
import { REGIONAL_PATH, scenario, type GrScenario } from "@/lib/scenario";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import { loadRegelingTimeline } from "@/lib/services/timeline";
import { ACCOUNT_SOURCE_POLICY, pairKey, reserveAttempt } from "@/lib/services/login-throttle";
import { createUserSession } from "@/lib/auth/session-store";
import { runCommand } from "@/lib/commands";
import { recordSignOut } from "@/lib/services/sessions";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";

let db: Awaited<ReturnType<typeof openTestDb>>;
let gr: GrScenario;
const REGELING = "gr-sociaal-domein-flevoland";
const NOW = new Date("2026-11-24T10:00:00Z");
const TODAY = "2026-11-24";

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await resetAllDataVersions(db.prisma);
  gr = await scenario(db.prisma).regeling(REGELING).load();
}, 300_000);
afterAll(async () => db?.close());

// The key of a page that is not one regeling's or gemeente's (those are in scoped-versions.test.ts):
// every kind plus "lijst", which every command writing shown data moves.
const LIST_PAGE = [...PUBLIC_PAGE_SUBJECTS, LIST_SUBJECT];
const PERSONAL_PAGE = [...PERSONAL_PAGE_SUBJECTS, LIST_SUBJECT];
const key = async (subjects = LIST_PAGE) => versionKey(await readVersions(db.prisma), subjects, NOW);

/** What the public regeling page and a participant's gemeente page show (their read models). */
async function shown(): Promise<string> {
  const gemeente = Object.keys(gr.participants)[0];
  return JSON.stringify([
    await loadPublicRegeling(db.prisma, REGELING, TODAY),
    await loadPublicGemeente(db.prisma, gemeente, TODAY),
    await loadRegelingTimeline(db.prisma, REGELING, TODAY),
  ]);
}

describe("per-subject data versions behind the public HTML cache", () => {
  it("every change a public page shows, made through the runner, moves the public key", async () => {
    // Walk the procedure step by step through the runner (regional steps, a receipt per raad):
    // whenever the pages' read models show something new, the key the cache compares must differ.
    const steps: Array<[string, () => Promise<unknown>]> = REGIONAL_PATH.slice(0, 3).map((step) => [
      step,
      () => gr.through(step),
    ]);
    for (const slug of Object.keys(gr.participants).slice(0, 2))
      steps.push([`ontvangen ${slug}`, () => gr.ontvangen(slug, "2026-05-04")]);
    let changed = 0;
    for (const [name, step] of steps) {
      const [keyBefore, shownBefore] = [await key(), await shown()];
      await step();
      const [keyAfter, shownAfter] = [await key(), await shown()];
      if (shownAfter !== shownBefore) {
        changed++;
        expect(keyAfter, name).not.toBe(keyBefore);
      }
    }
    // The walk really changed the pages (else the property above would hold vacuously).
    expect(changed).toBeGreaterThanOrEqual(steps.length - 1);
  }, 120_000);

  it("a refused command moves nothing (its transaction rolled back)", async () => {
    const before = await key();
    // A step the procedure has passed is refused by the domain: nothing is written, no version moves.
    const again = await runCommand(
      db.prisma,
      await gr.secretariaat(),
      recordRegionalStep,
      { procedureId: gr.procedureId, step: "concept_opgesteld", date: "2026-02-01", versionId: gr.conceptVersionId },
      { now: NOW },
    );
    expect(again.ok).toBe(false);
    expect(await key()).toBe(before);
  });

  it("sign-in bookkeeping, a sign-out through the runner and an empty transaction re-render nothing", async () => {
    const before = await key();
    const beforePersonal = await key(PERSONAL_PAGE);
    const user = await gr.griffier(Object.keys(gr.participants)[0]);
    // A failed sign-in (throttle row) and a successful one (session row), as lib/auth does them.
    await reserveAttempt(db.prisma, pairKey("iemand@example.nl", "198.51.100.7"), ACCOUNT_SOURCE_POLICY);
    const { sid } = await createUserSession(db.prisma, user.id, { userAgent: "test", sourceAddress: "198.51.100.7" });
    // Sign-out goes through the runner: it writes the session and an audit event, nothing shown.
    const out = await runCommand(
      db.prisma,
      { ...user, sessionId: sid },
      recordSignOut,
      { bronadres: "198.51.100.7" },
      { now: NOW },
    );
    expect(out.ok).toBe(true);
    expect(await db.prisma.auditEvent.count({ where: { type: "afgemeld" } })).toBe(1);
    await db.prisma.$queryRaw`SELECT txid_current()`;
    expect(await key()).toBe(before);
    expect(await key(PERSONAL_PAGE)).toBe(beforePersonal);
  });

  it("a transaction in another database on the same PostgreSQL server moves nothing", async () => {
    if (!isPostgres()) return; // PGlite is one database per process.
    const other = await openDb(db.url.replace(/\/[^/?]+(\?|$)/, "/postgres$1"));
    try {
      const before = await key();
      await other.prisma.$transaction(async (tx) => tx.$queryRaw`SELECT txid_current()`);
      expect(await key()).toBe(before);
    } finally {
      await other.close();
    }
  });

  it("a second instance on the same database sees a change at once", async () => {
    if (!isPostgres()) return; // PGlite is single-process: there is no second instance.
    const other: OpenedDb = await openDb(db.url);
    try {
      const before = versionKey(await readVersions(other.prisma), LIST_PAGE, NOW);
      await gr.ontvangen(Object.keys(gr.participants)[2], "2026-05-05");
      expect(versionKey(await readVersions(other.prisma), LIST_PAGE, NOW)).not.toBe(before);
    } finally {
      await other.close();
    }
  });

  it("seed, scale and restore move every subject above anything handed out before", async () => {
    const before: VersionRow = await readVersions(db.prisma);
    await resetAllDataVersions(db.prisma);
    const after = await readVersions(db.prisma);
    for (const s of PERSONAL_PAGE) expect(BigInt(after[s]) > BigInt(before[s] ?? 0), s).toBe(true);
  });

  it("maps tables to subjects: private bookkeeping to none, an unknown table to 'overig'", () => {
    expect(subjectsOfTables(["LoginThrottle", "UserSession", "AuditEvent", "SentReminder"])).toEqual([]);
    expect(subjectsOfTables(["Track", "AuditEvent", "Besluit"])).toEqual(["procedure"]);
    expect(subjectsOfTables(["NieuweTabel"])).toEqual(["overig"]);
    expect(PUBLIC_PAGE_SUBJECTS).toContain("overig");
  });

  it("includes the Dutch calendar day, because public pages count days", async () => {
    const v = await readVersions(db.prisma);
    expect(versionKey(v, PUBLIC_PAGE_SUBJECTS, new Date("2026-11-24T22:59:00Z")).endsWith("|2026-11-24")).toBe(true);
    expect(versionKey(v, PUBLIC_PAGE_SUBJECTS, new Date("2026-11-24T23:00:00Z")).endsWith("|2026-11-25")).toBe(true);
  });
});
