import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDatabaseUrl, resolveDatabaseUrl } from "@/lib/db/url";
import { checkKey } from "./audit-checkpoint-sign";

/**
 * The checkpoint key lives outside the database: AUDIT_CHECKPOINT_KEY (production: identical on
 * every instance and for the CLI, kept in the secret store, not in a backup of the database), or
 * for the embedded quick start a generated file next to .data/auth-secret.
 */
export function checkpointKeyFile(cwd = process.cwd()): string {
  return join(cwd, ".data/audit-checkpoint-key");
}

/** The quick start's key file, generated on first use (like the auth secret in `gr-volg start`). */
export function ensureCheckpointKeyFile(cwd = process.cwd()): string {
  const file = checkpointKeyFile(cwd);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(join(cwd, ".data"), { recursive: true });
  const key = randomBytes(32).toString("base64url");
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

export type ResolvedKey = { key: string } | { key: null; reason: string };

export function resolveCheckpointKey(
  env: Record<string, string | undefined> = process.env,
  opts: { create?: boolean; cwd?: string } = {},
): ResolvedKey {
  const fromEnv = env.AUDIT_CHECKPOINT_KEY?.trim();
  if (fromEnv) {
    const bad = checkKey(fromEnv);
    return bad ? { key: null, reason: bad } : { key: fromEnv };
  }
  const target = parseDatabaseUrl(resolveDatabaseUrl(env));
  if (target.kind === "pglite" && !target.inMemory) {
    const file = checkpointKeyFile(opts.cwd);
    if (opts.create) return { key: ensureCheckpointKeyFile(opts.cwd) };
    if (existsSync(file)) return { key: readFileSync(file, "utf8").trim() };
    return { key: null, reason: `er is nog geen sleutel voor controlepunten (${file} ontbreekt).` };
  }
  return {
    key: null,
    reason:
      "AUDIT_CHECKPOINT_KEY is niet ingesteld (de sleutel voor de controlepunten staat bewust buiten de database).",
  };
}
