import { escapeHtml } from "@/lib/presentation/html";
import type { DueReminder } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";

const STAP: Record<string, string> = {
  zienswijzeprocedure: "de zienswijzeprocedure",
  toestemmingsprocedure: "de toestemmingsprocedure",
};

/** Dutch reminder e-mail (plain text + HTML with the same content). */
export function renderReminder(r: DueReminder, appUrl: string): { subject: string; text: string; html: string } {
  const f = r.facts as Record<string, string>;
  let subject: string;
  let lines: string[];
  switch (r.kind) {
    case "procedure_geopend":
      subject = `${f.procedure}: ${STAP[f.stap] ?? f.stap} is geopend`;
      lines = [
        `Voor ${f.procedure} is op ${formatDutchDate(f.geopendOp)} ${STAP[f.stap] ?? f.stap} geopend.`,
        `Uw gemeenteraad (${f.deelnemer}) is aan zet. In GR-volg ziet u de termijn en wat de raad moet doen.`,
      ];
      break;
    case "termijn_nadert":
      subject = `Herinnering: ${f.termijn} voor ${f.procedure} loopt af op ${formatDutchDate(f.einddatum)}`;
      lines = [
        `De termijn "${f.termijn}" voor ${f.procedure} loopt af op ${formatDutchDate(f.einddatum)} (nog ${f.dagenOver} dagen).`,
        `De raad van ${f.deelnemer} heeft hierover nog niet besloten.`,
      ];
      break;
    case "risico":
      subject = `${f.deelnemer} loopt ${f.status === "te_laat" ? "achter" : "risico"} voor ${f.procedure}`;
      lines = [
        `Volgens de prognose van GR-volg haalt ${f.deelnemer} de doeldatum voor ${f.procedure} ${f.status === "te_laat" ? "niet" : "mogelijk niet"}.`,
        "Bekijk het kritieke pad en de wat-als-scenario's in GR-volg.",
      ];
      break;
  }
  const link = `${appUrl.replace(/\/$/, "")}/werkruimte`;
  const footer = "U ontvangt dit bericht omdat u in GR-volg bent geregistreerd voor deze gemeente of regio.";
  const text = [...lines, "", `Naar GR-volg: ${link}`, "", footer].join("\n");
  const html = `<!doctype html><html lang="nl"><body>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}<p><a href="${escapeHtml(link)}">Naar GR-volg</a></p><p><small>${escapeHtml(footer)}</small></p></body></html>`;
  return { subject, text, html };
}
