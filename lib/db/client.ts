import { PrismaClient } from "@/generated/prisma/client";
import { parseDatabaseUrl, resolveDatabaseUrl, type DatabaseTarget } from "./url";

/**
 * One Prisma client per process, on PostgreSQL or on embedded PGlite, chosen by DATABASE_URL.
 * PGlite is single-session and has no cross-process lock: keep exactly one instance per process,
 * and never open the same data directory from two processes at once.
 */
export type Db = PrismaClient;

export interface OpenedDb {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The embedded instance, when on PGlite (migrations reuse it instead of opening a second one). */
  pglite?: import("@electric-sql/pglite").PGlite;
  close(): Promise<void>;
}

export async function openDb(url: string = resolveDatabaseUrl()): Promise<OpenedDb> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "pglite") {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    if (!target.inMemory) {
      const { mkdirSync } = await import("node:fs");
      const path = await import("node:path");
      // PGlite's own mkdir is not recursive.
      mkdirSync(path.dirname(path.resolve(target.dataDir)), { recursive: true });
    }
    const pglite = new PGlite(target.dataDir);
    await pglite.waitReady;
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    return {
      prisma,
      target,
      pglite,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
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
  holder.__grVolgDb ??= openDb();
  return holder.__grVolgDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDb()).prisma;
}
