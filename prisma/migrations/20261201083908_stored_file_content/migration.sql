-- CreateTable
CREATE TABLE "StoredFileContent" (
    "fileId" TEXT NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "StoredFileContent_pkey" PRIMARY KEY ("fileId")
);

-- AddForeignKey
ALTER TABLE "StoredFileContent" ADD CONSTRAINT "StoredFileContent_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
