import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit } from "@/lib/services/audit";
import { appendLegacyAudit, type LegacyAuditInput } from "./helpers/legacy-audit";
import {
  auditActorChoices,
  auditEventBatches,
  listAuditEvents,
  selectAuditEvents,
  type AuditSelection,
} from "@/lib/services/audit-view";
import { AUDIT_CSV_HEADER, auditCsvStream } from "@/lib/services/audit-view-csv";
import type { Subject } from "@/lib/auth/permissions";

let db: Awaited<ReturnType<typeof openTestDb>>;
const users: Record<string, { id: string; role: Subject["role"]; gemeenteId: string | null }> = {};
const gemeente: Record<string, string> = {};

const subject = (key: string): Subject => ({ role: users[key].role, gemeenteId: users[key].gemeenteId });
const secretariaat = () => subject("secretariaat@demo.gr-volg.nl");
const griffierAlmere = () => subject("griffier.almere@demo.gr-volg.nl");

/** Nasty text a user could type (a reason, a zienswijze subject): formulas, separators, quotes, line breaks. */
const NASTY = [
  '=HYPERLINK("http://kwaad.example","klik")',
  "+31 6 1234",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  'punt; "aanhalingstekens"\nnieuwe regel',
];

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  for (const u of await db.prisma.user.findMany({ select: { id: true, email: true, role: true, gemeenteId: true } }))
    users[u.email] = u;
  for (const g of await db.prisma.gemeente.findMany()) gemeente[g.slug] = g.id;

  const g = (email: string) => users[email];
  const event = (
    n: number,
    actorEmail: string | null,
    gemeenteSlug: string | null,
    type: string,
    at: string,
    reason: string | null = null,
  ): LegacyAuditInput => ({
    type,
    actorId: actorEmail ? g(actorEmail).id : null,
    actorRole: actorEmail ? g(actorEmail).role : "SYSTEEM",
    gemeenteId: gemeenteSlug ? gemeente[gemeenteSlug] : null,
    subjectKind: "gr_procedure",
    subjectId: n % 2 ? `proc-a:raad:${n}` : `proc-b:raad:${n}`,
    fromState: "ontvangen",
    toState: "geagendeerd",
    payload: { n, onderwerp: NASTY[n % NASTY.length] },
    reason,
    at: new Date(at),
  });
  // The test_* types are not in the catalogue: events of an older trail, which the view must still show and filter.
  const events: LegacyAuditInput[] = [
    event(1, "griffier.almere@demo.gr-volg.nl", "almere", "test_ontvangen", "2026-03-01T10:00:00Z"),
    // 23:30 UTC on 1 March is 00:30 on 2 March in Dutch time: it belongs to 2 March.
    event(2, "griffier.almere@demo.gr-volg.nl", "almere", "test_geagendeerd", "2026-03-01T23:30:00Z", NASTY[0]),
    event(3, "griffier.dronten@demo.gr-volg.nl", "dronten", "test_ontvangen", "2026-03-05T09:00:00Z", NASTY[5]),
    event(4, "secretariaat@demo.gr-volg.nl", null, "test_regionaal", "2026-03-06T09:00:00Z", NASTY[1]),
    event(5, null, "almere", "test_geagendeerd", "2026-04-01T09:00:00Z", NASTY[2]),
    event(6, "griffier.dronten@demo.gr-volg.nl", "dronten", "test_geagendeerd", "2026-04-02T09:00:00Z", NASTY[3]),
    event(7, "griffier.almere@demo.gr-volg.nl", "almere", "test_ontvangen", "2026-04-03T09:00:00Z", NASTY[4]),
  ];
  await db.prisma.$transaction((tx) => appendLegacyAudit(tx, events));
});
afterAll(async () => db?.close());

const only = (q: Record<string, string>) => ({ ...q });
async function ids(user: Subject, q: Record<string, string>, pageSize = 100): Promise<number[]> {
  const page = await listAuditEvents(db.prisma, user, q, pageSize);
  if (!page.ok) throw new Error(page.message);
  return page.events.filter((e) => e.type.startsWith("test_")).map((e) => (e.payload as { n: number }).n);
}

