import type { Command } from "commander";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveDatabaseUrl, parseDatabaseUrl, type DatabaseTarget } from "@/lib/db/url";
import { lockPgliteDirectory } from "@/lib/db/pglite-open";
import { ADOPT_ENV, type PgliteLock } from "@/lib/db/pglite-lock";
import { describeDbError } from "@/lib/db/migrate";
import { hasAuthSecret, MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";
import { ensureCheckpointKeyFile } from "@/lib/services/audit-checkpoint-key";
import { migrateDatabase, seedDatabase } from "./db";
import { demoRequested } from "@/lib/services/demo-mode";

type SetExit = (code: number) => void;

const nextBin = () => join(process.cwd(), "node_modules/next/dist/bin/next");

/** A stable auth secret for the embedded quick start, kept beside the embedded database. */
function ensureAuthSecret(): string {
  const file = join(process.cwd(), ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(join(process.cwd(), ".data"), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

interface StartOptions {
  port: string;
  hostname: string;
  demo?: boolean;
  geenSeed?: boolean;
}

export function registerStartCommand(program: Command, setExit: SetExit) {
  program
    .command("start")
    .description(
      "Bouw (zo nodig), migreer en start de app op http://localhost:3000; met --demo ook de demodata en demo-accounts",
    )
    .option("-p, --port <poort>", "poort", "3000")
    .option("-H, --hostname <host>", "adres om op te luisteren", "localhost")
    .option("--demo", "demomodus: vul met Flevoland en de demo-accounts (ook: GR_VOLG_DEMO=ja)")
    .option("--geen-seed", "ook in demomodus de database niet vullen")
    .action(async (opts: StartOptions) => {
      const url = resolveDatabaseUrl();
      const target = parseDatabaseUrl(url);
      const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
      opts.demo = demoRequested(opts.demo);
      // The embedded quick start keeps its audit checkpoint key beside the auth secret (outside the database).
      if (!env.AUDIT_CHECKPOINT_KEY && target.kind === "pglite") env.AUDIT_CHECKPOINT_KEY = ensureCheckpointKeyFile();
      env.NEXTAUTH_URL ??= `http://${opts.hostname}:${opts.port}`;
      // A small old-space keeps the server's RSS under load within budget (docs/performance.md);
      // an explicit --max-old-space-size in NODE_OPTIONS wins.
      if (!/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) {
        env.NODE_OPTIONS = [env.NODE_OPTIONS, "--max-old-space-size=256"].filter(Boolean).join(" ");
      }
      // glibc gives every thread that allocates (libuv's pool: gzip of the HTML cache, file reads) its
      // own malloc arena and keeps their freed memory: two arenas bound that (docs/performance.md,
      // "Writes under reader load and memory"); a value you set wins.
      env.MALLOC_ARENA_MAX ??= "2";

      // One owner per embedded directory: refuse a second server (or a start next to a running CLI
      // command) before building anything. The lock is held through migrate and seed, and handed
      // to the server through the environment: the server takes it over atomically on its first
      // open, so no other command can slip in between. Released when the server has gone.
      let lock: PgliteLock | null;
      try {
        lock = target.kind === "pglite" ? lockPgliteDirectory(target.dataDir) : null;
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
        return;
      }
      try {
        // After the lock (so a second start still gets the "in use" message first). Only the demo quick
        // start may make its own secret; a real installation sets one, identical on every instance.
        if (!hasAuthSecret(env)) {
          if (!opts.demo) {
            console.error(`gr-volg: ${MISSING_SECRET_MESSAGE}`);
            setExit(1);
            return;
          }
          env.NEXTAUTH_SECRET = ensureAuthSecret();
        }
        setExit(await buildMigrateAndServe(opts, url, target, env, lock));
      } finally {
        lock?.release();
      }
    });
}

async function printSetupCode(url: string, base: string): Promise<void> {
  const { openDb } = await import("@/lib/db/client");
  const { issueSetupCode, SETUP_CODE_VALID_HOURS } = await import("@/lib/services/users/eerste-beheerder");
  const db = await openDb(url);
  try {
    const issued = await issueSetupCode(db.prisma);
    if (!issued) return;
    console.log(
      `Er is nog geen beheerder. Maak de eerste op ${base.replace(/\/+$/, "")}/eerste-beheerder met deze installatiecode (${SETUP_CODE_VALID_HOURS} uur geldig, één keer te gebruiken):`,
    );
    console.log(issued.code);
    console.log("Of gebruik: gr-volg beheer maak-beheerder --email <adres>");
  } finally {
    await db.close();
  }
}

async function buildMigrateAndServe(
  opts: StartOptions,
  url: string,
  target: DatabaseTarget,
  env: NodeJS.ProcessEnv,
  lock: PgliteLock | null,
): Promise<number> {
  if (!existsSync(join(process.cwd(), ".next/BUILD_ID"))) {
    console.log("De app wordt gebouwd (eenmalig, ongeveer een minuut)…");
    const build = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit", env });
    if (build.status !== 0) {
      console.error("gr-volg: bouwen mislukt (next build).");
      return 1;
    }
  }
  try {
    // Migrate and seed here (under our lock), close, then start the server.
    const applied = await migrateDatabase(url);
    if (applied.length) console.log(`Migraties uitgevoerd: ${applied.join(", ")}`);
    // Demo data and demo accounts only in demo mode; a production start only migrates.
    if (opts.demo && !opts.geenSeed) await seedDatabase(url);
    // No beheerder yet: a one-time code for /eerste-beheerder, shown only here (docs/security.md).
    else if (!opts.demo) await printSetupCode(url, env.NEXTAUTH_URL ?? "");
  } catch (err) {
    console.error(`gr-volg: ${describeDbError(err)}`);
    return 1;
  }
  if (lock) env[ADOPT_ENV] = lock.owner.token;
  console.log(
    `GR-volg start${opts.demo ? " in demomodus" : ""} op http://${opts.hostname}:${opts.port} (${target.kind === "pglite" ? `ingebouwde database in ${target.dataDir}` : "PostgreSQL"}).`,
  );
  const child = spawn(process.execPath, [nextBin(), "start", "-p", opts.port, "-H", opts.hostname], {
    stdio: "inherit",
    env,
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  return await new Promise<number>((res) => child.on("exit", (c) => res(c ?? 0)));
}
