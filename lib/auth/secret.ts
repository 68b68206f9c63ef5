/**
 * Sessions are signed with NEXTAUTH_SECRET. Without one, next-auth (or a start script) would make
 * a secret per instance, and a session signed by one instance is rejected by the next. So a
 * production server refuses to start without it; only the demo quick start (`gr-volg start --demo`)
 * generates one, in .data/auth-secret beside the embedded database.
 */
export const MISSING_SECRET_MESSAGE =
  "NEXTAUTH_SECRET ontbreekt. Zet NEXTAUTH_SECRET (bijvoorbeeld `openssl rand -base64 32`) in de omgeving, met dezelfde waarde op elke instantie; " +
  "zonder geheim start GR-volg alleen als demo (`gr-volg start --demo`, `npm run demo`).";

export const hasAuthSecret = (env: Record<string, string | undefined> = process.env) =>
  Boolean(env.NEXTAUTH_SECRET?.trim() || env.AUTH_SECRET?.trim());

/** For a production server start: the Dutch reason to refuse, or null. */
export function missingAuthSecret(env: Record<string, string | undefined> = process.env): string | null {
  if (env.NODE_ENV !== "production" || env.NEXT_PHASE === "phase-production-build") return null;
  return hasAuthSecret(env) ? null : MISSING_SECRET_MESSAGE;
}
