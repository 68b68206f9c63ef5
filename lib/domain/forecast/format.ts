import { FORECAST_STATUS_LABELS, type ForecastResult } from "./forecast";
import { REGIONAL_STEP_LABELS, type RegionalStepName } from "./regional-plan";

const STEP_LABELS: Record<string, string> = {
  zienswijze_termijn_gesloten: "zienswijzetermijn dicht",
  toestemmingsvoorstel_ontvangen: "toestemmingsvoorstel",
  toestemming_verleend: "toestemming raad",
  collegebesluit_genomen: "collegebesluit",
  ondertekend: "ondertekening",
  ...REGIONAL_STEP_LABELS,
};

export const stepLabel = (step: string) => STEP_LABELS[step] ?? step;

/** The raad column: "klaar" when toestemming was granted, the planned date, or "onbekend". */
function raadCell(p: ForecastResult["participants"][number]): string {
  const step = p.steps.find((s) => s.step === "toestemming_verleend");
  if (p.raadDone) return step?.date ? `klaar (${step.date})` : "klaar";
  if (p.status === "afgerond") return "—";
  return step?.date ?? (p.steps.length ? "onbekend" : "—");
}

/** Plain text for the CLI: the verdict in words first, then the table and the details. */
export function formatForecastTable(result: ForecastResult): string {
  const header = ["Deelnemer", "Deelname", "Toestemming raad", "Ondertekening", "Speling (dagen)", "Status"];
  const rows = result.participants.map((p) => [
    p.name,
    p.scope === "full" ? "volledig" : "addendum",
    raadCell(p),
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
  const out = [`Oordeel: ${result.verdict.text}`, ""];
  if (result.warnings.length) out.push(...result.warnings.map((w) => `Let op: ${w}`), "");
  const planned = result.regionalSteps.filter((s) => !s.done);
  if (planned.length) {
    out.push("Regionale stappen (gepland):");
    for (const s of planned) out.push(`  ${s.date}  ${REGIONAL_STEP_LABELS[s.step as RegionalStepName]} — ${s.basis}`);
    out.push("");
  }
  out.push(line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), "");
  out.push(`Doel: ondertekening uiterlijk ${result.target.signBy}, inwerkingtreding ${result.target.inForce}`);
  out.push(`Bekendmaking uiterlijk: ${result.publicationDeadline}`);
  out.push(`Vroegste bekendmaking: ${result.earliestPublication ?? "onbekend"}`);
  out.push(
    `Vroegste inwerkingtreding: ${result.earliestInForce ?? "onbekend"}${result.inForceSlackDays === null ? "" : ` (speling ${result.inForceSlackDays} dagen)`}`,
  );
  if (result.criticalPath) {
    const cp = result.criticalPath;
    out.push(
      `Kritieke pad: ${cp.name} — ${cp.step ? stepLabel(cp.step) : "—"}${cp.date ? ` (${cp.date})` : ""}: ${cp.reason}`,
    );
  }
  if (result.verdict.details.length) out.push("", ...result.verdict.details);
  return `${out.join("\n")}\n`;
}
