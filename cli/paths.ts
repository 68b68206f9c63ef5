import { join } from "node:path";

/** Paths the CLI works with, relative to the project root (bin/gr-volg.mjs chdirs there). */
export const PATHS = {
  schema: join(process.cwd(), "prisma/schema.prisma"),
  migrations: join(process.cwd(), "prisma/migrations"),
};
