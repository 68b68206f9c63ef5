import type { Db } from "@/lib/db/client";
import type { IsoDate } from "@/lib/domain";
import type { Mailer } from "@/lib/mail/transport";
import { escapeHtml } from "@/lib/presentation/html";
import { formatDutchDate } from "@/lib/presentation/dates";
import { type AgendaItem, type GriffieAgenda, loadGriffieAgenda } from "@/lib/read-models/agenda";
import { slotHeading, deadlineText } from "@/lib/presentation/agenda";
import { weekStart } from "../digest";
import { sendOnce } from "../reminders/send";

export interface AgendaMailReport {
  subscribers: number;
  sent: number;
  alreadySent: number;
  failed: number;
}

/** The claim key of one griffier's mail of one week (Monday): a second run or a second instance finds it taken. */
export const agendaMailKey = (userId: string, today: IsoDate) => `agendamail:${userId}:${weekStart(today)}`;

const itemLine = (item: AgendaItem) => `${item.titel} (${item.regelingNaam}): ${item.stap}. ${deadlineText(item)}.`;

/** The mail's text and HTML: the agenda per raad meeting, each item with links to its procedure and documents. */
export function renderAgendaMail(agenda: GriffieAgenda, naam: string, appUrl: string) {
  const abs = (href: string) => `${appUrl}${href}`;
  const settings = abs("/griffie/agenda");
  const subject = `GR-volg: agenda van de raad (week van ${formatDutchDate(weekStart(agenda.today))})`;
  const text = [
    `Beste ${naam},`,
    "",
    "Hierover moet uw gemeenteraad nog besluiten bij de gemeenschappelijke regelingen. Elk punt staat bij de laatste raadsvergadering vóór de termijn.",
    "",
    ...agenda.groups.flatMap((g) => [
      slotHeading(g.slot),
      ...g.items.flatMap((item) => [`- ${itemLine(item)}`, ...item.links.map((l) => `  ${l.label}: ${abs(l.href)}`)]),
      "",
    ]),
    `De hele agenda: ${settings}`,
    `U krijgt deze e-mail omdat u dat heeft gekozen. Uitzetten kan op ${settings}`,
  ].join("\n");
  const html = `<!doctype html><html lang="nl"><body><p>Beste ${escapeHtml(naam)},</p><p>Hierover moet uw gemeenteraad nog besluiten bij de gemeenschappelijke regelingen. Elk punt staat bij de laatste raadsvergadering vóór de termijn.</p>${agenda.groups
    .map(
      (g) =>
        `<h2>${escapeHtml(slotHeading(g.slot))}</h2><ul>${g.items
          .map(
            (item) =>
              `<li>${escapeHtml(itemLine(item))}<br>${item.links
                .map((l) => `<a href="${escapeHtml(abs(l.href))}">${escapeHtml(l.label)}</a>`)
                .join(" · ")}</li>`,
          )
          .join("")}</ul>`,
    )
    .join(
      "",
    )}<p><a href="${escapeHtml(settings)}">De hele agenda</a></p><p><small>U krijgt deze e-mail omdat u dat heeft gekozen. <a href="${escapeHtml(settings)}">Uitzetten</a></small></p></body></html>`;
  return { subject, text, html };
}

/**
 * The weekly agenda e-mail (issue 17 point 4) to every active griffier who opted in: the own raad's open items, by
 * meeting, in Dutch. Claimed per user per week in PostgreSQL (sendOnce), so the job running hourly, twice, or on two
 * instances sends it once. Nothing open: no mail. One agenda read per gemeente (three statements each).
 */
export async function sendWeeklyAgendaMail(
  db: Db,
  mailer: Mailer,
  opts: { today: IsoDate; appUrl?: string },
): Promise<AgendaMailReport> {
  const appUrl = (opts.appUrl ?? process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(
    /\/$/,
    "",
  );
  const users = await db.user.findMany({
    where: { agendaMailOptIn: true, actief: true, role: "GRIFFIER", gemeenteId: { not: null } },
    select: { id: true, email: true, naam: true, gemeenteId: true },
    orderBy: { id: "asc" },
  });
  const report: AgendaMailReport = { subscribers: users.length, sent: 0, alreadySent: 0, failed: 0 };
  const agendas = new Map<string, GriffieAgenda>();
  for (const user of users) {
    const gemeenteId = user.gemeenteId ?? "";
    let agenda = agendas.get(gemeenteId);
    if (!agenda) {
      agenda = await loadGriffieAgenda(db, gemeenteId, opts.today);
      agendas.set(gemeenteId, agenda);
    }
    if (agenda.groups.length === 0) continue;
    const mail = renderAgendaMail(agenda, user.naam, appUrl);
    await sendOnce(
      db,
      mailer,
      { key: agendaMailKey(user.id, opts.today), kind: "agendamail", maxAttempts: 5 },
      { to: user.email, ...mail },
      report,
    );
  }
  return report;
}
