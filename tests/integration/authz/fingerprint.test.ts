import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { fingerprint, type TestDb } from "./fixture";

/**
 * The database fingerprint re-hashes only tables whose row versions changed (fixture.ts): it must still see every
 * committed change, and only real changes, or every "refused: nothing written" assertion built on it goes blind.
 */
let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => db?.close());

const sql = (q: string) => db.prisma.$executeRawUnsafe(q);

it("sees every committed insert, update and delete, and nothing that was rolled back or left the rows as they were", async () => {
  await sql(`INSERT INTO "AppSetting" (key, value, "updatedAt") VALUES ('a', '1', now()), ('b', '2', now())`);
  const start = await fingerprint(db.prisma);
  expect(await fingerprint(db.prisma)).toEqual(start);

  await sql(`UPDATE "AppSetting" SET value = value`);
  expect(await fingerprint(db.prisma), "an update to the same values changes no row").toEqual(start);

  await sql(`UPDATE "AppSetting" SET value = '3' WHERE key = 'a'`);
  const changed = await fingerprint(db.prisma);
  expect(changed.AppSetting).not.toEqual(start.AppSetting);
  await sql(`UPDATE "AppSetting" SET value = '1' WHERE key = 'a'`);
  expect(await fingerprint(db.prisma), "changed back: the same rows again").toEqual(start);

  await db.prisma
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "AppSetting"`);
      throw new Error("rollback");
    })
    .catch(() => undefined);
  expect(await fingerprint(db.prisma), "rolled back: nothing written").toEqual(start);

  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe(`DELETE FROM "AppSetting" WHERE key = 'b'`),
    db.prisma.$executeRawUnsafe(`INSERT INTO "AppSetting" (key, value, "updatedAt") VALUES ('c', '2', now())`),
  ]);
  expect((await fingerprint(db.prisma)).AppSetting, "a delete and an insert: same count, other rows").not.toEqual(
    start.AppSetting,
  );
  await sql(`DELETE FROM "AppSetting" WHERE key = 'c'`);
  expect((await fingerprint(db.prisma)).AppSetting, "a delete").not.toEqual(start.AppSetting);
});
