import { getPrisma, type Db } from "@/lib/db/client";
import { isDemoModeCached } from "@/lib/services/demo-mode";

/** A read model: a query in lib/services or lib/read-models that takes the database as its first argument. */
export type ReadModel<A extends unknown[], R> = (db: Db, ...args: A) => Promise<R>;

/**
 * Pages and route handlers read through here: they name a read model and its arguments, and never
 * hold the database client themselves (tests/unit/architecture.test.ts checks that app/ and
 * components/ import neither lib/db nor the Prisma client).
 */
export async function read<A extends unknown[], R>(model: ReadModel<A, R>, ...args: A): Promise<R> {
  return model(await getPrisma(), ...args);
}

/** The same for a streamed read model (batches from an async generator, e.g. for a CSV export). */
export async function readStream<A extends unknown[], R>(
  model: (db: Db, ...args: A) => AsyncGenerator<R>,
  ...args: A
): Promise<AsyncGenerator<R>> {
  return model(await getPrisma(), ...args);
}

/** Whether the database is in demo mode (cached; the database is opened only when the cache is stale). */
export function demoModeShown(): Promise<boolean> {
  return isDemoModeCached(getPrisma);
}
