-- DropIndex
DROP INDEX "Besluit_besluitdatum_idx";

-- CreateIndex
CREATE INDEX "Besluit_besluitdatum_createdAt_id_idx" ON "Besluit"("besluitdatum", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deadline_trackId_idx" ON "Deadline"("trackId");
