import { defineConfig } from "prisma/config";

// Used by `prisma generate` (and by `prisma migrate deploy` where the native engine is available).
// Our own offline migration tool lives in lib/db/migrate (see docs/migrations.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL?.startsWith("postgres")
      ? process.env.DATABASE_URL
      : "postgresql://postgres:postgres@127.0.0.1:5432/gr_volg",
  },
});
