-- AlterTable
ALTER TABLE "DocumentVersion" ADD COLUMN     "inhoudChecklist" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "RegisterInschrijving" (
    "id" TEXT NOT NULL,
    "regelingId" TEXT NOT NULL,
    "register" TEXT NOT NULL,
    "ingeschrevenOp" DATE NOT NULL,
    "kenmerk" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterInschrijving_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegisterInschrijving_regelingId_register_key" ON "RegisterInschrijving"("regelingId", "register");

-- AddForeignKey
ALTER TABLE "RegisterInschrijving" ADD CONSTRAINT "RegisterInschrijving_regelingId_fkey" FOREIGN KEY ("regelingId") REFERENCES "Regeling"("id") ON DELETE CASCADE ON UPDATE CASCADE;
