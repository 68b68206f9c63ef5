import fc from "fast-check";
import { parse as parseCsv } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionHandlers, type ActionName } from "@/lib/actions/handlers";
import { proxy } from "@/proxy";
import { safeCallbackPath, safeRedirect } from "@/lib/auth/callback-url";
import { isDecodablePath } from "@/lib/security/request-path";
import { notaCsv } from "@/lib/export/nota";
import { statusCsv } from "@/lib/export/status-csv";
import { auditCsvRow } from "@/lib/services/audit-view-csv";
import { importVergaderingen } from "@/lib/services/griffie/vergaderingen";
import { vergaderingSchema } from "@/lib/validation/griffie/vergadering";
import type { NotaView } from "@/lib/services/nota";
import type { ConsensusMatrix } from "@/lib/services/consensus";
import type { AuditRow } from "@/lib/services/audit-view";
import { fingerprint, openAuthzFixture, testContext, type AuthzFixture } from "../authz/fixture";
import { validArgs } from "../authz/inputs";
import { isPostgres } from "../helpers/test-db";
import { HOSTILE_DATES, NASTY_STRINGS, SEED, assertProperty, dutchProblems, hostileString, scale } from "./hostile";
import { runCommand } from "@/lib/commands";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { byRunner } from "../helpers/by-runner";
import { must } from "../helpers/must";

const correctBesluit = byRunner(raadCommands.correctBesluit);

/**
 * Issue 13 point 5: hostile input at the entry points that still ended in a 5xx or let bad data
 * through — malformed percent-escapes in /api/v1 and /ics (the real proxy function), impossible
 * and out-of-range dates in every form field, callbackUrl, cross-origin server actions, the
 * calendar import (the form's rules), formula injection in every CSV export, and a correction of a
 * raadsbesluit (the original registration's plausibility checks). 0 × 5xx, nothing written on a
 * refusal, every refusal in Dutch. Fixed seed (hostile.ts).
 */
let f: AuthzFixture;
beforeAll(async () => {
  f = await openAuthzFixture();
});
afterAll(async () => f?.db.close());

const counts: Record<string, number> = {};
const tally = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

