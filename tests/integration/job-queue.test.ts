import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { openTestDb, isPostgres } from "./helpers/test-db";
import { PGBOSS_SCHEMA, startQueue } from "@/lib/jobs/queue";

/** pg-boss runs on PostgreSQL only (lib/jobs/index.ts says why not on PGlite). */
describe.runIf(isPostgres())("the job queue on PostgreSQL (pg-boss)", () => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  const bosses: PgBoss[] = [];
  const env = {
    NODE_ENV: "test" as const,
    PLANNED_STEPS_INTERVAL_MINUTES: "15",
    AUDIT_CHECKPOINT_INTERVAL_MINUTES: "0",
    AGENDA_FEED_INTERVAL_MINUTES: "0",
    PUBLIC_CACHE_L2_PRUNE_MINUTES: "10",
  };
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    for (const b of bosses) await b.stop({ graceful: false, wait: true }).catch(() => undefined);
    await db?.close();
  });

  it("keeps its schedules in PostgreSQL, once for two instances, and a queued job is worked once", async () => {
    bosses.push(await startQueue(db.url, db.prisma, env, { pollingIntervalSeconds: 0.5 }));
    bosses.push(await startQueue(db.url, db.prisma, env, { pollingIntervalSeconds: 0.5 }));
    const schedules = await db.prisma.$queryRawUnsafe<{ name: string; cron: string }[]>(
      `SELECT name, cron FROM ${PGBOSS_SCHEMA}.schedule ORDER BY name`,
    );
    expect(schedules).toEqual([
      { name: "gedeelde-cache-opruimen", cron: "*/10 * * * *" },
      { name: "geplande-stappen", cron: "*/15 * * * *" },
    ]);
    const id = await bosses[0].send("geplande-stappen", {}, { singletonKey: "slot-1", singletonSeconds: 300 });
    const again = await bosses[1].send("geplande-stappen", {}, { singletonKey: "slot-1", singletonSeconds: 300 });
    expect(id).not.toBeNull();
    expect(again).toBeNull(); // the same slot is queued once, whichever instance asks
    let state = "";
    for (let i = 0; i < 60 && state !== "completed"; i++) {
      await new Promise((r) => setTimeout(r, 250));
      state = (await bosses[0].getJobById("geplande-stappen", id ?? ""))?.state ?? "";
    }
    expect(state).toBe("completed");
  });

  it("a worker runs the shared cache's prune: an expired row is gone", async () => {
    const count = async () =>
      (await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "PublicCacheEntry"`)[0].n;
    await db.prisma.$executeRaw`INSERT INTO "PublicCacheEntry" (key, version, body, meta, "storedAt")
      VALUES ('api|/verlopen', 'v', decode('00', 'hex'), '{}', now() - interval '7 hours'),
             ('api|/actueel', 'v', decode('00', 'hex'), '{}', now())`;
    expect(await count()).toBe(2);
    const id = await bosses[0].send("gedeelde-cache-opruimen", {});
    let state = "";
    for (let i = 0; i < 60 && state !== "completed"; i++) {
      await new Promise((r) => setTimeout(r, 250));
      state = (await bosses[0].getJobById("gedeelde-cache-opruimen", id ?? ""))?.state ?? "";
    }
    expect(state).toBe("completed");
    expect(await count()).toBe(1);
  });
});