describe("audit view: authorization", () => {
  it("refuses signed-out users and roles without audit.bekijken, in Dutch", async () => {
    expect(await listAuditEvents(db.prisma, null, {})).toEqual({
      ok: false,
      message: "U moet ingelogd zijn om dit te doen.",
    });
    for (const email of ["raadslid.urk@demo.gr-volg.nl", "college.almere@demo.gr-volg.nl"]) {
      expect(await listAuditEvents(db.prisma, subject(email), {})).toEqual({
        ok: false,
        message: "U heeft geen toestemming voor deze handeling.",
      });
    }
  });

  it("lets the secretariat and the beheerder see every gemeente and regio-wide events", async () => {
    expect(await ids(secretariaat(), {})).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(await ids(subject("beheer@demo.gr-volg.nl"), {})).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("scopes a griffier to the own gemeente, with or without a gemeente filter, and refuses another gemeente", async () => {
    expect(await ids(griffierAlmere(), {})).toEqual([7, 5, 2, 1]);
    expect(await ids(griffierAlmere(), { gemeente: "almere" })).toEqual([7, 5, 2, 1]);
    const page = await listAuditEvents(db.prisma, griffierAlmere(), {});
    expect(page.ok && page.scopedTo?.naam).toBe("Almere");
    expect(page.ok && page.events.every((e) => e.gemeente === "Almere")).toBe(true);
    expect(await listAuditEvents(db.prisma, griffierAlmere(), { gemeente: "dronten" })).toEqual({
      ok: false,
      message: "U kunt dit alleen voor uw eigen gemeente doen.",
    });
  });
});

describe("audit view: filters", () => {
  it("filters by who, what, subject, gemeente and Dutch calendar days", async () => {
    const s = secretariaat();
    expect(await ids(s, { wie: "Griffier.Dronten@demo.gr-volg.nl" })).toEqual([6, 3]);
    expect(await ids(s, { soort: "test_geagendeerd" })).toEqual([6, 5, 2]);
    expect(await ids(s, { onderwerp: "proc-a" })).toEqual([7, 5, 3, 1]);
    expect(await ids(s, { onderwerp: "proc-b:raad:4" })).toEqual([4]);
    expect(await ids(s, { gemeente: "dronten" })).toEqual([6, 3]);
    expect(await ids(s, { van: "2026-03-02", tot: "2026-03-05" })).toEqual([3, 2]);
    expect(await ids(s, { tot: "2026-03-01" })).toEqual([1]);
    expect(await ids(s, { van: "2026-04-02" })).toEqual([7, 6]);
    expect(await ids(s, { gemeente: "almere", soort: "test_ontvangen", van: "2026-04-01" })).toEqual([7]);
    // Empty fields of the GET form mean "no filter".
    expect(await ids(s, { wie: "", soort: " ", gemeente: "", van: "", tot: "" })).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("'wie' only selects accounts the viewer may see; unknown and invisible addresses answer like an account without events", async () => {
    // Dronten's griffier has events in Dronten; Almere's griffier may not see that account.
    const almere = griffierAlmere();
    const noEvents = "raadslid.almere@demo.gr-volg.nl"; // visible to Almere's griffier, no events
    const answers = [];
    for (const wie of [noEvents, "griffier.dronten@demo.gr-volg.nl", "niemand@example.nl"]) {
      const page = await listAuditEvents(db.prisma, almere, { wie });
      expect(page.ok, wie).toBe(true);
      answers.push(
        page.ok
          ? {
              events: page.events.length,
              next: page.next,
              fieldErrors: (page as { fieldErrors?: unknown }).fieldErrors,
            }
          : page,
      );
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toEqual({ events: 0, next: null, fieldErrors: undefined });
    // Her own account is selectable; the secretariat sees every account.
    expect(await ids(almere, { wie: "griffier.almere@demo.gr-volg.nl" })).toEqual([7, 2, 1]);
    expect(await ids(secretariaat(), { wie: "griffier.dronten@demo.gr-volg.nl" })).toEqual([6, 3]);
    expect(await ids(secretariaat(), { wie: "niemand@example.nl" })).toEqual([]);
  });

  it("offers in 'wie' only the accounts the viewer may see", async () => {
    const almere = await listAuditEvents(db.prisma, griffierAlmere(), {});
    if (!almere.ok) throw new Error(almere.message);
    const offered = (await auditActorChoices(db.prisma, almere.scopedTo)).map((a) => a.email);
    expect(offered).toContain("griffier.almere@demo.gr-volg.nl");
    expect(offered.some((e) => !e.includes("almere"))).toBe(false);
    const all = await auditActorChoices(db.prisma, null);
    expect(all.map((a) => a.email)).toEqual(
      expect.arrayContaining(["griffier.dronten@demo.gr-volg.nl", "secretariaat@demo.gr-volg.nl"]),
    );
  });

  it("names the actor, the gemeente and 'Systeem' for events without a user", async () => {
    const page = await listAuditEvents(db.prisma, secretariaat(), { soort: "test_geagendeerd" });
    if (!page.ok) throw new Error(page.message);
    const byN = new Map(page.events.map((e) => [(e.payload as { n: number }).n, e]));
    expect(byN.get(5)).toMatchObject({ actorNaam: "Systeem", actorEmail: null, gemeente: "Almere" });
    expect(byN.get(6)).toMatchObject({ actorEmail: "griffier.dronten@demo.gr-volg.nl", gemeente: "Dronten" });
  });

  it("answers bad input with Dutch messages per field and never runs the query", async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ van: "2026-02-30" }, "van", /begindatum bestaat niet/],
      [{ tot: "gisteren" }, "tot", /einddatum moet een datum zijn/],
      [{ van: "2026-05-01", tot: "2026-04-01" }, "tot", /einddatum ligt vóór de begindatum/],
      [{ soort: "DROP TABLE" }, "soort", /kleine letters/],
      [{ wie: "geen-adres" }, "wie", /e-mailadres/],
      [{ gemeente: "atlantis" }, "gemeente", /gemeente bestaat niet/],
      [{ gemeente: "<script>" }, "gemeente", /Kies een gemeente/],
      [{ na: "abc" }, "na", /pagina bestaat niet/],
      [{ na: "99999999999999999999" }, "na", /pagina bestaat niet/],
      [{ na: "9223372036854775808" }, "na", /pagina bestaat niet/],
      [{ onderwerp: "proc\u0000" }, "onderwerp", /nul-teken/],
      [{ wie: "a\u0000@b.nl" }, "wie", /nul-teken/],
    ];
    for (const [q, field, message] of cases) {
      const res = await listAuditEvents(db.prisma, secretariaat(), q);
      expect(res.ok, JSON.stringify(q)).toBe(false);
      if (!res.ok) expect(res.fieldErrors?.[field], JSON.stringify(q)).toMatch(message);
    }
  });
});

describe("audit view: keyset pagination", () => {
  it("walks every filtered event exactly once, newest first, also when events are appended meanwhile", async () => {
    const s = secretariaat();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAuditEvents(
        db.prisma,
        s,
        only({ soort: "test_ontvangen", ...(cursor ? { na: cursor } : {}) }),
        1,
      );
      if (!page.ok) throw new Error(page.message);
      seen.push(...page.events.map((e) => e.id));
      cursor = page.next;
      pages++;
      if (pages === 1) {
        // A new event during paging lands above the cursor: it neither shifts nor repeats later pages.
        await db.prisma.$transaction((tx) =>
          appendLegacyAudit(tx, [
            {
              type: "test_ontvangen",
              actorId: null,
              actorRole: "SYSTEEM",
              gemeenteId: null,
              subjectKind: "test",
              subjectId: "later",
              payload: { n: 8 },
            },
          ]),
        );
      }
    } while (cursor);
    const all = (
      await db.prisma.auditEvent.findMany({ where: { type: "test_ontvangen" }, orderBy: { id: "desc" } })
    ).map((e) => e.id.toString());
    expect(pages).toBe(3);
    expect(seen).toEqual(all.slice(1)); // everything that existed when paging began, in order, once
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("says there is no next page on the last page", async () => {
    const page = await listAuditEvents(db.prisma, secretariaat(), { soort: "test_regionaal" }, 1);
    expect(page.ok && page.next).toBe(null);
  });
});

async function csvOf(user: Subject, q: Record<string, string>, batchSize = 2): Promise<string> {
  const sel = (await selectAuditEvents(db.prisma, user, q)) as AuditSelection;
  expect(sel.ok).toBe(true);
  // Decode by hand: Response.text() would silently drop the BOM this test checks for.
  const bytes = await new Response(auditCsvStream(auditEventBatches(db.prisma, sel, batchSize))).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

describe("audit export: CSV", () => {
  it("has a BOM, Dutch headers once, the filtered rows across batches, and formula-safe cells", async () => {
    const raw = await csvOf(secretariaat(), { onderwerp: "proc-" });
    expect(raw.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(raw.slice(1), { delimiter: ";", relax_column_count: false });
    expect(rows[0]).toEqual(AUDIT_CSV_HEADER);
    expect(rows.filter((r) => r[0] === "Nummer")).toHaveLength(1);
    const body = rows.slice(1);
    // The event's number is the last part of its subject ("proc-a:raad:7").
    const nOf = (r: string[]) => Number(r[9].split(":").pop());
    expect(body.map(nOf)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const reason = (n: number) => body.find((r) => nOf(r) === n)?.[12];
    expect(reason(2)).toBe(`'${NASTY[0]}`);
    expect(reason(4)).toBe(`'${NASTY[1]}`);
    expect(reason(5)).toBe(`'${NASTY[2]}`);
    expect(reason(6)).toBe(`'${NASTY[3]}`);
    expect(reason(7)).toBe(`'${NASTY[4]}`);
    // Separators, quotes and line breaks survive quoting unchanged.
    expect(reason(3)).toBe(NASTY[5]);
    const two = body.find((r) => nOf(r) === 2) ?? [];
    expect(two.slice(1, 10)).toEqual([
      "2026-03-02 00:30:00",
      expect.any(String),
      "griffier.almere@demo.gr-volg.nl",
      "Griffier",
      "Almere",
      "Onbekende gebeurtenis (test_geagendeerd)",
      "test_geagendeerd",
      "gr_procedure",
      "proc-b:raad:2",
    ]);
    // The data in words, never the stored JSON (formula-safe: the user's text starts with "=").
    expect(two[13]).toBe(`n: 2; onderwerp: ${NASTY[2]}`);
    expect(body.find((r) => nOf(r) === 1)?.[13]).toBe(`n: 1; onderwerp: ${NASTY[1]}`);
    // No cell of any row starts with a formula character.
    for (const r of body) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps a griffier's export to the own gemeente and gives only the header when nothing matches", async () => {
    const rows: string[][] = parse((await csvOf(griffierAlmere(), { onderwerp: "proc-" })).slice(1), {
      delimiter: ";",
    });
    expect(rows.slice(1).map((r) => r[5])).toEqual(["Almere", "Almere", "Almere", "Almere"]);
    const empty = await csvOf(secretariaat(), { soort: "bestaat_niet" });
    expect(parse(empty.slice(1), { delimiter: ";" })).toEqual([AUDIT_CSV_HEADER]);
  });
});

describe("audit view and CSV: every event described from the catalogue", () => {
  const decided = { documentVersionId: "v2", decidedOn: "2026-10-07", votes: { for: 20, against: 3 } };
  beforeAll(async () => {
    const almere = users["griffier.almere@demo.gr-volg.nl"];
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, [
        {
          type: "toestemming_verleend",
          actorId: almere.id,
          actorRole: almere.role,
          gemeenteId: gemeente.almere,
          subjectKind: "raad_track",
          subjectId: "cat-proc:raad:almere",
          fromState: "toestemming_geagendeerd",
          toState: "toestemming_verleend",
          payload: { type: "toestemming_verleend", decision: decided },
          at: new Date("2026-10-07T18:00:00Z"),
        },
        {
          type: "reces_toegevoegd",
          actorId: almere.id,
          actorRole: almere.role,
          gemeenteId: gemeente.almere,
          subjectKind: "vergaderkalender",
          subjectId: "cat-reces",
          payload: { label: "=Zomerreces", van: "2026-07-11", tot: "2026-08-23" },
          at: new Date("2026-10-08T09:00:00Z"),
        },
      ]),
    );
  });

  it("shows the Dutch label and the data as a sentence in the view", async () => {
    const page = await listAuditEvents(db.prisma, secretariaat(), { onderwerp: "cat-" });
    if (!page.ok) throw new Error(page.message);
    expect(page.events.map((e) => [e.type, e.label, e.details])).toEqual([
      [
        "reces_toegevoegd",
        "Reces toegevoegd aan de kalender",
        "=Zomerreces: van 11 juli 2026 tot en met 23 augustus 2026.",
      ],
      [
        "toestemming_verleend",
        "Toestemming verleend",
        "De raad heeft toestemming verleend, besloten op 7 oktober 2026 (20 stemmen voor, 3 tegen).",
      ],
    ]);
  });

  it("names older types 'Onbekende gebeurtenis' and still describes their data in words", async () => {
    const page = await listAuditEvents(db.prisma, secretariaat(), { soort: "test_regionaal" });
    if (!page.ok) throw new Error(page.message);
    expect(page.events.map((e) => [e.label, e.details])).toEqual([
      ["Onbekende gebeurtenis (test_regionaal)", `n: 4; onderwerp: ${NASTY[4]}`],
    ]);
  });

  it("filters on a catalogue type", async () => {
    const page = await listAuditEvents(db.prisma, secretariaat(), { soort: "toestemming_verleend" });
    expect(page.ok && page.events.map((e) => e.subjectId)).toEqual(["cat-proc:raad:almere"]);
  });

  it("writes label, code and the sentence to the CSV, formula-safe, without JSON", async () => {
    const rows: string[][] = parse((await csvOf(secretariaat(), { onderwerp: "cat-" })).slice(1), { delimiter: ";" });
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    const body = rows.slice(1);
    expect(body.map((r) => [r[col("Soort gebeurtenis")], r[col("Code soort")], r[col("Gegevens")]])).toEqual([
      [
        "Reces toegevoegd aan de kalender",
        "reces_toegevoegd",
        "'=Zomerreces: van 11 juli 2026 tot en met 23 augustus 2026.",
      ],
      [
        "Toestemming verleend",
        "toestemming_verleend",
        "De raad heeft toestemming verleend, besloten op 7 oktober 2026 (20 stemmen voor, 3 tegen).",
      ],
    ]);
    for (const r of body) for (const cell of r) expect(cell).not.toMatch(/[{}]/);
  });
});
