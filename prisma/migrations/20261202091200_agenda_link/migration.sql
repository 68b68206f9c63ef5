-- AlterTable
ALTER TABLE "User" ADD COLUMN     "agendaMailOptIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AgendaLink" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AgendaLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgendaLink_tokenHash_key" ON "AgendaLink"("tokenHash");

-- CreateIndex
CREATE INDEX "AgendaLink_userId_revokedAt_idx" ON "AgendaLink"("userId", "revokedAt");

-- AddForeignKey
ALTER TABLE "AgendaLink" ADD CONSTRAINT "AgendaLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
