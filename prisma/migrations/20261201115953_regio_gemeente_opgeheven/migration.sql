-- AlterTable
ALTER TABLE "Gemeente" ADD COLUMN     "opgehevenOp" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Regio" ADD COLUMN     "opgehevenOp" TIMESTAMP(3);
