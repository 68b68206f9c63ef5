import { PrismaClient } from "@/generated/prisma/client";
import { parseDatabaseUrl, resolveDatabaseUrl, type DatabaseTarget } from "./url";

/**
 * One Prisma client per process, on PostgreSQL or on embedded PGlite, chosen by DATABASE_URL.
 * PGlite is single-session and has no cross-process lock of its own: a data directory is opened
 * only through lib/db/pglite-open.ts, which takes the directory's single-owner lock first.
 */
export type Db = PrismaClient;

export interface OpenedDb {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The embedded instance, when on PGlite (migrations reuse it instead of opening a second one). */
  pglite?: import("@electric-sql/pglite").PGlite;
  close(): Promise<void>;
}

/** `pgliteOptions` only applies on PGlite (tests start an in-memory instance from a migrated snapshot with it). */
export async function openDb(
  url: string = resolveDatabaseUrl(),
  pgliteOptions: import("@electric-sql/pglite").PGliteOptions = {},
): Promise<OpenedDb> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "pglite") {
    const { openPglite } = await import("./pglite-open");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    // A data directory is opened only under its single-owner lock (refuses when another process has it).
    const opened = await openPglite(target.dataDir, pgliteOptions);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(opened.pglite) });
    return {
      prisma,
      target,
      pglite: opened.pglite,
      async close() {
        try {
          await prisma.$disconnect();
        } finally {
          await opened.close();
        }
      },
    };
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) }),
  });
  return { prisma, target, close: () => prisma.$disconnect() };
}

const holder = globalThis as unknown as { __grVolgDb?: Promise<OpenedDb> };

/** The process-wide database (the app and the CLI). Tests open their own with openDb(). */
export function getDb(): Promise<OpenedDb> {
  if (!holder.__grVolgDb) {
    const opening = openDb();
    holder.__grVolgDb = opening;
    // A refusal (another process owns the embedded database) must not stick: retry on the next call.
    opening.catch(() => {
      if (holder.__grVolgDb === opening) holder.__grVolgDb = undefined;
    });
  }
  return holder.__grVolgDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDb()).prisma;
}
