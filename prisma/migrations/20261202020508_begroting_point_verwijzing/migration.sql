-- AlterTable
ALTER TABLE "ZienswijzePoint" ADD COLUMN     "verwijzing" TEXT;
