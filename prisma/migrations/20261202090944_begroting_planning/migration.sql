-- AlterTable: the yearly planning of a begroting cycle (issue 17 point 3), set by the secretariat.
ALTER TABLE "Procedure" ADD COLUMN "planning" JSONB;
