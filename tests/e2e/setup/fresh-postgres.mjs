// Drops and re-creates the PostgreSQL database of DATABASE_URL: the onboarding e2e starts from an
// EMPTY database (no demo mode, no seed). Refuses any database whose name does not say e2e.
import pg from "pg";

const url = new URL(process.env.DATABASE_URL ?? "");
const name = url.pathname.slice(1);
if (!/^gr_volg_e2e_[a-z0-9_]+$/.test(name)) {
  console.error(`fresh-postgres: weiger database "${name}" (alleen gr_volg_e2e_*)`);
  process.exit(1);
}
url.pathname = "/postgres";
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();
console.log(`Lege database ${name} aangemaakt.`);
