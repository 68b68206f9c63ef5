-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "plannedStep" TEXT;
