import type { Db } from "@/lib/db/client";

/**
 * Demo mode is a row in the database (AppSetting demo = "true"), written only by the demo seed
 * (`gr-volg start --demo`, `gr-volg db seed`). A row rather than an environment variable: every
 * instance on the same database agrees, and a database that holds demo accounts can never be
 * served without the "Demo-omgeving" banner because one instance forgot a variable.
 */
export const DEMO_SETTING_KEY = "demo";

/** Also inside a command's transaction (the demo seed's reference data). */
export async function markDemoMode(db: Pick<Db, "appSetting">): Promise<void> {
  await db.appSetting.upsert({
    where: { key: DEMO_SETTING_KEY },
    update: { value: "true" },
    create: { key: DEMO_SETTING_KEY, value: "true" },
  });
}

export async function isDemoMode(db: Db): Promise<boolean> {
  const row = await db.appSetting.findUnique({ where: { key: DEMO_SETTING_KEY } });
  return row?.value === "true";
}

const CACHE_MS = 5_000;
let cached: { at: number; value: boolean } | null = null;

/** For the page layout: read at most every few seconds per process (the flag only ever turns on). */
export async function isDemoModeCached(db: () => Promise<Db>, now = Date.now()): Promise<boolean> {
  if (cached && now - cached.at < CACHE_MS) return cached.value;
  const value = await isDemoMode(await db());
  cached = { at: now, value };
  return value;
}

/** `gr-volg start --demo` or GR_VOLG_DEMO=ja turns demo mode on for the embedded quick start. */
export function demoRequested(
  flag: boolean | undefined,
  env: Record<string, string | undefined> = process.env,
): boolean {
  return Boolean(flag) || /^(ja|true|1)$/i.test(env.GR_VOLG_DEMO ?? "");
}
