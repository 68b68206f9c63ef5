/**
 * ISO 8601 durations limited to calendar units: years, months, weeks, days
 * (P8W, P12W, P3D, P2M, P1Y, P1M2W, …), with an optional leading minus for a period counted
 * backwards (-P2W). Time parts (PT…) are refused: the Atw does not apply to periods in hours
 * (art. 4) and GR-volg does not track them.
 */

export interface Duration {
  /** -1 for a period counted backwards ("-P2W"). */
  sign: 1 | -1;
  years: number;
  months: number;
  weeks: number;
  days: number;
  /** Normalised text, e.g. "P8W" or "-P2W". */
  text: string;
}

export type DurationErrorCode = "leeg" | "ongeldig_formaat" | "tijdsduur_niet_ondersteund" | "nul_duur" | "te_groot";

export class DurationParseError extends Error {
  constructor(
    readonly code: DurationErrorCode,
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = "DurationParseError";
  }
}

const PATTERN = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const MAX_COMPONENT = 10_000;

export function parseDuration(input: string): Duration {
  const raw = String(input ?? "").trim();
  if (raw === "") {
    throw new DurationParseError(
      "leeg",
      raw,
      "Geen termijn opgegeven. Gebruik bijvoorbeeld P8W (8 weken) of P3D (3 dagen).",
    );
  }
  const text = raw.toUpperCase();
  if (/^-?P[0-9YMWD]*T/.test(text)) {
    throw new DurationParseError(
      "tijdsduur_niet_ondersteund",
      raw,
      `Termijn "${raw}" bevat uren of minuten; alleen dagen (D), weken (W), maanden (M) en jaren (Y) worden ondersteund.`,
    );
  }
  const m = PATTERN.exec(text);
  if (!m || text === "P" || text === "-P") {
    throw new DurationParseError(
      "ongeldig_formaat",
      raw,
      `Ongeldige termijn "${raw}". Gebruik ISO 8601, bijvoorbeeld P8W, P12W, P3D, P2M, P1Y of -P2W (terugrekenen).`,
    );
  }
  const [years, months, weeks, days] = [m[2], m[3], m[4], m[5]].map((x) => (x === undefined ? 0 : Number(x)));
  if ([years, months, weeks, days].some((n) => n > MAX_COMPONENT)) {
    throw new DurationParseError("te_groot", raw, `Termijn "${raw}" is onrealistisch groot.`);
  }
  if (years + months + weeks + days === 0) {
    throw new DurationParseError("nul_duur", raw, `Termijn "${raw}" heeft lengte nul; geef ten minste één dag op.`);
  }
  return {
    sign: m[1] ? -1 : 1,
    years,
    months,
    weeks,
    days,
    text: formatDuration({ sign: m[1] ? -1 : 1, years, months, weeks, days }),
  };
}

export function formatDuration(d: Omit<Duration, "text">): string {
  const body =
    (d.years ? `${d.years}Y` : "") +
    (d.months ? `${d.months}M` : "") +
    (d.weeks ? `${d.weeks}W` : "") +
    (d.days ? `${d.days}D` : "");
  return `${d.sign === -1 ? "-" : ""}P${body || "0D"}`;
}

/** Dutch description: "8 weken", "1 maand en 2 weken", "3 dagen". */
export function describeDuration(d: Duration): string {
  const bits: string[] = [];
  if (d.years) bits.push(`${d.years} ${d.years === 1 ? "jaar" : "jaren"}`);
  if (d.months) bits.push(`${d.months} ${d.months === 1 ? "maand" : "maanden"}`);
  if (d.weeks) bits.push(`${d.weeks} ${d.weeks === 1 ? "week" : "weken"}`);
  if (d.days) bits.push(`${d.days} ${d.days === 1 ? "dag" : "dagen"}`);
  const text = bits.length > 1 ? `${bits.slice(0, -1).join(", ")} en ${bits[bits.length - 1]}` : bits[0];
  return d.sign === -1 ? `${text} terug` : text;
}
