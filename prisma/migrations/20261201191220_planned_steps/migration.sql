-- CreateTable
CREATE TABLE "PlannedStep" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "plannedOn" DATE NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'GEPLAND',
    "reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "realizedAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "PlannedStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlannedStep_status_plannedOn_idx" ON "PlannedStep"("status", "plannedOn");

-- CreateIndex
CREATE INDEX "PlannedStep_procedureId_idx" ON "PlannedStep"("procedureId");
