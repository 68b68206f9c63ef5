-- CreateTable
CREATE TABLE "DataVersion" (
    "subject" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("subject")
);

-- One row per subject (lib/public-cache/subjects.ts), starting at the current time in microseconds,
-- so versions handed out after this are never equal to any a cache held before (see data-version.ts).
INSERT INTO "DataVersion" ("subject", "version")
SELECT s, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint
FROM unnest(ARRAY['regeling', 'gemeente', 'document', 'procedure', 'gebruiker', 'overig']) AS s;
