-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "sourceAddress" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_revokedAt_idx" ON "UserSession"("userId", "revokedAt");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────────────────── Sessions end when the account changes ─────────────────────────
-- Hand-written. Every door that changes a user (the app, the CLI, a beheer screen, plain SQL)
-- passes this trigger: a change of actief, password, role or gemeente raises sessionVersion and
-- revokes the user's open sessions, so a token issued before the change is refused everywhere
-- (lib/auth/session-store.ts compares the token's version and its session row).
CREATE OR REPLACE FUNCTION "user_bump_session_version"() RETURNS trigger AS $$
BEGIN
  NEW."sessionVersion" := OLD."sessionVersion" + 1;
  UPDATE "UserSession"
     SET "revokedAt" = CURRENT_TIMESTAMP, "revokedReason" = 'account_gewijzigd'
   WHERE "userId" = NEW."id" AND "revokedAt" IS NULL;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_bump_session_version"
  BEFORE UPDATE ON "User"
  FOR EACH ROW
  WHEN (OLD."actief" IS DISTINCT FROM NEW."actief"
     OR OLD."passwordHash" IS DISTINCT FROM NEW."passwordHash"
     OR OLD."role" IS DISTINCT FROM NEW."role"
     OR OLD."gemeenteId" IS DISTINCT FROM NEW."gemeenteId")
  EXECUTE FUNCTION "user_bump_session_version"();
