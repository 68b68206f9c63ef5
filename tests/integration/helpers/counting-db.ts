import { PrismaClient } from "@/generated/prisma/client";
import type { OpenedDb } from "@/lib/db/client";

type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]["adapter"]>;

/** The SQL statements a counting client sent, in order; `transactions` counts BEGIN … COMMIT/ROLLBACK pairs. */
export interface StatementLog {
  sql: string[];
  transactions: number;
  reset(): void;
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

/**
 * Every statement the driver adapter runs passes through queryRaw/executeRaw (of the adapter or of a
 * transaction it started); BEGIN and COMMIT are the adapter's own (startTransaction/commit), counted
 * as transactions (never as statements: the engines' adapters differ there). So this counts what reaches the database, whatever Prisma makes of one model call
 * (an `include` can be one statement or two), unlike a count of Prisma operations.
 */
function counting<T extends object>(target: T, log: StatementLog): T {
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw")
        return (query: { sql: string }, ...rest: unknown[]) => {
          // The pg adapter commits through its transaction's executeRaw, PGlite's through its own call.
          if (!TRANSACTION_CONTROL.test(query.sql)) log.sql.push(query.sql);
          return value.call(t, query, ...rest);
        };
      if (prop === "startTransaction")
        return async (...args: unknown[]) => {
          log.transactions++;
          return counting(await value.apply(t, args), log);
        };
      if (prop === "connect") return async (...args: unknown[]) => counting(await value.apply(t, args), log);
      // Methods of the wrapped object run on it (private fields, `this`).
      return value.bind(t);
    },
  });
}

/**
 * A second Prisma client on the same test database whose statements are logged: PostgreSQL through
 * a new pg adapter on the database's URL, PGlite through an adapter on the same embedded instance.
 */
export async function openCountingClient(db: OpenedDb): Promise<{ prisma: PrismaClient; log: StatementLog }> {
  const log: StatementLog = {
    sql: [],
    transactions: 0,
    reset() {
      this.sql = [];
      this.transactions = 0;
    },
  };
  let factory: AdapterFactory;
  if (db.target.kind === "pglite") {
    if (!db.pglite) throw new Error("PGlite zonder instantie");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    factory = new PrismaPGlite(db.pglite);
  } else {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    factory = new PrismaPg({ connectionString: db.target.url, max: 2 });
  }
  return { prisma: new PrismaClient({ adapter: counting(factory, log) }), log };
}
