import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegionalTrackState } from "@/lib/domain";
import { runCommand } from "@/lib/commands";
import { JOBS } from "@/lib/jobs";
import { generateScale } from "@/lib/scale/generate";
import { createMailer } from "@/lib/mail/transport";
import { loadGriffieAgenda } from "@/lib/read-models/agenda";
import { setAgendaMail } from "@/lib/services/griffie/agenda-abonnement";
import { sendWeeklyAgendaMail } from "@/lib/services/griffie/agenda-mail";
import { ontvangst } from "@/lib/scenario/doors";
import { openTestDb } from "../helpers/test-db";
import { startTestSmtp } from "../helpers/smtp";

/**
 * The weekly agenda e-mail (issue 17 point 4) through a real SMTP server process: only griffiers who opted in get it,
 * with their own raad's items and links to the procedures, and once per week however often (or on how many
 * instances) the job runs.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
type Griffier = { id: string; role: "GRIFFIER"; gemeenteId: string; email: string };
const griffiers: Griffier[] = [];
const monday = new Date("2026-04-06T06:00:00Z");
const APP = "https://gr-volg.example";

beforeAll(async () => {
  db = await openTestDb();
  smtp = await startTestSmtp();
  await generateScale(db.prisma, { seed: 17, gemeenten: 2, regelingen: 4 });
  const gemeenten = await db.prisma.gemeente.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true } });
  for (const g of gemeenten) {
    const email = `griffier.${g.slug}@test.nl`;
    // Fixture: the griffiers' accounts (beheer invites them in the app).
    const u = await db.prisma.user.create({
      data: { email, naam: `Griffier ${g.slug}`, role: "GRIFFIER", gemeenteId: g.id },
    });
    griffiers.push({ id: u.id, role: "GRIFFIER", gemeenteId: g.id, email });
  }
  const [a] = griffiers;
  const open = await db.prisma.track.findMany({
    where: { kind: "RAAD", status: "nog_niet_ontvangen", participant: { gemeenteId: a.gemeenteId } },
    select: { procedureId: true, participantId: true, procedure: { select: { derivedState: true, regional: true } } },
  });
  for (const t of open.filter((x) => x.procedure.derivedState === "zienswijzeprocedure")) {
    const opened = (t.procedure.regional as unknown as { regional: RegionalTrackState }).regional.zienswijzeprocedure
      ?.openedOn;
    const day = "2026-03-16";
    await ontvangst(db.prisma, a, {
      procedureId: t.procedureId,
      participantId: t.participantId,
      stap: "ontwerp",
      ontvangenOp: opened && opened > day ? opened : day,
    });
  }
}, 300_000);
afterAll(async () => {
  await smtp?.close();
  await db?.close();
});

const agendaMails = () => smtp.messages.filter((m) => m.subject.includes("agenda van de raad"));
const env = { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(0), MAIL_FROM: "GR-volg test <test@gr-volg.nl>" };
const job = () => {
  const def = JOBS.find((j) => j.name === "herinneringen");
  if (!def) throw new Error("job herinneringen ontbreekt");
  return def;
};

describe("weekly agenda e-mail", () => {
  it("nobody opted in: the job sends no agenda mail", async () => {
    const mailer = createMailer(smtp.config);
    const report = await sendWeeklyAgendaMail(db.prisma, mailer, { today: "2026-03-30", appUrl: APP }).finally(() =>
      mailer.close(),
    );
    expect(report).toEqual({ subscribers: 0, sent: 0, alreadySent: 0, failed: 0 });
    expect(agendaMails()).toEqual([]);
  });

  it("two instances run the job at once: the griffier who opted in gets one mail with the own raad's items", async () => {
    const [a, b] = griffiers;
    expect((await runCommand(db.prisma, a, setAgendaMail, { aan: true })).ok).toBe(true);
    const jobEnv: NodeJS.ProcessEnv = { NODE_ENV: "test", ...env, SMTP_PORT: String(smtp.port), NEXTAUTH_URL: APP };
    await Promise.all([
      job().run({ db: db.prisma, now: monday, env: jobEnv }),
      job().run({ db: db.prisma, now: monday, env: jobEnv }),
    ]);
    const mails = agendaMails();
    expect(mails.map((m) => m.to)).toEqual([[a.email]]);
    expect(mails.some((m) => m.to.includes(b.email))).toBe(false);
    const raw = mails[0].raw.replace(/=\r?\n/g, "");
    expect(mails[0].subject).toContain("week van 6 april 2026");
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    // Every item of the own agenda, under its meeting, with a link to its procedure.
    const agenda = await loadGriffieAgenda(db.prisma, a.gemeenteId, "2026-04-06");
    const items = agenda.groups.flatMap((g) => g.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(raw).toContain(`${APP}${item.links[0].href}`);
    expect(raw).toContain("Raadsvergadering van");
    // None of the other gemeente's items: its raad's own documents (their links name that gemeente) are not in it.
    const other = await loadGriffieAgenda(db.prisma, b.gemeenteId, "2026-04-06");
    const otherLinks = other.groups
      .flatMap((g) => g.items)
      .flatMap((i) => i.links.map((l) => l.href).filter((h) => h.includes(`/${i.gemeente.slug}/`)));
    expect(otherLinks.length).toBeGreaterThan(0);
    for (const href of otherLinks) expect(raw).not.toContain(href);
    const claims = await db.prisma.sentReminder.findMany({ where: { kind: "agendamail" } });
    expect(claims.map((c) => [c.key, c.status])).toEqual([[`agendamail:${a.id}:2026-04-06`, "SENT"]]);
  });

  it("a later run in the same week sends nothing; the next week sends again; opting out stops it", async () => {
    const [a] = griffiers;
    const run = async (today: string) => {
      const mailer = createMailer(smtp.config);
      return sendWeeklyAgendaMail(db.prisma, mailer, { today, appUrl: APP }).finally(() => mailer.close());
    };
    expect(await run("2026-04-09")).toMatchObject({ subscribers: 1, sent: 0, alreadySent: 1 });
    expect(agendaMails()).toHaveLength(1);
    expect(await run("2026-04-13")).toMatchObject({ sent: 1 });
    expect(agendaMails()).toHaveLength(2);
    expect((await runCommand(db.prisma, a, setAgendaMail, { aan: false })).ok).toBe(true);
    expect(await run("2026-04-20")).toMatchObject({ subscribers: 0, sent: 0 });
    expect(agendaMails()).toHaveLength(2);
  });
});
