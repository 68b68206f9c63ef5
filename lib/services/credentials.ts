import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/client";
import { loginSchema } from "@/lib/validation/login";
import { isRole, type RoleName } from "@/lib/auth/roles";

/**
 * Password sign-in with throttling that holds across app instances: attempts are counted in
 * PostgreSQL (LoginAttempt), never in process memory. The same message for an unknown address
 * and a wrong password, and a hash comparison in both cases, so nobody can find out which
 * addresses have an account.
 */
export const LOGIN_FAILURE_MESSAGE = "Het e-mailadres of het wachtwoord is onjuist.";
export const LOGIN_LOCKED_MESSAGE =
  "Te veel mislukte pogingen. Uw inlog is tijdelijk geblokkeerd; probeer het over 15 minuten opnieuw.";

export const THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;

// A valid bcrypt hash of a random string: compared against when the account does not exist.
const DUMMY_HASH = "$2b$10$GPrUOBNzfwWOt5uBGe121elAezgf2YrtYNGdTCGLs4dV5RABOqZz.";

export interface AuthenticatedUser {
  id: string;
  email: string;
  naam: string;
  role: RoleName;
  gemeenteId: string | null;
  gemeenteNaam: string | null;
}

export type CredentialsResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; message: string; locked: boolean };

export async function isLockedOut(db: Db, key: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { key, success: true, at: { gte: since, lte: now } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const failures = await db.loginAttempt.count({
    where: { key, success: false, at: { gte: lastSuccess ? lastSuccess.at : since, lte: now } },
  });
  return failures >= THROTTLE.maxFailures;
}

export async function verifyCredentials(db: Db, input: unknown, now = new Date()): Promise<CredentialsResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false };
  const key = parsed.data.email.toLowerCase();

  if (await isLockedOut(db, key, now)) return { ok: false, message: LOGIN_LOCKED_MESSAGE, locked: true };

  const user = await db.user.findUnique({
    where: { email: key },
    include: { gemeente: { select: { naam: true } } },
  });
  const hash = user?.passwordHash ?? DUMMY_HASH;
  const passwordOk = await bcrypt.compare(parsed.data.password, hash);
  const ok = Boolean(user && user.actief && user.passwordHash && passwordOk && isRole(user.role));

  await db.loginAttempt.create({ data: { key, success: ok, at: now } });
  if (!ok || !user) return { ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false };
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      naam: user.naam,
      role: user.role as RoleName,
      gemeenteId: user.gemeenteId,
      gemeenteNaam: user.gemeente?.naam ?? null,
    },
  };
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}
