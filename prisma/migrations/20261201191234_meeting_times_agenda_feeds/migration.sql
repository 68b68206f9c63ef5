-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "cancelledAt" TIMESTAMPTZ,
ADD COLUMN     "endsAt" TIMESTAMPTZ,
ADD COLUMN     "externalUid" TEXT,
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "startsAt" TIMESTAMPTZ,
ADD COLUMN     "subscriptionId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "AgendaFeedSubscription" (
    "id" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchedAt" TIMESTAMPTZ,
    "lastStatus" TEXT,
    "lastError" TEXT,
    "lastChanges" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaFeedSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaFeedClaim" (
    "subscriptionId" TEXT NOT NULL,
    "window" TEXT NOT NULL,
    "claimedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaFeedClaim_pkey" PRIMARY KEY ("subscriptionId","window")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgendaFeedSubscription_bodyId_key" ON "AgendaFeedSubscription"("bodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_subscriptionId_externalUid_key" ON "Meeting"("subscriptionId", "externalUid");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AgendaFeedSubscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaFeedSubscription" ADD CONSTRAINT "AgendaFeedSubscription_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "Body"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaFeedClaim" ADD CONSTRAINT "AgendaFeedClaim_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AgendaFeedSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;
