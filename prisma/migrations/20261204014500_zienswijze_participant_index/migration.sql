-- The public gemeente page lists the gemeente's newest zienswijzen (lib/services/public/gemeente-summary.ts,
-- publicZienswijzeQuery by participant.gemeenteId). Without an index on the participant the read was a sequential
-- scan of every zienswijze: ~35 ms of PostgreSQL per gemeente page miss at national scale (37,240 rows), ~9 ms with
-- it (issue 18 point 2, docs/performance.md "The gemeente page's begroting section and zienswijzen").
-- CreateIndex
CREATE INDEX "Zienswijze_participantId_idx" ON "Zienswijze"("participantId");
