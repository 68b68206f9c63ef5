import type { Db } from "@/lib/db/client";

/**
 * A client over `prisma` that counts the Prisma model operations sent through it (`ops()`): what a read model
 * asks of Prisma, whatever number of SQL statements each becomes (tests/integration/helpers/counting-db.ts counts
 * those). Reads outside it (the data versions through the app's own client) are not counted.
 */
export function countingOperations(prisma: Db): { client: Db; ops: () => number } {
  let n = 0;
  const client = prisma.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        n++;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { client, ops: () => n };
}
