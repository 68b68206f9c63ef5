-- AlterTable
ALTER TABLE "Body" ADD COLUMN     "email" TEXT,
ADD COLUMN     "zetels" INTEGER;

-- AlterTable
ALTER TABLE "Gemeente" ADD COLUMN     "regioId" TEXT;

-- AddForeignKey
ALTER TABLE "Gemeente" ADD CONSTRAINT "Gemeente_regioId_fkey" FOREIGN KEY ("regioId") REFERENCES "Regio"("id") ON DELETE SET NULL ON UPDATE CASCADE;
