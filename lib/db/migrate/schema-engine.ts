/**
 * Offline Prisma schema engine: the WebAssembly build of Prisma's schema engine plus patched
 * driver-adapter factories for PostgreSQL (@prisma/adapter-pg) and PGlite (pglite-prisma-adapter).
 *
 * Why patched: the adapters as shipped (adapter-pg 7.10.1, pglite-prisma-adapter 0.7.2) have defects
 * on the migration path. Each patch below is numbered like docs/migrations.md and is proven by a test
 * in tests/integration/migrate/.
 *
 *  P1  adapter-pg built from a connection string opens its "shadow" database on the MAIN database
 *      → we build PrismaPg from {host, port, user, password, database}, never from a URL.
 *  P2  adapter-pg drops the shadow database while its own pool is still connected (and leaks a pool)
 *      → we own the shadow lifecycle: CREATE DATABASE via an admin client, close the pool, then
 *        DROP DATABASE … WITH (FORCE).
 *  P3  adapter-pg cannot read the catalog type "char" (OID 18) → reported as text (OID 25), also
 *      inside transactions.
 *  P4  adapter-pg executeScript splits the script on every ';' (breaks 'a;b' literals and $$ bodies)
 *      → one simple-protocol multi-statement query (as the native engine does).
 *  P5  pglite-prisma-adapter executeScript does not await exec() → a failing migration is recorded
 *      as applied → await it and report the error.
 *  P6  PGlite does not create the parent directories of its data dir → mkdir -p.
 *  P7  pglite-prisma-adapter's shadow database is a PGlite that is never closed → fresh in-memory
 *      PGlite per shadow, closed on dispose.
 *
 * No Next.js imports here: this module runs under tsx and vitest.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { DatabaseDamagedError, lockPgliteDirectory } from "../pglite-open";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { DatabaseTarget } from "../url";

export type PostgresTarget = Extract<DatabaseTarget, { kind: "postgres" }>;
export type { SchemaEngine };

/** Which patches to apply. All on by default; tests switch single ones off to prove they matter. */
export interface AdapterPatches {
  /** P2: own shadow-database lifecycle (PostgreSQL). */
  shadowLifecycle: boolean;
  /** P3: report "char" (OID 18) as text. */
  charAsText: boolean;
  /** P4 (PG) / P5 (PGlite): correct executeScript. */
  executeScript: boolean;
}
export const ALL_PATCHES: AdapterPatches = { shadowLifecycle: true, charAsText: true, executeScript: true };

/** A migration-aware adapter factory that knows how to release everything it opened. */
export interface ClosableAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Disposes every adapter still open (main and shadow), drops leftover shadow databases. */
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Loading the WebAssembly schema engine
// ---------------------------------------------------------------------------------------------

type SchemaEngineBg = typeof import("@prisma/schema-engine-wasm") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let modulePromise: Promise<SchemaEngineBg> | null = null;

/** Loads and instantiates @prisma/schema-engine-wasm once per process. */
export function loadSchemaEngineModule(): Promise<SchemaEngineBg> {
  modulePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    // The package exports ./schema_engine_bg but not the .wasm file: resolve the JS glue and
    // read the .wasm next to it.
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(pathToFileURL(bgPath).href)) as SchemaEngineBg;
    const bytes = await readFile(join(dirname(bgPath), "schema_engine_bg.wasm"));
    // The engine races every operation against a 10 s setTimeout that it never clears; those
    // timers kept a CLI process alive ~10 s after its work was done. Hand the wasm unref'd timers.
    const imports: Record<string, unknown> = { ...bg };
    for (const key of Object.keys(imports)) {
      if (key.startsWith("__wbg_setTimeout_")) {
        imports[key] = (fn: () => void, ms: number) => {
          const timer = setTimeout(fn, ms >>> 0);
          timer.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })().catch((e) => {
    modulePromise = null;
    throw e;
  });
  return modulePromise;
}

export interface OpenEngineOptions {
  /** Path used in error messages and for relative references; the file itself is not read here. */
  schemaPath: string;
  schemaText: string;
  factory: ClosableAdapterFactory;
  log?: (message: string) => void;
}

export interface EngineHandle {
  engine: SchemaEngine;
  /** Frees the engine and closes every pool / PGlite the factory opened. Idempotent. */
  close(): Promise<void>;
}

