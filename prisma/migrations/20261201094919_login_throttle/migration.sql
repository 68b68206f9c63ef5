-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),
    "rejected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);
