import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import {
  pageKey,
  pageSubjects,
  readVersions,
  regelingData,
  resetAllDataVersions,
  versionKey,
  type VersionRow,
} from "@/lib/public-cache/data-version";
import { clearResponseCache, responseCacheSize } from "@/lib/public-cache/response-cache";
import { listsOfTables } from "@/lib/public-cache/subjects";
import { req, ctx } from "../public/http";
import * as apiRegelingen from "@/app/api/v1/regelingen/route";
import * as apiGemeenten from "@/app/api/v1/gemeenten/route";
import * as apiDocumenten from "@/app/api/v1/documenten/route";
import * as apiBesluiten from "@/app/api/v1/besluiten/route";
import * as apiZienswijzen from "@/app/api/v1/zienswijzen/route";
import * as apiDeadlines from "@/app/api/v1/deadlines/route";
import * as icsRegeling from "@/app/ics/regelingen/[slug]/route";
import * as icsGemeente from "@/app/ics/gemeenten/[slug]/route";
import * as regelingCycli from "@/app/api/v1/regelingen/[slug]/begrotingscycli/route";
import * as gemeenteCycli from "@/app/api/v1/gemeenten/[slug]/begrotingscycli/route";
import { listPublicRegelingen } from "@/lib/services/public/regelingen";
import { listPublicGemeenten } from "@/lib/services/public/gemeenten";
import { loadTargetVerdicts } from "@/lib/services/timeline";
import { loadConsensusMatrix, searchRegelingen } from "@/lib/services/consensus";
import { defaultRegelingSlug, loadRegelingOverview } from "@/lib/services/overview";
import { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { saveRegeling } from "@/lib/services/beheer/regeling";
import {
  LIST_SUBJECTS,
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
// every kind plus every list (the conservative key of a path no rule maps).
const LIST_PAGE = [...PUBLIC_PAGE_SUBJECTS, ...LIST_SUBJECTS];
const PERSONAL_PAGE = [...PERSONAL_PAGE_SUBJECTS, ...LIST_SUBJECTS];
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

/**
 * Wave 11: the API lists and ICS feeds answered from the server-side response cache, and the index
 * pages and the matrix keyed by the narrowed list versions. Each step goes through the runner; after
 * it, every cached API list and feed must equal a fresh render (the change is visible on the next
 * request), and every index page or matrix whose read models changed must have a new key. A register
 * entry (the mixed benchmark's write) is shown in no list: every list and every feed of another
 * regeling or of a gemeente stays a hit, and the index pages and other matrices keep their keys.
 */
describe("API lists, ICS feeds, index pages and the matrix under writes", () => {
  const LISTS = ["regelingen", "gemeenten", "documenten", "besluiten", "zienswijzen", "deadlines"].map(
    (l) => `/api/v1/${l}?pageSize=100`,
  );
  const routes: Record<string, { GET: (r: Request, c: never) => Promise<Response> }> = {
    regelingen: apiRegelingen,
    gemeenten: apiGemeenten,
    documenten: apiDocumenten,
    besluiten: apiBesluiten,
    zienswijzen: apiZienswijzen,
    deadlines: apiDeadlines,
  };
  let feeds: string[] = [];
  let otherRegeling = "";
  let defaultSlug = "";
  const saved = process.env.PUBLIC_CACHE;

  beforeAll(async () => {
    (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
    process.env.PUBLIC_CACHE = "aan";
    clearResponseCache();
    otherRegeling = (await db.prisma.regeling.findFirstOrThrow({ where: { slug: { not: REGELING } } })).slug;
    defaultSlug = (await defaultRegelingSlug(db.prisma)) ?? "";
    const gemeenten = await db.prisma.gemeente.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    feeds = [
      `/ics/regelingen/${REGELING}.ics`,
      `/ics/regelingen/${otherRegeling}.ics`,
      ...gemeenten.map((g) => `/ics/gemeenten/${g.slug}.ics`),
      // The begroting cycles of one regeling or gemeente are kept like their public pages too.
      `/api/v1/regelingen/${REGELING}/begrotingscycli`,
      `/api/v1/regelingen/${otherRegeling}/begrotingscycli`,
      ...gemeenten.map((g) => `/api/v1/gemeenten/${g.slug}/begrotingscycli`),
    ];
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PUBLIC_CACHE;
    else process.env.PUBLIC_CACHE = saved;
  });

  async function get(path: string): Promise<{ status: number; cache: string | null; body: string }> {
    const [, , kind, rest] = path.split("/");
    let res: Response;
    const cycli = /^\/api\/v1\/(regelingen|gemeenten)\/([^/]+)\/begrotingscycli$/.exec(path);
    if (cycli) {
      const route = cycli[1] === "regelingen" ? regelingCycli : gemeenteCycli;
      res = await route.GET(req(path), ctx({ slug: cycli[2] }) as never);
    } else if (path.startsWith("/api/"))
      res = await routes[path.split("/")[3].split("?")[0]].GET(req(path), undefined as never);
    else {
      const route = kind === "regelingen" ? icsRegeling : icsGemeente;
      res = await route.GET(req(path), ctx({ slug: rest }) as never);
    }
    return { status: res.status, cache: res.headers.get("x-gr-volg-cache"), body: await res.text() };
  }

  /** Every list and feed through the cache, and (with the cache off) rendered fresh. */
  async function responses(): Promise<{
    cached: Record<string, Awaited<ReturnType<typeof get>>>;
    fresh: Record<string, string>;
  }> {
    const cached: Record<string, Awaited<ReturnType<typeof get>>> = {};
    const fresh: Record<string, string> = {};
    for (const path of [...LISTS, ...feeds]) cached[path] = await get(path);
    process.env.PUBLIC_CACHE = "uit";
    try {
      for (const path of [...LISTS, ...feeds]) fresh[path] = (await get(path)).body;
    } finally {
      process.env.PUBLIC_CACHE = "aan";
    }
    return { cached, fresh };
  }

  const indexPages = () => ["/", "/regelingen", "/gemeenten"];
  const matrixPages = () => [
    `/secretariaat?regeling=${REGELING}`,
    `/secretariaat?regeling=${otherRegeling}`,
    "/secretariaat",
    "/secretariaat?regeling=bestaat-niet",
  ];

  // The memoised matrix and timeline of one regeling (lib/read-models), keyed by regelingData.
  const MEMO = `memo:${REGELING}`;

  async function pageKeys(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    const memo = regelingData(REGELING);
    out[MEMO] = pageKey(await readVersions(db.prisma, memo.wants), memo, NOW);
    for (const path of indexPages()) {
      const page = pageSubjects(path);
      out[path] = pageKey(await readVersions(db.prisma, page.wants), page, NOW);
    }
    for (const path of matrixPages()) {
      const url = new URL(path, "http://x");
      const page = pageSubjects(url.pathname, true, url.searchParams);
      out[path] = pageKey(await readVersions(db.prisma, page.wants), page, NOW);
    }
    return out;
  }

  /** What the index pages and the matrices show, through their read models. */
  async function pagesShown(): Promise<Record<string, string>> {
    const regelingen = await listPublicRegelingen(db.prisma);
    const running = regelingen.filter((r) => r.targetInForce && !r.inWerkingOp).map((r) => r.slug);
    const verdicts = [...(await loadTargetVerdicts(db.prisma, running, TODAY))];
    const gemeenten = await listPublicGemeenten(db.prisma);
    const names = await searchRegelingen(db.prisma, "", 1000);
    const matrix = async (slug: string) => JSON.stringify([await loadConsensusMatrix(db.prisma, slug, TODAY), names]);
    return {
      [MEMO]: JSON.stringify([
        await loadConsensusMatrix(db.prisma, REGELING, TODAY),
        await loadRegelingTimeline(db.prisma, REGELING, TODAY),
      ]),
      "/": JSON.stringify([regelingen, gemeenten, verdicts, await loadRegelingOverview(db.prisma, defaultSlug)]),
      "/regelingen": JSON.stringify([regelingen, verdicts]),
      "/gemeenten": JSON.stringify(gemeenten),
      [`/secretariaat?regeling=${REGELING}`]: await matrix(REGELING),
      [`/secretariaat?regeling=${otherRegeling}`]: await matrix(otherRegeling),
      "/secretariaat": await matrix(defaultSlug),
      "/secretariaat?regeling=bestaat-niet": await matrix(defaultSlug),
    };
  }

  const changedIn = new Set<string>();

  /** One step: cached = fresh after it; pages whose read models changed have new keys. */
  async function step(name: string, run: () => Promise<unknown>) {
    await responses(); // warm: every list and feed kept at the current versions
    const before = await responses();
    const [keysBefore, shownBefore] = [await pageKeys(), await pagesShown()];
    await run();
    const after = await responses();
    const [keysAfter, shownAfter] = [await pageKeys(), await pagesShown()];
    for (const path of [...LISTS, ...feeds]) {
      expect(after.cached[path].status, `${name}: ${path}`).toBe(200);
      expect(before.cached[path].cache, `${name}: ${path} warmed`).toBe("hit");
      expect(after.cached[path].body, `${name}: ${path} cached differs from fresh`).toBe(after.fresh[path]);
      if (after.fresh[path] !== before.fresh[path]) {
        changedIn.add(path);
        expect(after.cached[path].cache, `${name}: ${path}`).toBe("miss");
      }
    }
    for (const path of [...indexPages(), ...matrixPages(), MEMO])
      if (shownAfter[path] !== shownBefore[path]) {
        changedIn.add(path);
        expect(keysAfter[path], `${name}: ${path} changed but kept its key`).not.toBe(keysBefore[path]);
      }
    return { before, after, keysBefore, keysAfter, shownBefore, shownAfter };
  }

  it("every change a list, feed, index page or matrix shows is visible on the next request", async () => {
    // Raden the walks above leave alone (they receive the ontwerp for the first two or three).
    const [a, b] = (await gr.raadSlugs()).slice(3);
    await step("zienswijzeprocedure geopend", () => gr.through("zienswijzeprocedure_geopend"));
    await step("ontvangen", () => gr.ontvangen(a, "2026-05-06"));
    await step("geen zienswijze (besluit met pdf)", () => gr.geenZienswijze(a, "2026-06-10"));
    await step("zienswijze vastgesteld", async () => {
      await gr.ontvangen(b, "2026-05-07");
      await gr.zienswijzeVastgesteld(b, "2026-06-11", [{ onderwerp: "Toezicht", tekst: "Meer toezicht." }]);
    });
    // A new version of the document (the documenten list shows its versions).
    await step("nieuwe versie", () => gr.publishDefinitief());
    const beheer = await db.prisma.user.findUniqueOrThrow({ where: { email: "beheer@demo.gr-volg.nl" } });
    const r = await db.prisma.regeling.findUniqueOrThrow({
      where: { id: gr.regelingId },
      include: { participants: { where: { leftOn: null } } },
    });
    await step("regeling hernoemd", async () => {
      const out = await runCommand(
        db.prisma,
        { id: beheer.id, role: beheer.role, gemeenteId: beheer.gemeenteId },
        saveRegeling,
        {
          id: r.id,
          regioId: r.regioId ?? "",
          naam: `${r.naam} (hernoemd)`,
          slug: r.slug,
          vorm: r.vorm,
          partijen: r.partijen,
          vervangtId: r.vervangtId ?? "",
          beoogdeInwerkingtreding: r.targetInForce?.toISOString().slice(0, 10) ?? "",
          topics: r.topics,
          deelnemers: r.participants.map((p) => ({
            gemeenteId: p.gemeenteId,
            scope: p.scope,
            scopeTopics: p.scopeTopics,
          })),
        },
      );
      expect(out.ok, JSON.stringify(out)).toBe(true);
    });
    // The walk changed every list, a gemeente's and the regeling's feed, the index pages and the matrix.
    for (const path of [...LISTS, feeds[0], "/regelingen", "/", `/secretariaat?regeling=${REGELING}`, MEMO])
      expect(changedIn, path).toContain(path);
  }, 300_000);

  it("a register entry re-renders its regeling's public page only: no list, feed, cycles, index page or matrix", async () => {
    const publicPage = async () => {
      const page = pageSubjects(`/regelingen/${REGELING}`);
      return pageKey(await readVersions(db.prisma, page.wants), page, NOW);
    };
    const [pageBefore, recordsBefore] = [await publicPage(), await loadPublicRegeling(db.prisma, REGELING, TODAY)];
    const { after, keysBefore, keysAfter, shownBefore, shownAfter } = await step("registerinschrijving", async () => {
      const out = await runCommand(
        db.prisma,
        await gr.secretariaat(),
        recordRegisterInschrijving,
        { regelingId: gr.regelingId, register: "centraal", ingeschrevenOp: TODAY, kenmerk: "dv-1" },
        { now: NOW },
      );
      expect(out.ok, JSON.stringify(out)).toBe(true);
    });
    // The public regeling page shows the entry among its records: its key moves.
    const recordsAfter = await loadPublicRegeling(db.prisma, REGELING, TODAY);
    expect(JSON.stringify(recordsAfter)).not.toBe(JSON.stringify(recordsBefore));
    expect(JSON.stringify(recordsAfter)).toContain("dv-1");
    expect(await publicPage()).not.toBe(pageBefore);
    // No list, feed or begroting cycles shows it, not even the registered regeling's own: all hits (and
    // step() checked each cached body against a fresh render).
    for (const path of [...LISTS, ...feeds]) {
      expect(after.fresh[path], `${path} shows the entry`).not.toContain("dv-1");
      expect(after.cached[path].cache, path).toBe("hit");
    }
    // The matrices (the registered regeling's too) and the memoised matrix and timeline do not show it:
    // their read models are unchanged, and so are their keys (step() fails a changed model with a kept key).
    for (const path of [...indexPages(), ...matrixPages(), MEMO]) {
      expect(shownAfter[path], `${path} shows the entry`).toBe(shownBefore[path]);
      expect(keysAfter[path], path).toBe(keysBefore[path]);
    }
  }, 120_000);

  it("keeps responses compressed: the memory bound counts the compressed bytes, a hit sends the rendered body", async () => {
    clearResponseCache();
    const { cached, fresh } = await responses();
    const again = await responses();
    const paths = [...LISTS, ...feeds];
    for (const path of paths) {
      expect(again.cached[path].cache, path).toBe("hit");
      expect(again.cached[path].body, path).toBe(fresh[path]);
      expect(cached[path].body, path).toBe(fresh[path]);
    }
    const raw = paths.reduce((sum, p) => sum + Buffer.byteLength(fresh[p]), 0);
    const kept = responseCacheSize();
    expect(kept.entries).toBe(paths.length);
    // JSON and iCalendar compress well; raw bytes counted here would be at least `raw`.
    expect(kept.bytes).toBeLessThan(raw / 2);
  }, 120_000);

  it("maps written tables to the lists they can change; an unknown narrowed table to every list", () => {
    expect(listsOfTables(["RegisterInschrijving", "AuditEvent"])).toEqual([]);
    expect(listsOfTables(["StoredFile", "StoredFileContent", "User"])).toEqual([]);
    expect(listsOfTables(["Motie"])).toEqual(["lijst:besluiten"]);
    expect(listsOfTables(["Besluit"])).not.toContain("lijst:documenten");
    expect(listsOfTables(["Regeling"])).toEqual([...LIST_SUBJECTS]);
    expect(listsOfTables(["NieuweTabel"])).toEqual([...LIST_SUBJECTS]);
  });
});
