-- AlterTable
ALTER TABLE "PlannedStep" ADD COLUMN     "participantId" TEXT;
