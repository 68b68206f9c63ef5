-- CreateEnum
CREATE TYPE "PdfVerplichting" AS ENUM ('BESLUITEN', 'ALLE');

-- AlterTable
ALTER TABLE "Regeling" ADD COLUMN     "ontvangstAannameDagen" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "pdfVerplicht" "PdfVerplichting" NOT NULL DEFAULT 'BESLUITEN';
