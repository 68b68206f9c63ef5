import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { startTestSmtp } from "./helpers/smtp";
import { seedFlevoland } from "@/lib/services/seed";
import { guaranteed } from "@/lib/domain/invariant";
import { scenario } from "@/lib/scenario";
import { sendDueReminders } from "@/lib/services/reminders/send";
import { createMailer } from "@/lib/mail/transport";

let db: Awaited<ReturnType<typeof openTestDb>>;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
beforeAll(async () => {
  db = await openTestDb();
  smtp = await startTestSmtp({ failFor: (to) => to.startsWith("griffier.dronten") });
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma, { now: new Date("2026-05-12T15:00:00Z") })
    .regeling("gr-sociaal-domein-flevoland")
    .through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-04-01", bosd_akkoord: "2026-04-20", zienswijzeprocedure_geopend: "2026-05-01" },
    });
  await gr.ontvangen("urk", "2026-05-12");
});
afterAll(async () => {
  await smtp?.close();
  await db?.close();
});

const run = (today: string) => {
  const mailer = createMailer(smtp.config);
  return sendDueReminders(db.prisma, mailer, { today, appUrl: "https://gr-volg.example" }).finally(() =>
    mailer.close(),
  );
};

describe("e-mail reminders over SMTP", () => {
  it("announces the opened zienswijzeprocedure to every griffier in scope, in Dutch, text and HTML", async () => {
    const report = await run("2026-05-05");
    const opened = smtp.messages.filter((m) => m.subject.includes("zienswijzeprocedure is geopend"));
    const recipients = opened.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(
      // Zeewolde is no party to the new GR (only through the addendum to the Centrumregeling 2015): no track, no mail.
      ["almere", "lelystad", "noordoostpolder", "urk"].map((g) => `griffier.${g}@demo.gr-volg.nl`),
    );
    expect(report.failed).toBe(1); // Dronten's mailbox refuses: retried on a later run
    const mail = guaranteed(
      opened.find((m) => m.to.includes("griffier.urk@demo.gr-volg.nl")),
      "the mail to Urk",
    );
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    expect(mail.raw).toContain("1 mei 2026");
  });

  it("never sends the same reminder twice, also when runs overlap", async () => {
    const before = smtp.messages.length;
    const [a, b] = await Promise.all([run("2026-05-05"), run("2026-05-05")]);
    expect(a.sent + b.sent).toBe(0);
    expect(smtp.messages.length).toBe(before);
    expect(await db.prisma.sentReminder.count({ where: { status: "SENT", kind: "procedure_geopend" } })).toBe(4);
  });

  it("reminds Urk's griffier in the window before the statutory deadline (7 juli 2026), once per window", async () => {
    const before = smtp.messages.length;
    await run("2026-06-24");
    await run("2026-06-25");
    const deadline = smtp.messages.slice(before).filter((m) => m.subject.includes("Herinnering"));
    expect(deadline.map((m) => m.to[0])).toEqual(["griffier.urk@demo.gr-volg.nl"]);
    expect(deadline[0].raw).toContain("7 juli 2026");
    await run("2026-07-05");
    const later = smtp.messages.filter((m) => m.subject.includes("Herinnering"));
    expect(later).toHaveLength(2);
  });

  it("tells the secretariat which participants are at risk", async () => {
    // In November the raden that never registered the ontwerp cannot finish before 1-1-2027 any more.
    await run("2026-11-20");
    const risk = smtp.messages.filter((m) => m.to.includes("secretariaat@demo.gr-volg.nl"));
    expect(risk.length).toBeGreaterThan(0);
    const keys = await db.prisma.sentReminder.findMany({ where: { kind: "risico" }, select: { key: true } });
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
  });
});
