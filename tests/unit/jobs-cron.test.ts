import { describe, expect, it } from "vitest";
import { cronForMinutes } from "@/lib/jobs/cron";
import { enabledJobs } from "@/lib/jobs/run";

describe("job intervals as pg-boss cron", () => {
  it("turns the interval variables into the same cron on every instance", () => {
    expect(cronForMinutes(60)).toBe("0 */1 * * *");
    expect(cronForMinutes(15)).toBe("*/15 * * * *");
    expect(cronForMinutes(7)).toBe("*/6 * * * *");
    expect(cronForMinutes(1)).toBe("*/1 * * * *");
    expect(cronForMinutes(180)).toBe("0 */3 * * *");
    expect(cronForMinutes(300)).toBe("0 */4 * * *");
    expect(cronForMinutes(24 * 60)).toBe("0 0 * * *");
  });

  it("keeps the old switches: reminders only with SMTP, checkpoints only with a key, 0 switches a job off", () => {
    const names = (env: Record<string, string>) =>
      enabledJobs({ NODE_ENV: "test", ...env }).map((j) => `${j.job.name}:${j.minutes}`);
    expect(names({ DATABASE_URL: "pglite:memory://", AUDIT_CHECKPOINT_INTERVAL_MINUTES: "0" })).toEqual([
      "geplande-stappen:60",
      "agenda-abonnementen:60",
      "gedeelde-cache-opruimen:10",
    ]);
    expect(
      names({
        DATABASE_URL: "pglite:memory://",
        SMTP_HOST: "127.0.0.1",
        REMINDERS_INTERVAL_MINUTES: "15",
        AUDIT_CHECKPOINT_INTERVAL_MINUTES: "0",
        PLANNED_STEPS_INTERVAL_MINUTES: "0",
        AGENDA_FEED_INTERVAL_MINUTES: "0",
        PUBLIC_CACHE_L2_PRUNE_MINUTES: "0",
      }),
    ).toEqual(["herinneringen:15"]);
    expect(
      names({ DATABASE_URL: "pglite:memory://", PUBLIC_CACHE_L2_PRUNE_MINUTES: "30" }).filter((n) =>
        n.startsWith("ge"),
      ),
    ).toEqual(["geplande-stappen:60", "gedeelde-cache-opruimen:30"]);
  });
});