export async function openSchemaEngine(opts: OpenEngineOptions): Promise<EngineHandle> {
  const bg = await loadSchemaEngineModule();
  const log = opts.log ?? (() => {});
  let engine: SchemaEngine;
  try {
    engine = await bg.SchemaEngine.new(
      { datamodels: [[opts.schemaPath, opts.schemaText]] },
      (msg: string) => log(msg),
      bindMigrationAwareSqlAdapterFactory(opts.factory),
    );
  } catch (e) {
    await opts.factory.close();
    throw e;
  }
  let closed = false;
  return {
    engine,
    async close() {
      if (closed) return;
      closed = true;
      try {
        engine.free();
      } finally {
        await opts.factory.close();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

/** Wraps adapter.dispose so it runs once and is tracked by the factory. */
function track(open: Set<SqlDriverAdapter>, adapter: SqlDriverAdapter, extra?: () => Promise<void>): SqlDriverAdapter {
  const original = adapter.dispose.bind(adapter);
  let done: Promise<void> | null = null;
  adapter.dispose = () => {
    done ??= (async () => {
      open.delete(adapter);
      try {
        await original();
      } finally {
        if (extra) await extra();
      }
    })();
    return done;
  };
  open.add(adapter);
  return adapter;
}

async function disposeAll(open: Set<SqlDriverAdapter>): Promise<void> {
  const errors: unknown[] = [];
  for (const adapter of [...open]) {
    try {
      await adapter.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length) throw errors[0];
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (@prisma/adapter-pg) with patches P1–P4
// ---------------------------------------------------------------------------------------------

const CHAR_OID = 18;
const TEXT_OID = 25;

/** P1: a pg PoolConfig from the parsed URL parts — deliberately no connectionString. */
export function pgPoolConfig(target: PostgresTarget, database = target.database): pg.PoolConfig {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database,
    connectionTimeoutMillis: 10_000,
    // Idle pooled connections must not keep the process alive after a CLI command.
    idleTimeoutMillis: 1_000,
    allowExitOnIdle: true,
  };
}

/** The internals of adapter-pg 7.10.1 patched below (PgQueryable.performIO / onError / underlyingDriver). */
interface PgQueryableInternals {
  performIO(query: unknown): Promise<{ fields?: { dataTypeID: number }[] } | undefined>;
}
interface PgAdapterInternals extends PgQueryableInternals {
  startTransaction(...args: unknown[]): Promise<PgQueryableInternals>;
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(text: string): Promise<unknown> };
  onError(e: unknown): never;
}
/** The internals of pglite-prisma-adapter 0.7.2 patched below (client / onError). */
interface PgliteAdapterInternals {
  executeScript(script: string): Promise<void>;
  client: { exec(script: string): Promise<unknown> };
  onError(e: unknown): never;
}

/** P3 + P4 applied to an adapter-pg adapter (main or shadow). */
function patchPgAdapter(adapter: SqlDriverAdapter, patches: AdapterPatches): SqlDriverAdapter {
  const a = adapter as unknown as PgAdapterInternals;
  if (patches.charAsText) {
    const patchQueryable = (q: PgQueryableInternals) => {
      const performIO = q.performIO.bind(q);
      q.performIO = async (query: unknown) => {
        const result = await performIO(query);
        for (const field of result?.fields ?? []) {
          if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
        }
        return result;
      };
    };
    patchQueryable(a);
    const startTransaction = a.startTransaction.bind(a);
    a.startTransaction = async (...args: unknown[]) => {
      const tx = await startTransaction(...args);
      patchQueryable(tx);
      return tx;
    };
  }
  if (patches.executeScript) {
    a.executeScript = async (script: string) => {
      try {
        // Pool.query(text) without values uses the simple query protocol: the whole script is
        // one multi-statement query, run by the server as one implicit transaction.
        await a.underlyingDriver().query(script);
      } catch (e) {
        a.onError(e);
      }
    };
  }
  return adapter;
}

async function withAdminClient<T>(target: PostgresTarget, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  // Administrative statements (CREATE/DROP DATABASE) run from the `postgres` maintenance database;
  // if that one does not exist, from the target database itself.
  let client = new pg.Client(pgPoolConfig(target, "postgres"));
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => {});
    if ((e as { code?: unknown } | null)?.code !== "3D000") throw e;
    client = new pg.Client(pgPoolConfig(target));
    await client.connect();
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export const SHADOW_DB_PREFIX = "prisma_migrate_shadow_db_";

export function createPgMigrationFactory(
  target: PostgresTarget,
  patches: AdapterPatches = ALL_PATCHES,
): ClosableAdapterFactory {
  const inner = new PrismaPg(pgPoolConfig(target)); // P1
  const open = new Set<SqlDriverAdapter>();
  const shadowNames = new Set<string>();

  const dropShadow = async (name: string) => {
    await withAdminClient(target, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    shadowNames.delete(name);
  };

  const factory: ClosableAdapterFactory = {
    provider: "postgres",
    adapterName: inner.adapterName,
    async connect() {
      return track(open, patchPgAdapter(await inner.connect(), patches));
    },
    async connectToShadowDb() {
      if (!patches.shadowLifecycle) {
        return track(open, patchPgAdapter(await inner.connectToShadowDb(), patches));
      }
      // P2: our own lifecycle. Create, connect a pool built from parts (P1), and on dispose first
      // close that pool, then force-drop the database.
      const name = `${SHADOW_DB_PREFIX}${randomUUID().replace(/-/g, "_")}`;
      await withAdminClient(target, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      shadowNames.add(name);
      try {
        const adapter = await new PrismaPg(pgPoolConfig(target, name)).connect();
        return track(open, patchPgAdapter(adapter, patches), () => dropShadow(name));
      } catch (e) {
        await dropShadow(name).catch(() => {});
        throw e;
      }
    },
    async close() {
      try {
        await disposeAll(open);
      } finally {
        for (const name of [...shadowNames]) await dropShadow(name).catch(() => {});
      }
    },
  };
  return factory;
}

// ---------------------------------------------------------------------------------------------
// PGlite (pglite-prisma-adapter) with patches P5–P7
// ---------------------------------------------------------------------------------------------

/** P6: PGlite creates its data dir but not the parents. */
export function ensurePgliteDataDirParent(dataDir: string): void {
  if (dataDir.startsWith("memory://") || dataDir.includes("://")) return;
  mkdirSync(dirname(resolve(dataDir)), { recursive: true });
}

/** P5 applied to a pglite-prisma-adapter adapter. */
function patchPgliteAdapter(adapter: SqlDriverAdapter, patches: AdapterPatches): SqlDriverAdapter {
  const a = adapter as unknown as PgliteAdapterInternals;
  if (patches.executeScript) {
    a.executeScript = async (script: string) => {
      try {
        await a.client.exec(script);
      } catch (e) {
        a.onError(e);
      }
    };
  }
  return adapter;
}

export interface PgliteFactoryOptions {
  /** An already-open PGlite owned by the caller (never closed here). */
  pglite?: PGlite;
  /** Otherwise a data dir ("memory://…" or a folder); opened lazily, closed by close(). */
  dataDir?: string;
  patches?: AdapterPatches;
}

export function createPgliteMigrationFactory(opts: PgliteFactoryOptions = {}): ClosableAdapterFactory {
  const patches = opts.patches ?? ALL_PATCHES;
  const open = new Set<SqlDriverAdapter>();
  const dataDir = opts.dataDir ?? "memory://";
  // A data directory is locked now, before the engine starts (a refusal then reaches the user as
  // is, not wrapped in an engine error); the lock is given back by close().
  let lock = opts.pglite ? null : lockPgliteDirectory(dataDir);
  let owned: PGlite | null = null;

  const mainClient = async (): Promise<PGlite> => {
    if (opts.pglite) return opts.pglite;
    if (!owned) {
      ensurePgliteDataDirParent(dataDir); // P6
      const pglite = new PGlite(dataDir);
      try {
        await pglite.waitReady;
      } catch (e) {
        throw lock ? new DatabaseDamagedError(dataDir, e) : e;
      }
      owned = pglite;
    }
    return owned;
  };

  const factory: ClosableAdapterFactory = {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      const client = await mainClient();
      const adapter = (await new PrismaPGlite(client).connect()) as unknown as SqlDriverAdapter;
      return track(open, patchPgliteAdapter(adapter, patches));
    },
    async connectToShadowDb() {
      // P7: a fresh in-memory PGlite per shadow database, closed when the engine disposes it.
      const shadow = new PGlite();
      await shadow.waitReady;
      const adapter = (await new PrismaPGlite(shadow).connect()) as unknown as SqlDriverAdapter;
      return track(open, patchPgliteAdapter(adapter, patches), async () => {
        if (!shadow.closed) await shadow.close();
      });
    },
    async close() {
      try {
        await disposeAll(open);
      } finally {
        const o = owned as PGlite | null;
        owned = null;
        try {
          if (o && !o.closed) await o.close();
        } finally {
          lock?.release();
          lock = null;
        }
      }
    },
  };
  return factory;
}
