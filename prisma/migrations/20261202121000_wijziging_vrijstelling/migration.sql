-- The categories of begrotingswijziging a regeling exempts from the zienswijze procedure (Wgr art. 35 lid 5;
-- lib/domain/procedures/begrotingswijziging.ts). Default none: every wijziging goes to the raden.
ALTER TABLE "Regeling" ADD COLUMN "wijzigingVrijstelling" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
