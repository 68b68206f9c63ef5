-- The shared (second-level) public cache (lib/public-cache/shared-cache.ts, docs/caching.md "Several instances"):
-- one row per cache key with the data version it was rendered at and its gzip bytes. UNLOGGED: a cache is not
-- worth WAL; after a crash it is empty (every instance renders again) and pg_dump leaves its rows out
-- (--no-unlogged-table-data, lib/db/backup.ts). Prisma's schema does not model UNLOGGED; drift does not see it.
CREATE UNLOGGED TABLE "PublicCacheEntry" (
    "key" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "meta" TEXT NOT NULL,
    "storedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicCacheEntry_pkey" PRIMARY KEY ("key")
);

-- The bytes are gzip already: store them out of line without trying pglz on them again.
ALTER TABLE "PublicCacheEntry" ALTER COLUMN "body" SET STORAGE EXTERNAL;
