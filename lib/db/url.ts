/**
 * Where the database lives. One environment variable, DATABASE_URL, selects the driver:
 *   postgres://… or postgresql://…   → PostgreSQL server (node-postgres via @prisma/adapter-pg)
 *   pglite:<dir>                      → embedded PGlite (PostgreSQL compiled to WebAssembly) in <dir>
 *   pglite:memory://                  → embedded PGlite in memory (tests)
 * Unset → the embedded default below, so `git clone` + one command gives a working app.
 */
export const DEFAULT_DATABASE_URL = "pglite:./.data/pglite";

export type DatabaseTarget =
  | { kind: "postgres"; url: string; host: string; port: number; user: string; password: string; database: string }
  | { kind: "pglite"; url: string; dataDir: string; inMemory: boolean };

export function resolveDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith("pglite:")) {
    const dataDir = url.slice("pglite:".length);
    if (!dataDir) throw new Error("DATABASE_URL 'pglite:' mist een map, bijvoorbeeld pglite:./.data/pglite");
    return { kind: "pglite", url, dataDir, inMemory: dataDir.startsWith("memory://") };
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const u = new URL(url);
    const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
    if (!database)
      throw new Error("DATABASE_URL mist de databasenaam (postgresql://gebruiker:wachtwoord@host:5432/naam)");
    return {
      kind: "postgres",
      url,
      host: u.hostname || "127.0.0.1",
      port: u.port ? Number(u.port) : 5432,
      user: decodeURIComponent(u.username || "postgres"),
      password: decodeURIComponent(u.password),
      database,
    };
  }
  throw new Error(
    `DATABASE_URL wordt niet herkend: gebruik postgresql://… of pglite:<map> (gekregen: ${url.slice(0, 40)})`,
  );
}

/** The same server, another database name (throwaway test databases, shadow databases). */
export function withDatabaseName(target: Extract<DatabaseTarget, { kind: "postgres" }>, database: string): string {
  const u = new URL(target.url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
