-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_gemeenteId_id_idx" ON "AuditEvent"("gemeenteId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_type_id_idx" ON "AuditEvent"("type", "id");
