import type { Db } from "@/lib/db/client";

export type SetExit = (code: number) => void;
/** What a CLI subcommand reports: its exit code and one Dutch line (stdout on success, stderr otherwise). */
export type Outcome = { exitCode: number; message: string };

/** Opens the database, runs one subcommand, prints its outcome and sets the exit code (1 on a database error). */
export async function runWithDb(setExit: SetExit, run: (db: Db) => Promise<Outcome>) {
  const { getDb } = await import("@/lib/db/client");
  const { describeDbError } = await import("@/lib/db/migrate");
  const db = await getDb();
  try {
    const out = await run(db.prisma);
    (out.exitCode === 0 ? console.log : console.error)(out.exitCode === 0 ? out.message : `gr-volg: ${out.message}`);
    setExit(out.exitCode);
  } catch (err) {
    console.error(`gr-volg: ${describeDbError(err)}`);
    setExit(1);
  } finally {
    await db.close();
  }
}
