import fc from "fast-check";

/** Fixed seed: every run generates the same inputs, so a failure is reproducible. */
export const SEED = 20_261_124;

/**
 * Scale of the fuzz suites. The full count runs on PostgreSQL; scripts/test-all.sh's second pass
 * (PGlite, same code) may lower it with FUZZ_SCALE to keep CI time reasonable.
 */
export const scale = (runs: number) => Math.max(20, Math.round(runs * Number(process.env.FUZZ_SCALE ?? 1)));

const HUGE = "x".repeat(1_000_000);
const LONG = "Ω".repeat(20_001);

/** Strings that have broken applications before: control characters, encodings, injections, dates. */
export const NASTY_STRINGS = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "\u0001\u001f\u007f",
  "\uD800",
  "x\uDC00y",
  "\uFFFF\uFFFE",
  "\u202Egnirts\u202C",
  "שלום عربى",
  "👍🏽👨‍👩‍👧‍👦",
  "Z̷̡̛a̸l̴g̵o",
  "ı İ ß ﬁ",
  "\u200B\u200D\uFEFF",
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  '") OR 1=1 --',
  "1; SELECT pg_sleep(5)",
  "$1",
  "%s%n%x",
  "{{7*7}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, sent as plain text on purpose
  "${process.exit()}",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.test","klik")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)",
  "\t=1+1",
  "__proto__",
  "constructor",
  "toString",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "99999999999999999999",
  "0x10",
  "１２",
  "٣",
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "0000-01-01",
  "9999-12-31",
  "275760-09-13",
  "-000001-01-01",
  "2026-1-1",
  "2026-06-25T12:00:00Z",
  "25-06-2026",
  "2026/06/25",
  " 2026-06-25 ",
  "2026-06-25\u0000",
  "1970-01-01",
  "2038-01-19",
  "../../etc/passwd",
  "..\\..\\boot.ini",
  "CON",
  "a/b\\c",
  LONG,
  HUGE,
];

/**
 * Dates that look like JJJJ-MM-DD (or nearly) but cannot be stored or make no sense: year 0 (no such
 * year in PostgreSQL: was a 500), five-digit and negative years, days that do not exist, years far
 * outside any registration (issue 13).
 */
export const HOSTILE_DATES = [
  "0000-01-01",
  "0000-02-29",
  "10000-01-01",
  "-000001-01-01",
  "275760-09-13",
  "0001-01-01",
  "1899-12-31",
  "2200-01-01",
  "9999-12-31",
  "2026-02-30",
  "2025-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-04-31",
  "2026-1-1",
  "2026-06-25T12:00:00Z",
  "2026-06-25\u0000",
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom("a", "\u0000", "\uD800", "\uDC00", "é", "😀", "<", "'", '"', "=", ";", "\n", "1", "-"),
      maxLength: 30,
    }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => s.repeat(500)) },
);

/** Anything a client can post where a string is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { weight: 6, arbitrary: hostileString },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer(),
        fc.double(),
        fc.bigInt().map((b) => Number(b)),
        fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, Number.MAX_VALUE),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, {}, [], [[]], { toString: "x" }) },
    { weight: 1, arbitrary: fc.array(tie("v"), { maxLength: 3, depthIdentifier: "hostile" }) },
    { weight: 1, arbitrary: fc.dictionary(hostileString, tie("v"), { maxKeys: 3, depthIdentifier: "hostile" }) },
  ),
})).v;

/** An array of records whose fields are hostile (moties, points, articles, regelingIds). */
export const hostileList: fc.Arbitrary<unknown> = fc.array(
  fc.oneof(
    hostileString,
    fc.record(
      {
        soort: fc.oneof(fc.constantFrom("MOTIE", "AMENDEMENT"), hostileValue),
        titel: hostileValue,
        indiener: hostileValue,
        uitkomst: fc.oneof(fc.constantFrom("AANGENOMEN", "VERWORPEN"), hostileValue),
        onderwerp: hostileValue,
        articleId: hostileValue,
        tekst: hostileValue,
        key: hostileValue,
        nummer: hostileValue,
      },
      { requiredKeys: [] },
    ),
  ),
  { maxLength: 4 },
);

/** A Dutch sentence (heuristic: common Dutch words, none of the English words of library errors). */
const DUTCH =
  /(^|[^\p{L}])(de|het|een|en|van|is|niet|kan|kunt|moet|uw|u|geen|dit|deze|dat|al|om|in|op|voor|bestaat|kies|vul|controleer|laad|ongeldige?|verwacht|ontving|te|bij|aan|met|of|wordt|zijn|heeft|tekens|maximaal|bestand|datum|onbekende)([^\p{L}]|$)/iu;
const ENGLISH =
  /(^|[^\p{L}])(the|invalid|expected|received|must|should|error|cannot|failed|unexpected|not a function|typeerror|prisma|undefined is|null is)([^\p{L}]|$)/iu;

export function dutchProblems(result: { ok: boolean; message?: unknown; fieldErrors?: unknown }): string[] {
  if (result.ok) return [];
  const texts = [result.message, ...Object.values((result.fieldErrors as Record<string, unknown> | undefined) ?? {})];
  return texts.filter((t) => typeof t !== "string" || !DUTCH.test(t) || ENGLISH.test(t)).map((t) => String(t));
}

/** Uploads: none, a real PDF, bytes that are no PDF, empty, oversized, and hostile names. */
export const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
export const UPLOAD_MAX_BYTES = 4096;
export const hostileFile = fc.option(
  fc.record({
    name: fc.oneof(
      fc.constantFrom("raadsbesluit.pdf", "../../x.pdf", "a\u0000b.pdf", "", "<b>.pdf", "=1+1.pdf", "\uD800.pdf"),
      hostileString,
    ),
    bytes: fc.oneof(
      fc.constant(PDF),
      fc.uint8Array({ maxLength: 200 }),
      fc.constant(new Uint8Array(0)),
      fc.constant(new TextEncoder().encode("MZ\u0090\u0000 this is an executable")),
      fc.constant(Uint8Array.from({ length: UPLOAD_MAX_BYTES + 10 }, (_, i) => (i < 5 ? PDF[i] : 32))),
      fc.constant(new TextEncoder().encode("<html><script>alert(1)</script>%PDF-")),
    ),
    type: fc.constantFrom("application/pdf", "text/html", "", "application/x-msdownload"),
  }),
  { freq: 3 },
);

/** fc.assert with a readable failure: counterexamples with megabyte strings are cut in the middle. */
export async function assertProperty<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
  try {
    await fc.assert(property, params);
  } catch (e) {
    const text = String((e as Error).message);
    const cause = (e as Error).cause instanceof Error ? String(((e as Error).cause as Error).message) : "";
    const cut = (t: string) => (t.length > 1600 ? `${t.slice(0, 800)} … ${t.slice(-800)}` : t);
    throw new Error(`${cut(text)}\n${cut(cause)}`);
  }
}
