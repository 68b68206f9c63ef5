/**
 * Wave 11 (issue 20 point 13): the forecast as plain text for the CLI (`gr-volg prognose`). The Dutch words are the
 * output a secretariat reads, so the whole text is pinned: the verdict first, warnings, the planned regional steps,
 * the table (column widths follow the longest cell) and the closing lines.
 */
import { describe, expect, it } from "vitest";
import type { ForecastResult } from "@/lib/domain/forecast/forecast";
import { formatForecastTable } from "@/lib/domain/forecast/format";

type P = ForecastResult["participants"][number];
const participant = (over: Partial<P>): P =>
  ({
    id: "x",
    name: "X",
    scope: "full",
    steps: [],
    signDate: null,
    slackDays: null,
    status: "op_schema",
    notes: [],
    raadDone: false,
    latest: null,
    ...over,
  }) as unknown as P;
const toestemming = (date: string) => ({ step: "toestemming_verleend", date }) as unknown as P["steps"][number];

const base = (over: Partial<ForecastResult>): ForecastResult =>
  ({
    today: "2026-09-01",
    target: { signBy: "2026-12-15", inForce: "2027-01-01" },
    verdict: { reachable: true, text: "Haalbaar.", details: [] },
    participants: [],
    regionalSteps: [],
    publicationDeadline: "2026-12-31",
    earliestPublication: null,
    earliestInForce: null,
    inForceSlackDays: null,
    criticalPath: null,
    warnings: [],
    ...over,
  }) as unknown as ForecastResult;

describe("formatForecastTable", () => {
  it("the full text: verdict, warnings, planned steps, the table, the target lines, critical path and details", () => {
    const text = formatForecastTable(
      base({
        verdict: {
          reachable: true,
          text: "Haalbaar: inwerkingtreding op 1 januari 2027.",
          details: ["Almere: raad uiterlijk 2026-10-15.", "Urk: klaar."],
        } as ForecastResult["verdict"],
        warnings: ["vergadering op een feestdag", "geen collegekalender"],
        regionalSteps: [
          { step: "zienswijzeprocedure_gesloten", date: "2026-08-20", done: true, basis: "vastgelegd" },
          { step: "nota_van_beantwoording_vastgesteld", date: "2026-09-22", done: false, basis: "15 werkdagen" },
          { step: "toestemmingsprocedure_geopend", date: "2026-10-06", done: false, basis: "5 werkdagen" },
        ],
        participants: [
          participant({
            name: "Almere",
            raadDone: true,
            steps: [toestemming("2026-09-30")],
            signDate: "2026-10-20",
            slackDays: 12,
          }),
          participant({ name: "Dronten", raadDone: true }),
          participant({
            name: "Zeewolde",
            scope: "addendum",
            status: "afgerond",
            steps: [toestemming("2026-10-01")],
          }),
          participant({
            name: "Noordoostpolder",
            status: "risico",
            steps: [toestemming("2026-10-08")],
            signDate: "2026-11-02",
            slackDays: 0,
          }),
          participant({
            name: "Urk",
            status: "te_laat",
            steps: [{ step: "ondertekend", date: "2026-11-20" } as unknown as P["steps"][number]],
          }),
          participant({ name: "Lelystad" }),
        ],
        earliestPublication: "2026-11-25",
        earliestInForce: "2026-11-26",
        inForceSlackDays: 36,
        criticalPath: {
          participantId: "noordoostpolder",
          participantIds: ["noordoostpolder"],
          name: "Noordoostpolder",
          tie: false,
          step: "toestemming_verleend",
          date: "2026-10-08",
          reason: "laatste raadsvergadering",
        },
      }),
    );
    expect(text).toBe(
      [
        "Oordeel: Haalbaar: inwerkingtreding op 1 januari 2027.",
        "",
        "Let op: vergadering op een feestdag",
        "Let op: geen collegekalender",
        "",
        "Regionale stappen (gepland):",
        "  2026-09-22  nota van beantwoording — 15 werkdagen",
        "  2026-10-06  toestemmingsprocedure geopend — 5 werkdagen",
        "",
        "Deelnemer        Deelname  Toestemming raad    Ondertekening  Speling (dagen)  Status",
        "---------------  --------  ------------------  -------------  ---------------  ---------",
        "Almere           volledig  klaar (2026-09-30)  2026-10-20     12               op schema",
        "Dronten          volledig  klaar               onbekend       —                op schema",
        "Zeewolde         addendum  —                   onbekend       —                afgerond",
        "Noordoostpolder  volledig  2026-10-08          2026-11-02     0                risico",
        "Urk              volledig  onbekend            onbekend       —                te laat",
        "Lelystad         volledig  —                   onbekend       —                op schema",
        "",
        "Doel: ondertekening uiterlijk 2026-12-15, inwerkingtreding 2027-01-01",
        "Bekendmaking uiterlijk: 2026-12-31",
        "Vroegste bekendmaking: 2026-11-25",
        "Vroegste inwerkingtreding: 2026-11-26 (speling 36 dagen)",
        "Kritieke pad: Noordoostpolder — toestemming raad (2026-10-08): laatste raadsvergadering",
        "",
        "Almere: raad uiterlijk 2026-10-15.",
        "Urk: klaar.",
        "",
      ].join("\n"),
    );
  });

  it("without warnings, planned steps, known dates, critical path or details only the fixed lines remain", () => {
    const text = formatForecastTable(
      base({
        verdict: { reachable: null, text: "Niet te berekenen.", details: [] } as unknown as ForecastResult["verdict"],
        regionalSteps: [{ step: "toestemmingsprocedure_geopend", date: "2026-08-01", done: true, basis: "vastgelegd" }],
        participants: [participant({ name: "Urk" })],
      }),
    );
    expect(text).toBe(
      [
        "Oordeel: Niet te berekenen.",
        "",
        "Deelnemer  Deelname  Toestemming raad  Ondertekening  Speling (dagen)  Status",
        "---------  --------  ----------------  -------------  ---------------  ---------",
        "Urk        volledig  —                 onbekend       —                op schema",
        "",
        "Doel: ondertekening uiterlijk 2026-12-15, inwerkingtreding 2027-01-01",
        "Bekendmaking uiterlijk: 2026-12-31",
        "Vroegste bekendmaking: onbekend",
        "Vroegste inwerkingtreding: onbekend",
        "",
      ].join("\n"),
    );
  });

  it("a critical path without a step or date shows a dash", () => {
    const text = formatForecastTable(
      base({
        criticalPath: {
          participantId: "a",
          participantIds: ["a", "u"],
          name: "Almere en Urk (gelijk)",
          tie: true,
          step: null,
          date: null,
          reason: "geen vergaderdata",
        },
      }),
    );
    expect(text).toContain("\nKritieke pad: Almere en Urk (gelijk) — —: geen vergaderdata\n");
  });
});
