import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { startTestSmtp } from "./helpers/smtp";
import { seedFlevoland } from "@/lib/services/seed";
import { loadFollowSettings, saveFollowSettings, unsubscribeDigest } from "@/lib/services/follow";
import { sendWeeklyDigest, weekStart } from "@/lib/services/digest";
import { scenario } from "@/lib/scenario";
import { createMailer } from "@/lib/mail/transport";
import { runCommand } from "@/lib/commands";
import { guaranteed } from "@/lib/domain/invariant";
import { JOBS } from "@/lib/jobs";

let db: Awaited<ReturnType<typeof openTestDb>>;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let raadslid: { id: string; role: "RAADSLID"; gemeenteId: string | null };
let regelingId: string;
beforeAll(async () => {
  db = await openTestDb();
  smtp = await startTestSmtp();
  await seedFlevoland(db.prisma);
  const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "raadslid.urk@demo.gr-volg.nl" } });
  raadslid = { id: u.id, role: "RAADSLID", gemeenteId: u.gemeenteId };
  const gr = await scenario(db.prisma, { now: new Date("2026-11-20T10:00:00Z") })
    .regeling("gr-sociaal-domein-flevoland")
    .through("zienswijzeprocedure_geopend", {
      dates: { concept_opgesteld: "2026-10-01", bosd_akkoord: "2026-10-05", zienswijzeprocedure_geopend: "2026-10-10" },
    });
  regelingId = gr.regelingId;
  await gr.ontvangen("urk", "2026-10-26");
  // The week's decision the digest reports: Dronten's raad gives no zienswijze.
  await gr.ontvangen("dronten", "2026-10-26");
  await gr.geenZienswijze("dronten", "2026-11-19");
});
afterAll(async () => {
  await smtp?.close();
  await db?.close();
});

const send = (today: string) => {
  const mailer = createMailer(smtp.config);
  return sendWeeklyDigest(db.prisma, mailer, { today, appUrl: "https://gr-volg.example" }).finally(() =>
    mailer.close(),
  );
};

describe("following regelingen and the weekly digest", () => {
  it("a raadslid follows a regeling and opts in; the setting is audited", async () => {
    expect(
      await runCommand(db.prisma, raadslid, saveFollowSettings, { regelingIds: [regelingId], digest: true }),
    ).toEqual({
      ok: true,
    });
    const settings = await loadFollowSettings(db.prisma, raadslid.id);
    expect(settings.digestOptIn).toBe(true);
    expect(settings.regelingen.filter((r) => r.followed).map((r) => r.slug)).toEqual(["gr-sociaal-domein-flevoland"]);
    expect(
      await db.prisma.auditEvent.count({ where: { type: "volginstellingen_gewijzigd", subjectId: raadslid.id } }),
    ).toBe(1);
  });

  it("refuses unknown regelingen, bad input and anonymous visitors, changing nothing", async () => {
    for (const [user, input, msg] of [
      [raadslid, { regelingIds: ["bestaat-niet"], digest: true }, /bestaat niet/],
      [raadslid, { regelingIds: [regelingId], digest: "ja" }, /Controleer/],
      [null, { regelingIds: [regelingId], digest: false }, /ingelogd/],
    ] as const) {
      const r = await runCommand(db.prisma, user as never, saveFollowSettings, input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(msg);
    }
    expect((await loadFollowSettings(db.prisma, raadslid.id)).digestOptIn).toBe(true);
  });

  it("sends one Dutch digest per week with the week's decisions, coming deadlines and an unsubscribe link", async () => {
    const r = await send("2026-11-24");
    expect(r).toMatchObject({ subscribers: 1, sent: 1 });
    const mail = guaranteed(smtp.messages.at(-1), "the digest mail");
    expect(mail.to).toEqual(["raadslid.urk@demo.gr-volg.nl"]);
    expect(mail.subject).toContain("wekelijkse samenvatting");
    const raw = mail.raw.replace(/=\r?\n/g, "");
    expect(raw).toContain("Urk: zienswijze uiterlijk");
    expect(raw).toMatch(/19 november 2026: Dronten =E2=80=94 geen zienswijze/);
    expect(raw).toMatch(/List-Unsubscribe:\s+<https:\/\/gr-volg\.example\/afmelden\?token=/);
    const again = await send("2026-11-26"); // same week
    expect(again).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(weekStart("2026-11-26")).toBe("2026-11-23");
  });

  it("the job takes the links' address from its own environment, not from the process", async () => {
    const job = guaranteed(
      JOBS.find((j) => j.name === "herinneringen"),
      "job herinneringen",
    );
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: "test",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: "GR-volg test <test@gr-volg.nl>",
      PUBLIC_URL: "https://job.gr-volg.example",
    };
    await job.run({ db: db.prisma, now: new Date("2026-12-01T09:00:00Z"), env });
    const mail = guaranteed(
      smtp.messages.findLast((m) => m.subject.includes("wekelijkse samenvatting")),
      "the digest mail",
    );
    const raw = mail.raw.replace(/=\r?\n/g, "");
    expect(raw).toMatch(/List-Unsubscribe:\s+<https:\/\/job\.gr-volg\.example\/afmelden\?token=/);
    expect(raw).not.toContain(process.env.NEXTAUTH_URL ?? "http://localhost:3000");
  });

  it("the unsubscribe link works without signing in, once, and a bad token changes nothing", async () => {
    const { unsubscribeToken } = await db.prisma.user.findUniqueOrThrow({ where: { id: raadslid.id } });
    expect((await runCommand(db.prisma, null, unsubscribeDigest, { token: "x".repeat(30) })).ok).toBe(false);
    expect((await runCommand(db.prisma, null, unsubscribeDigest, { token: "<script>" })).ok).toBe(false);
    expect(await runCommand(db.prisma, null, unsubscribeDigest, { token: unsubscribeToken })).toEqual({ ok: true });
    expect(await runCommand(db.prisma, null, unsubscribeDigest, { token: unsubscribeToken })).toEqual({ ok: true });
    expect((await loadFollowSettings(db.prisma, raadslid.id)).digestOptIn).toBe(false);
    expect(await send("2026-12-01")).toMatchObject({ subscribers: 0, sent: 0 });
    expect(await db.prisma.auditEvent.count({ where: { type: "samenvatting_afgemeld" } })).toBe(1);
  });
});
