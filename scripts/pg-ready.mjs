// Exit 0 when the PostgreSQL server in argv[2] accepts a connection (used by scripts/test-all.sh).
import pg from "pg";
const client = new pg.Client({ connectionString: process.argv[2], connectionTimeoutMillis: 3000 });
try {
  await client.connect();
  await client.end();
  process.exit(0);
} catch {
  process.exit(1);
}
