import type { Command } from "commander";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveDatabaseUrl, parseDatabaseUrl } from "@/lib/db/url";
import { describeDbError } from "@/lib/db/migrate";
import { ensureCheckpointKeyFile } from "@/lib/services/audit-checkpoint-key";
import { migrateDatabase, seedDatabase } from "./db";

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

export function registerStartCommand(program: Command, setExit: SetExit) {
  program
    .command("start")
    .description("Bouw (zo nodig), migreer, vul met Flevoland en start de app op http://localhost:3000")
    .option("-p, --port <poort>", "poort", "3000")
    .option("-H, --hostname <host>", "adres om op te luisteren", "localhost")
    .option("--geen-seed", "de database niet met Flevoland vullen")
    .action(async (opts: { port: string; hostname: string; geenSeed?: boolean }) => {
      const url = resolveDatabaseUrl();
      const target = parseDatabaseUrl(url);
      const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
      if (!env.NEXTAUTH_SECRET && !env.AUTH_SECRET) env.NEXTAUTH_SECRET = ensureAuthSecret();
      // The embedded quick start keeps its audit checkpoint key beside the auth secret (outside the database).
      if (!env.AUDIT_CHECKPOINT_KEY && target.kind === "pglite") env.AUDIT_CHECKPOINT_KEY = ensureCheckpointKeyFile();
      env.NEXTAUTH_URL ??= `http://${opts.hostname}:${opts.port}`;
      // A small old-space keeps the server's RSS under load within budget (docs/performance.md);
      // an explicit --max-old-space-size in NODE_OPTIONS wins.
      if (!/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) {
        env.NODE_OPTIONS = [env.NODE_OPTIONS, "--max-old-space-size=256"].filter(Boolean).join(" ");
      }

      if (!existsSync(join(process.cwd(), ".next/BUILD_ID"))) {
        console.log("De app wordt gebouwd (eenmalig, ongeveer een minuut)…");
        const build = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit", env });
        if (build.status !== 0) {
          console.error("gr-volg: bouwen mislukt (next build).");
          setExit(1);
          return;
        }
      }
      try {
        // PGlite has no cross-process lock: migrate and seed here, close, then start the server.
        const applied = await migrateDatabase(url);
        if (applied.length) console.log(`Migraties uitgevoerd: ${applied.join(", ")}`);
        if (!opts.geenSeed) await seedDatabase(url);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
        return;
      }
      console.log(
        `GR-volg start op http://${opts.hostname}:${opts.port} (${target.kind === "pglite" ? `ingebouwde database in ${target.dataDir}` : "PostgreSQL"}).`,
      );
      const child = spawn(process.execPath, [nextBin(), "start", "-p", opts.port, "-H", opts.hostname], { stdio: "inherit", env });
      for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
      const code: number = await new Promise((res) => child.on("exit", (c) => res(c ?? 0)));
      setExit(code);
    });
}