describe("malformed percent-escapes in /api/v1 and /ics (the app's proxy)", () => {
  const RUNS = scale(isPostgres() ? 1200 : 400);
  it(`${RUNS} generated paths: undecodable → Dutch 400 (problem+json for the API), the rest passes on`, async () => {
    const percentEscape = fc.oneof(
      fc.constantFrom(
        "%ED%A0%80",
        "%C0%AF",
        "%E0%A4%A",
        "%FF",
        "%",
        "%zz",
        "%E2%82",
        "%F4%90%80%80",
        "%2F",
        "%00",
        "%41",
        "%C3%A9",
        "%F0%9F%98%80",
      ),
      fc
        .tuple(fc.integer({ min: 0, max: 255 }), fc.boolean())
        .map(([b, cut]) => `%${b.toString(16).padStart(2, "0").toUpperCase()}${cut ? "%" : ""}`),
    );
    const path = fc.record({
      base: fc.constantFrom(
        "/api/v1/",
        "/api/v1/gemeenten/",
        "/api/v1/regelingen/",
        "/api/v1/documenten/",
        "/api/v1/bestaat/",
        "/ics/gemeenten/",
        "/ics/regelingen/",
      ),
      parts: fc.array(fc.oneof(percentEscape, fc.constantFrom("urk", "a", ".ics", "-")), {
        minLength: 1,
        maxLength: 4,
      }),
    });
    let refused = 0;
    await assertProperty(
      fc.asyncProperty(path, async ({ base, parts }) => {
        const p = `${base}${parts.join("")}`;
        const res = await proxy(new NextRequest(`http://127.0.0.1${p}`));
        tally("proxy-paths");
        expect(res.status, p).toBeLessThan(500);
        if (isDecodablePath(p)) {
          expect(res.headers.get("x-middleware-next"), p).toBe("1");
          return;
        }
        refused++;
        expect(res.status, p).toBe(400);
        const body = await res.text();
        expect(body).toContain("Dit adres is ongeldig");
        if (p.startsWith("/api/v1")) {
          expect(res.headers.get("content-type")).toContain("application/problem+json");
          expect(JSON.parse(body)).toMatchObject({ status: 400, title: "Ongeldige invoer" });
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(refused, "the generator reaches undecodable paths").toBeGreaterThan(RUNS / 10);
  });
});

describe("cross-origin server-action POSTs (the app's proxy)", () => {
  it("another origin → 403 in Dutch; the own origin and no Origin pass on to Next", async () => {
    const post = (origin: string | null, host = "127.0.0.1:3200") =>
      proxy(
        new NextRequest("http://127.0.0.1:3200/volgen", {
          method: "POST",
          headers: {
            "next-action": "0".repeat(42),
            host,
            ...(origin === null ? {} : { origin }),
            "content-type": "text/plain;charset=UTF-8",
          },
          body: "[]",
        }),
      );
    const hostile = fc.sample(
      fc.oneof(
        fc.constantFrom(
          "https://evil.example",
          "null",
          "http://127.0.0.1:1",
          "http://127.0.0.1:3200.evil.example",
          "file://",
          "not a url",
          "\u0000",
        ),
        hostileString.map((s) => s.slice(0, 200)),
      ),
      { numRuns: 120, seed: SEED },
    );
    for (const origin of hostile) {
      let res: Response;
      try {
        res = await post(origin);
      } catch {
        continue; // a header value fetch refuses to send (control characters) cannot reach the server either
      }
      tally("cross-origin");
      expect(res.status, origin).toBe(403);
      expect(await res.text()).toContain("geweigerd");
    }
    expect(counts["cross-origin"]).toBeGreaterThan(50);
    expect((await post("http://127.0.0.1:3200")).headers.get("x-middleware-next")).toBe("1");
    expect((await post(null)).headers.get("x-middleware-next")).toBe("1");
  });
});

describe("callbackUrl", () => {
  it("every value gives a same-site path without control characters; next-auth's redirect never throws", () => {
    const value = fc.oneof(
      fc.constantFrom(
        "/\nSet-Cookie: x",
        "http://[::1",
        "//evil.example",
        "/\\evil.example/",
        "/%5Cevil.example/",
        "/%2F%2Fevil.example",
        "/%2f/evil",
        "https://evil.example/x",
        "javascript:alert(1)",
        "/werkruimte",
        "/griffie?x=1#a",
      ),
      hostileString,
      fc.webUrl(),
      hostileString.map((s) => `/${s}`),
    );
    fc.assert(
      fc.property(value, (v) => {
        tally("callbackUrl");
        const path = safeCallbackPath(v);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(path).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
        expect(decodeURIComponent(new URL(path, "http://x.invalid").pathname).startsWith("//")).toBe(false);
        const to = safeRedirect({ url: v, baseUrl: "http://127.0.0.1:3200" });
        expect(new URL(to).origin).toBe("http://127.0.0.1:3200");
      }),
      { numRuns: scale(2000), seed: SEED },
    );
    expect(safeCallbackPath("/griffie/vergaderingen?x=1")).toBe("/griffie/vergaderingen?x=1");
    expect(safeRedirect({ url: "http://127.0.0.1:3200/secretariaat", baseUrl: "http://127.0.0.1:3200" })).toBe(
      "http://127.0.0.1:3200/secretariaat",
    );
  });
});

/** The date fields of every form action, found in a valid call (values that look like JJJJ-MM-DD). */
const DATE_KEYS = /^(ontvangenOp|besluitdatum|raadDatum|commissieDatum|ingediendOp|verwachteDatum|datum|van|tot|date)$/;

describe("impossible and out-of-range dates in every form field", () => {
  const actions = (Object.keys(actionHandlers) as ActionName[]).filter(
    (a) =>
      ![
        "importAction",
        "unsubscribeAction",
        "saveFollowAction",
        "answerPointAction",
        "answerNotaAction",
        "publishVersionAction",
        "conceptAction",
      ].includes(a),
  );
  const users = () => ({
    GRIFFIER: f.subjects.GRIFFIER,
    SECRETARIAAT: f.subjects.SECRETARIAAT,
    COLLEGE: f.subjects.COLLEGE,
  });
  const actorOf = (a: ActionName) =>
    ["regionalStepAction", "ontwerpVerzondenAction", "raadsledenoverlegAction", "deelnemerWijzigingAction"].includes(a)
      ? "SECRETARIAAT"
      : a === "collegeStepAction"
        ? "COLLEGE"
        : "GRIFFIER";

  for (const action of actions) {
    it(action, async () => {
      const valid = await validArgs(f, action, "urk", 0);
      const first = valid[0];
      const obj =
        first instanceof FormData
          ? (JSON.parse(String(first.get("invoer"))) as Record<string, unknown>)
          : { ...(first as Record<string, unknown>) };
      const keys = Object.keys(obj).filter((k) => DATE_KEYS.test(k) && /^\d{4}-\d{2}-\d{2}$/.test(String(obj[k])));
      if (keys.length === 0) return;
      const before = await fingerprint(f.prisma);
      for (const bad of HOSTILE_DATES) {
        for (const key of keys) {
          const input = { ...obj, [key]: bad };
          const args =
            first instanceof FormData ? [rebuild(first, input), ...valid.slice(1)] : [input, ...valid.slice(1)];
          const ctx = testContext(f.prisma, users()[actorOf(action)]);
          const handler = actionHandlers[action] as (
            c: typeof ctx,
            ...a: unknown[]
          ) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string> }>;
          const result = await handler(ctx, ...args);
          tally("dates");
          expect(result.ok, `${action}.${key}=${bad}`).toBe(false);
          expect(dutchProblems(result), `${action}.${key}=${bad}`).toEqual([]);
        }
      }
      expect(await fingerprint(f.prisma), "refused: nothing written").toEqual(before);
    });
  }
});

function rebuild(original: FormData, invoer: unknown): FormData {
  const fd = new FormData();
  fd.set("invoer", JSON.stringify(invoer));
  const file = original.get("bestand");
  if (file) fd.set("bestand", file);
  const version = original.get("expectedVersion");
  if (version !== null) fd.set("expectedVersion", version);
  return fd;
}

describe("the calendar import applies the form's rules", () => {
  it("hostile titles and dates in CSV and iCalendar: what is stored passes the form's schema, the rest is skipped in Dutch", async () => {
    const griffier = must(f.subjects.GRIFFIER, "f.subjects.GRIFFIER");
    const title = fc.oneof(
      fc.constantFrom(
        "x".repeat(5010),
        "Raad\u0007vergadering",
        "Raad\u001b[31m",
        "Commissie\tBestuur",
        "Raad\u0085",
        "Raad =HYPERLINK(1)",
      ),
      hostileString.map((s) => `Raad ${s.slice(0, 300)}`),
    );
    const line = fc.record({
      date: fc.oneof(
        fc.constantFrom(...HOSTILE_DATES),
        fc
          .date({ min: new Date("1990-01-01"), max: new Date("2090-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      title,
    });
    const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const icsText = (s: string) =>
      s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
    await assertProperty(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), async (lines, asIcs) => {
        const text = asIcs
          ? [
              "BEGIN:VCALENDAR",
              "VERSION:2.0",
              "PRODID:-//fuzz//NL",
              ...lines.flatMap((l, i) => [
                "BEGIN:VEVENT",
                `UID:${i}@fuzz`,
                `DTSTART;VALUE=DATE:${l.date.replace(/-/g, "")}`,
                `SUMMARY:${icsText(l.title)}`,
                "END:VEVENT",
              ]),
              "END:VCALENDAR",
            ].join("\r\n")
          : ["datum;soort;titel", ...lines.map((l) => `${l.date};raad;${csvField(l.title)}`)].join("\n");
        const res = await runCommand(f.prisma, griffier, importVergaderingen, {
          bestandsnaam: asIcs ? "k.ics" : "k.csv",
          text,
        });
        tally("import-files");
        expect(dutchProblems(res)).toEqual([]);
        if (!res.ok) return;
        for (const s of res.report.skipped) expect(s.reden.length).toBeLessThan(400);
        for (const m of res.report.imported) {
          tally("import-stored");
          expect(
            vergaderingSchema.safeParse({ kind: m.kind, datum: m.datum, titel: m.titel ?? "" }).success,
            JSON.stringify(m).slice(0, 200),
          ).toBe(true);
        }
      }),
      { numRuns: scale(isPostgres() ? 150 : 60), seed: SEED, endOnFailure: true },
    );
    // Nothing in the calendar breaks the form's rules (the public page and the ICS feed read these rows).
    const stored = await f.prisma.meeting.findMany({ select: { kind: true, date: true, titel: true } });
    for (const m of stored) {
      const check = vergaderingSchema.safeParse({
        kind: m.kind === "COMMISSIE" ? "COMMISSIE" : "RAAD",
        datum: m.date.toISOString().slice(0, 10),
        titel: m.titel ?? "",
      });
      if (m.kind === "RAAD" || m.kind === "COMMISSIE") expect(check.success, String(m.titel).slice(0, 80)).toBe(true);
    }
  });

  it("the two findings: a 5,010-character title and control characters are skipped with the form's Dutch message", async () => {
    const text = [
      "datum;soort;titel",
      `2031-03-04;raad;${"x".repeat(5010)}`,
      "2031-03-05;raad;Raad\u0007\u001b[31mvergadering",
      "0000-01-01;raad;Jaar nul",
    ].join("\n");
    const res = await runCommand(f.prisma, must(f.subjects.GRIFFIER, "f.subjects.GRIFFIER"), importVergaderingen, {
      bestandsnaam: "k.csv",
      text,
    });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.imported).toEqual([]);
    expect(res.report.skipped.map((s) => s.reden)).toEqual([
      "De titel is te lang (maximaal 200 tekens).",
      "De titel bevat een onzichtbaar stuurteken (zoals een tab of regeleinde). Haal het weg en probeer het opnieuw.",
      "De datum van de vergadering moet tussen 1900 en 2199 liggen.",
    ]);
  });
});

describe("every CSV export is formula-safe", () => {
  const cells = fc.oneof(
    fc.constantFrom(
      '=HYPERLINK("http://evil.test","klik")',
      "+cmd|' /C calc'!A0",
      "@SUM(1+1)",
      "-2+3",
      "\t=1+1",
      "\r=1",
      "\n=1",
      "＝1+1",
      "'al veilig",
    ),
    hostileString.map((s) => s.slice(0, 200)),
  );
  const check = (csv: string) => {
    const rows = parseCsv(csv.replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true }) as string[][];
    // Numbers the app itself writes (a point's number) stay numbers; every text cell is checked.
    for (const row of rows)
      for (const c of row)
        if (!/^-?\d+$/.test(c)) expect(FORMULA_START.test(c), JSON.stringify(c).slice(0, 100)).toBe(false);
    tally("csv-exports");
  };

  it("nota van beantwoording, status overview and audit export: no cell starts a formula", () => {
    fc.assert(
      fc.property(fc.array(cells, { minLength: 8, maxLength: 8 }), fc.integer({ min: -5, max: 5 }), (t, n) => {
        const nota = {
          titel: t[0],
          answered: 1,
          total: 1,
          groups: [
            {
              article: { nummer: t[1], titel: t[2] },
              points: [
                {
                  gemeente: t[3],
                  nummer: n,
                  onderwerp: t[4],
                  tekst: t[5],
                  antwoord: t[6],
                  disposition: null,
                  changedArticle: null,
                },
              ],
            },
          ],
        } as unknown as NotaView;
        check(notaCsv(nota));
        const matrix = {
          regeling: { naam: t[0] },
          participants: [{ id: "p", naam: t[1], scope: "FULL" }],
          rows: [
            {
              document: t[2],
              stateLabel: t[3],
              cells: [{ participantId: "p", label: t[4], deadline: t[5], risk: "risico" }],
            },
          ],
        } as unknown as ConsensusMatrix;
        check(statusCsv(matrix));
        const audit = {
          id: t[7],
          at: new Date(0),
          actorNaam: t[0],
          actorEmail: t[1],
          actorRole: "GRIFFIER",
          gemeente: t[2],
          type: t[3],
          subjectKind: t[4],
          subjectId: t[5],
          fromState: t[6],
          toState: null,
          reason: t[7],
          payload: { x: t[0] },
          hash: "h",
        } as unknown as AuditRow;
        for (const c of auditCsvRow(audit)) expect(FORMULA_START.test(c)).toBe(false);
      }),
      { numRuns: scale(1000), seed: SEED },
    );
  });

  it("the nota CSV of the issue: =HYPERLINK, +cmd and @SUM get a leading apostrophe", () => {
    const nota = {
      titel: "t",
      answered: 0,
      total: 3,
      groups: [
        {
          article: null,
          points: ['=HYPERLINK("http://evil.test","klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)"].map((tekst, i) => ({
            gemeente: "Urk",
            nummer: i + 1,
            onderwerp: "o",
            tekst,
            antwoord: null,
            disposition: null,
            changedArticle: null,
          })),
        },
      ],
    } as unknown as NotaView;
    const rows = parseCsv(notaCsv(nota).replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
    expect(rows.slice(1).map((r) => r[4])).toEqual([
      '\'=HYPERLINK("http://evil.test","klik")',
      "'+cmd|' /C calc'!A0",
      "'@SUM(1+1)",
    ]);
    expect(rows[1][2]).toBe("1");
  });
});

describe("a correction runs the original registration's plausibility checks", () => {
  it("the issue's case (50 for, 50 against, 12 present) and generated vote counts: refused in Dutch, nothing written", async () => {
    const griffier = must(f.subjects.GRIFFIER, "f.subjects.GRIFFIER");
    const besluit = await f.prisma.besluit.findFirstOrThrow({
      where: { participantId: f.targets.urk.participantId, type: "ZIENSWIJZE", gecorrigeerdDoor: null },
    });
    const correct = (v: { voor: number; tegen: number; zitting: number | ""; aanwezig: number | "" }) =>
      correctBesluit(f.prisma, griffier, {
        besluitId: besluit.id,
        reden: "Tikfout in de stemmen",
        besluitdatum: "2026-06-25",
        besluitnummer: "2026-042",
        stemmenVoor: String(v.voor),
        stemmenTegen: String(v.tegen),
        zittingHebbendeLeden: String(v.zitting),
        aanwezig: String(v.aanwezig),
        moties: [],
      });
    const before = await fingerprint(f.prisma);
    const issue = await correct({ voor: 50, tegen: 50, zitting: 15, aanwezig: 12 });
    expect(issue.ok).toBe(false);
    if (!issue.ok) expect(issue.message).toMatch(/meer stemmen \(100\) uitgebracht dan leden aanwezig \(12\)/);
    const implausible = fc
      .record({
        voor: fc.integer({ min: 0, max: 60 }),
        tegen: fc.integer({ min: 0, max: 60 }),
        zitting: fc.integer({ min: 1, max: 45 }),
        aanwezig: fc.integer({ min: 0, max: 60 }),
      })
      .filter((v) => v.voor + v.tegen > v.aanwezig || v.aanwezig > v.zitting || v.aanwezig * 2 <= v.zitting);
    await assertProperty(
      fc.asyncProperty(implausible, async (v) => {
        const r = await correct(v);
        tally("corrections");
        expect(r.ok, JSON.stringify(v)).toBe(false);
        expect(dutchProblems(r)).toEqual([]);
      }),
      { numRuns: scale(isPostgres() ? 200 : 60), seed: SEED, endOnFailure: true },
    );
    expect(await fingerprint(f.prisma), "refused: nothing written").toEqual(before);
    // A plausible correction still goes through.
    const ok = await correct({ voor: 8, tegen: 4, zitting: 15, aanwezig: 12 });
    expect(ok.ok).toBe(true);
  });
});

describe("figures", () => {
  it("reports what was tried", () => {
    console.info(`hostile entry points: ${JSON.stringify(counts)}`);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(6);
    for (const s of ["0000-01-01", '=HYPERLINK("http://evil.test","klik")'])
      expect([...NASTY_STRINGS, ...HOSTILE_DATES]).toContain(s);
  });
});
