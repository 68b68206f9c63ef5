import { escapeHtml } from "@/lib/presentation/html";
import type { Db } from "@/lib/db/client";
import { addDays, weekday, type IsoDate } from "@/lib/domain";
import type { Mailer } from "@/lib/mail/transport";
import { formatDutchDate } from "@/lib/presentation/dates";
import { procedureStateLabel } from "@/lib/presentation/labels";
import { sendOnce } from "./reminders/send";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Monday of the week of `date`: one digest per user per week. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export interface DigestReport {
  subscribers: number;
  sent: number;
  alreadySent: number;
  failed: number;
}

/**
 * The weekly digest for users who opted in: per followed regeling its state, the decisions of the
 * past week and the deadlines of the coming four weeks — only decided, public facts. Sent at most
 * once per user per week (claimed by key in PostgreSQL), with an unsubscribe link.
 */
export async function sendWeeklyDigest(
  db: Db,
  mailer: Mailer,
  opts: { today: IsoDate; appUrl?: string },
): Promise<DigestReport> {
  const appUrl = (opts.appUrl ?? process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(
    /\/$/,
    "",
  );
  const week = weekStart(opts.today);
  const since = new Date(`${addDays(opts.today, -7)}T00:00:00Z`);
  const until = addDays(opts.today, 28);
  const users = await db.user.findMany({
    where: { digestOptIn: true, actief: true, unsubscribeToken: { not: null }, follows: { some: {} } },
    select: { id: true, email: true, naam: true, unsubscribeToken: true, follows: { select: { regelingId: true } } },
  });
  const regelingIds = [...new Set(users.flatMap((u) => u.follows.map((f) => f.regelingId)))];
  const [regelingen, besluiten, tracks] = await Promise.all([
    db.regeling.findMany({
      where: { id: { in: regelingIds } },
      select: {
        id: true,
        naam: true,
        slug: true,
        procedures: {
          select: { kind: true, derivedState: true },
          where: { kind: { in: ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] } },
        },
      },
    }),
    db.besluit.findMany({
      where: {
        procedure: { regelingId: { in: regelingIds } },
        besluitdatum: { gte: since },
        gecorrigeerdDoor: { is: null },
      },
      select: {
        type: true,
        uitkomst: true,
        besluitdatum: true,
        procedure: { select: { regelingId: true } },
        participant: { select: { gemeente: { select: { naam: true } } } },
      },
      orderBy: { besluitdatum: "asc" },
    }),
    db.track.findMany({
      where: {
        kind: "RAAD",
        procedure: { regelingId: { in: regelingIds } },
        status: { in: ["ontvangen", "geagendeerd"] },
      },
      select: {
        data: true,
        procedure: { select: { regelingId: true } },
        participant: { select: { gemeente: { select: { naam: true } } } },
      },
    }),
  ]);
  const report: DigestReport = { subscribers: users.length, sent: 0, alreadySent: 0, failed: 0 };
  for (const user of users) {
    const sections = user.follows.flatMap(({ regelingId }) => {
      const r = regelingen.find((x) => x.id === regelingId);
      if (!r) return [];
      const gr = r.procedures[0];
      const decided = besluiten.filter(
        (b) => b.procedure.regelingId === regelingId && iso(b.besluitdatum) <= opts.today,
      );
      const deadlines = tracks
        .filter((t) => t.procedure.regelingId === regelingId)
        .flatMap((t) => {
          const end = (t.data as { zienswijze?: { deadline?: { end?: IsoDate } } }).zienswijze?.deadline?.end;
          return end && end >= opts.today && end <= until
            ? [`${t.participant.gemeente.naam}: zienswijze uiterlijk ${formatDutchDate(end)}`]
            : [];
        });
      return [
        {
          title: r.naam,
          link: `${appUrl}/regelingen/${r.slug}`,
          lines: [
            gr ? `Stand: ${procedureStateLabel(gr.kind, gr.derivedState)}.` : "",
            ...(decided.length
              ? decided.map(
                  (b) =>
                    `${formatDutchDate(b.besluitdatum)}: ${b.participant?.gemeente.naam ?? "regio"} — ${b.type.toLowerCase().replaceAll("_", " ")} (${b.uitkomst.toLowerCase().replaceAll("_", " ")})`,
                )
              : ["Geen nieuwe besluiten deze week."]),
            ...deadlines,
          ].filter(Boolean),
        },
      ];
    });
    if (sections.length === 0) continue;
    const unsubscribeUrl = `${appUrl}/afmelden?token=${user.unsubscribeToken}`;
    const subject = `GR-volg: wekelijkse samenvatting (week van ${formatDutchDate(week)})`;
    const text = [
      `Beste ${user.naam},`,
      "",
      "Dit gebeurde er in de regelingen die u volgt.",
      "",
      ...sections.flatMap((s) => [s.title, ...s.lines.map((l) => `- ${l}`), s.link, ""]),
      `Afmelden voor deze samenvatting: ${unsubscribeUrl}`,
    ].join("\n");
    const html = `<!doctype html><html lang="nl"><body><p>Beste ${escapeHtml(user.naam)},</p><p>Dit gebeurde er in de regelingen die u volgt.</p>${sections
      .map(
        (s) =>
          `<h2>${escapeHtml(s.title)}</h2><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul><p><a href="${escapeHtml(s.link)}">Bekijk de tijdlijn</a></p>`,
      )
      .join(
        "",
      )}<p><small><a href="${escapeHtml(unsubscribeUrl)}">Afmelden voor deze samenvatting</a></small></p></body></html>`;
    const claimOf = { key: `digest:${user.id}:${week}`, kind: "digest", maxAttempts: 5 };
    await sendOnce(db, mailer, claimOf, { to: user.email, subject, text, html, unsubscribeUrl }, report);
  }
  return report;
}
