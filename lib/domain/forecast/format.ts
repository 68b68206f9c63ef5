import { FORECAST_STATUS_LABELS, type ForecastResult } from "./forecast";

const STEP_LABELS: Record<string, string> = {
  zienswijze_termijn_gesloten: "zienswijzetermijn dicht",
  toestemmingsvoorstel_ontvangen: "toestemmingsvoorstel",
  toestemming_verleend: "toestemming raad",
  collegebesluit_genomen: "collegebesluit",
  ondertekend: "ondertekening",
};

/** Plain-text table with Dutch headings, for the CLI. */
export function formatForecastTable(result: ForecastResult): string {
  const header = ["Deelnemer", "Deelname", "Toestemming raad", "Ondertekening", "Speling (dagen)", "Status"];
  const rows = result.participants.map((p) => [
    p.name,
    p.scope === "full" ? "volledig" : "addendum",
    p.steps.find((s) => s.step === "toestemming_verleend")?.date ??
      (p.status === "afgerond" ? "—" : p.steps.length ? "onbekend" : "—"),
    p.signDate ?? "onbekend",
    p.slackDays === null ? "—" : String(p.slackDays),
    FORECAST_STATUS_LABELS[p.status],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), ""];
  out.push(`Doel: ondertekening uiterlijk ${result.target.signBy}, inwerkingtreding ${result.target.inForce}`);
  out.push(`Vroegste bekendmaking: ${result.earliestPublication ?? "onbekend"}`);
  out.push(
    `Vroegste inwerkingtreding: ${result.earliestInForce ?? "onbekend"}${result.inForceSlackDays === null ? "" : ` (speling ${result.inForceSlackDays} dagen)`}`,
  );
  if (result.criticalPath) {
    const cp = result.criticalPath;
    out.push(
      `Kritieke pad: ${cp.name} — ${cp.step ? (STEP_LABELS[cp.step] ?? cp.step) : "—"}${cp.date ? ` (${cp.date})` : ""}: ${cp.reason}`,
    );
  }
  return `${out.join("\n")}\n`;
}
