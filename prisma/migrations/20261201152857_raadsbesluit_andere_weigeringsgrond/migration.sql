-- AlterEnum
ALTER TYPE "WeigeringsGrond" ADD VALUE 'ANDERE_GROND';
