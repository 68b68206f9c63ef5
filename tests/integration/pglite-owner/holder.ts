/**
 * A long-lived process that owns an embedded database directory through the app's own openDb,
 * standing in for `gr-volg start` / `next start` in tests. Protocol on stdin, one line each:
 *   write <text>  → INSERT into a probe table, answers "ok <text>"
 *   burst <n>     → INSERTs n rows of ~500 bytes in one statement, answers "ok burst"
 *   rows          → answers "rows <v1>,<v2>,…" (ordered)
 *   quit          → closes the database (releasing the lock) and exits 0
 * Prints "ready <pid>" once the database is open, or "refused <message>" and exits 3.
 */
import { createInterface } from "node:readline";
import { openDb } from "@/lib/db/client";

const url = process.argv[2];
const db = await openDb(url).catch((err: Error) => {
  console.log(`refused ${err.message}`);
  process.exit(3);
});
await db.prisma.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS owner_probe (v text NOT NULL)");
console.log(`ready ${process.pid}`);

for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, ...rest] = line.trim().split(" ");
  if (cmd === "write") {
    await db.prisma.$executeRawUnsafe("INSERT INTO owner_probe (v) VALUES ($1)", rest.join(" "));
    console.log(`ok ${rest.join(" ")}`);
  } else if (cmd === "burst") {
    // Enough WAL to cross segment boundaries and trigger checkpoints: where two openers collide.
    await db.prisma.$executeRawUnsafe(
      "INSERT INTO owner_probe (v) SELECT 'burst-' || g || repeat('x', 500) FROM generate_series(1, $1::int) g",
      Number(rest[0]),
    );
    console.log(`ok burst`);
  } else if (cmd === "rows") {
    const rows = await db.prisma.$queryRawUnsafe<{ v: string }[]>(
      "SELECT v FROM owner_probe WHERE v NOT LIKE 'burst-%' ORDER BY v",
    );
    console.log(`rows ${rows.map((r) => r.v).join(",")}`);
  } else if (cmd === "quit") {
    break;
  }
}
await db.close();
process.exit(0);
