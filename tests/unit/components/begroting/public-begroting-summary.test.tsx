import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PublicBegroting } from "@/components/begroting/PublicBegroting";
import { SUMMARY_YEARS } from "@/lib/presentation/begroting-summary";
import type { BegrotingCycleView, BegrotingRaadView, WijzigingView } from "@/lib/services/begroting/read";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";
import type { PublicBegrotingen } from "@/lib/services/begroting/public";

/**
 * The begroting section of the bounded regeling page (issue 18 point 2): its size must not grow with the number of
 * raden, years, wijzigingen or raad meetings. The same data rendered completely does grow (so the comparison
 * below can fail when the summary stops being used or starts listing per raad).
 */
const raad = (i: number, status: string): BegrotingRaadView => ({
  participantId: `p${i}`,
  gemeenteId: `g${i}`,
  gemeenteSlug: `gemeente-${i}`,
  naam: `Gemeente ${String(i).padStart(3, "0")}`,
  status,
  statusLabel: status === "ontvangen" ? "Ontwerpbegroting ontvangen" : "Zienswijze ingediend",
  termijnEinde: status === "ontvangen" ? `2026-07-${String(10 + (i % 5)).padStart(2, "0")}` : null,
  zienswijze:
    status === "ontvangen"
      ? null
      : {
          besluitdatum: "2026-06-20",
          points: [1, 2, 3].map((n) => ({ nummer: n, onderwerp: `Punt ${n}`, verwijzing: null, tekst: "Tekst" })),
        },
  antwoord: null,
});

const raden = (n: number) =>
  Array.from({ length: n }, (_, i) => raad(i, i % 3 === 0 ? "ontvangen" : "zienswijze_ingediend"));

const wijziging = (nummer: number, n: number): WijzigingView => ({
  nummer,
  titel: `Wijziging ${nummer}`,
  categorie: null,
  vrijgesteld: false,
  status: "verzonden",
  statusLabel: "Naar de raden",
  sentOn: "2026-05-01",
  aanbiedingOn: null,
  vastgesteldOn: null,
  raden: raden(n),
});

const cycle = (jaar: number, n: number, wijzigingen: number): BegrotingCycleView => ({
  id: `c${jaar}`,
  titel: `Begroting ${jaar}`,
  jaar,
  version: 1,
  status: "ontwerp_verzonden",
  statusLabel: "Ontwerpbegroting naar de raden",
  regeling: { id: "r", naam: "Regeling", slug: "regeling" },
  kadersSentOn: null,
  sentOn: "2026-04-15",
  aanbiedingOn: "2026-07-15",
  vastgesteldOn: null,
  gsSentOn: null,
  warnings: [],
  deadlines: [{ label: "Ontwerpbegroting naar de raden", date: "2026-04-15", kind: "fixed", grondslag: "Wgr" }],
  raden: raden(n),
  jaarrekening: {
    status: "open",
    statusLabel: "Open",
    voorlopigSentOn: null,
    vastgesteldOn: null,
    besluitnummer: null,
    gsSentOn: null,
    voorlopigUiterlijk: "2027-04-30",
    gsUiterlijk: "2027-07-15",
  },
  wijzigingVrijstelling: [],
  wijzigingen: Array.from({ length: wijzigingen }, (_, i) => wijziging(i + 1, n)),
});

const planning = (n: number, meetings: boolean): BegrotingPlanningView => ({
  procedureId: "c2027",
  jaar: 2027,
  version: 1,
  planning: { aanbiedingOn: "2026-07-15" },
  warnings: [],
  items: [
    {
      key: "zienswijze_ontwerpbegroting",
      label: "Zienswijze op de ontwerpbegroting",
      grondslag: "Wgr art. 35",
      from: "2026-04-15",
      lastDay: "2026-07-14",
      raden: raden(n).map((r, i) => ({
        gemeenteId: r.gemeenteId,
        gemeenteSlug: r.gemeenteSlug,
        naam: r.naam,
        feasibility:
          meetings && i % 2 === 0
            ? { kind: "haalbaar", meeting: { id: `m${i}`, date: "2026-07-01", titel: "Raad" } }
            : { kind: "geen_vergadering", lastDay: "2026-07-14" },
      })),
    },
  ] as BegrotingPlanningView["items"],
});

/** A regeling's begroting section data: `n` raden, `years` earlier and `years` later cycles. */
const data = (n: number, years: number, wijzigingen: number, meetings: boolean): PublicBegrotingen => ({
  current: cycle(2027, n, wijzigingen),
  planning: planning(n, meetings),
  past: Array.from({ length: years }, (_, i) => cycle(2026 - i, n, wijzigingen)),
  later: Array.from({ length: years }, (_, i) => cycle(2028 + i, n, 0)),
});

const links = {
  allHref: "/regelingen/regeling?alles=ja#begroting-kop",
  apiHref: "/api/v1/regelingen/regeling/begrotingscycli",
};
const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}\\b`, "g")) ?? []).length;
const shape = (html: string) => ({ rows: count(html, "tr"), items: count(html, "li"), tables: count(html, "table") });

describe("public begroting section, bounded", () => {
  it("renders as many rows and list items for 12 raden, 1 year and 1 wijziging as for 60 raden, 9 years and 15", () => {
    const small = renderToStaticMarkup(<PublicBegroting data={data(12, 1, 1, true)} summary={links} />);
    const big = renderToStaticMarkup(<PublicBegroting data={data(60, 9, 15, false)} summary={links} />);
    // The wijzigingen (at most SUMMARY_ROWS), the years (at most SUMMARY_YEARS) are capped: compare at the caps.
    const capped = renderToStaticMarkup(<PublicBegroting data={data(12, SUMMARY_YEARS, 10, true)} summary={links} />);
    expect(shape(big)).toEqual(shape(capped));
    expect(shape(small).rows).toBeLessThanOrEqual(shape(big).rows);
    // Bounded in bytes too: a few kB whatever the data (names of late raden are capped as well).
    expect(big.length).toBeLessThan(12_000);
    expect(big).toContain("U ziet 3 van de 9 jaren.");
    expect(big).toContain("U ziet de 10 nieuwste van 15 wijzigingen.");
    expect(big).toContain("0 van 60");
    expect(big).toContain("en nog 50 andere");
  });

  it("counts the raden per stand, names the open ones' first last day and links to the complete section and the API", () => {
    const html = renderToStaticMarkup(<PublicBegroting data={data(30, 1, 0, true)} summary={links} />);
    expect(html).toContain("Aan de begroting 2027 doen 30 raden mee.");
    // 10 of the 30 (i % 3 === 0) received the ontwerp and have not decided; their first last day is 10 July.
    expect(html).toContain("10 raden kunnen nog een zienswijze geven; de eerste laatste dag is 10 juli 2026.");
    expect(html).toMatch(/Zienswijze ingediend<\/th><td class="utrecht-table__cell">20</);
    expect(html).toContain(`href="${links.allHref}"`);
    expect(html).toContain(`href="${links.apiHref}"`);
    expect(html).toContain("15 van 30");
  });

  it("the complete section grows with raden and years (what the summary bounds)", () => {
    const small = renderToStaticMarkup(<PublicBegroting data={data(12, 1, 1, true)} />);
    const big = renderToStaticMarkup(<PublicBegroting data={data(60, 9, 15, false)} />);
    expect(shape(big).rows).toBeGreaterThan(5 * shape(small).rows);
  });
});
