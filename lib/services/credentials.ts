import bcrypt from "bcryptjs";
import type { Db } from "@/lib/db/client";
import { loginSchema } from "@/lib/validation/login";
import { isRole, type RoleName } from "@/lib/auth/roles";
import { UNKNOWN_SOURCE } from "@/lib/auth/source-address";
import { appendAudit, type AuditInput } from "./audit";
import {
  ACCOUNT_SOURCE_POLICY,
  backoffMessage,
  clearAttempts,
  minutesUntil,
  pairKey,
  releaseAttempt,
  reserveAttempt,
  sourceKey,
  sourcePolicy,
  type Reservation,
} from "./login-throttle";

/**
 * Password sign-in. Throttled per (account, source address) and per source address, counted in
 * PostgreSQL before the password is compared (lib/services/login-throttle.ts), so it holds across
 * instances and under concurrency. The same message for an unknown address and a wrong password,
 * and a hash comparison in both cases, so nobody can find out which addresses have an account.
 * Every sign-in, failure and start of a back-off is an audit event with the source address.
 */
export const LOGIN_FAILURE_MESSAGE = "Het e-mailadres of het wachtwoord is onjuist.";
/** When the check itself failed (database busy or down): never the driver's English text. */
export const LOGIN_UNAVAILABLE_MESSAGE = "Inloggen lukt op dit moment niet. Probeer het over een minuut opnieuw.";
export { backoffMessage } from "./login-throttle";

/**
 * bcrypt's work factor for every stored password: 10, the minimum of the OWASP Password Storage
 * Cheat Sheet for bcrypt (docs/security.md, "Wachtwoorden"). Each step doubles the cost of a
 * sign-in: one comparison is most of a sign-in's server CPU (~75 ms with bcryptjs on this machine).
 */
export const PASSWORD_HASH_COST = 10;

/**
 * A valid bcrypt hash of a random string, at PASSWORD_HASH_COST: compared against when the account
 * does not exist, so an unknown address costs the same one comparison as a wrong password.
 */
export const DUMMY_HASH = "$2b$10$GPrUOBNzfwWOt5uBGe121elAezgf2YrtYNGdTCGLs4dV5RABOqZz.";

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
  /** `locked`: refused by a back-off, before the password was looked at. */
  | { ok: false; message: string; locked: boolean };

export interface SignInContext {
  /** The source address (lib/auth/source-address.ts); UNKNOWN_SOURCE when it cannot be trusted. */
  source?: string;
  now?: Date;
}

/** Counted per source only when the source is known: one shared bucket would let anyone block everyone. */
const sourceIsKnown = (source: string) => source !== UNKNOWN_SOURCE;

/**
 * verifyCredentials for the sign-in form: an unexpected failure (e.g. no database connection free
 * within the transaction's wait, seen under load in the benchmark) refuses in Dutch instead of
 * passing the driver's message to the sign-in page (next-auth shows a thrown message as is).
 */
export async function verifyCredentialsOrRefuse(
  db: Db,
  input: unknown,
  ctx: SignInContext = {},
): Promise<CredentialsResult> {
  try {
    return await verifyCredentials(db, input, ctx);
  } catch (error) {
    console.error("Inloggen: de controle is mislukt", error);
    return { ok: false, message: LOGIN_UNAVAILABLE_MESSAGE, locked: false };
  }
}

export async function verifyCredentials(db: Db, input: unknown, ctx: SignInContext = {}): Promise<CredentialsResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false };
  const email = parsed.data.email.toLowerCase();
  const source = ctx.source ?? UNKNOWN_SOURCE;
  const now = ctx.now ?? new Date();

  // Reserve first, compare later: a refused reservation never reaches bcrypt.
  const spray = sourceIsKnown(source) ? await reserveAttempt(db, sourceKey(source), sourcePolicy(), now) : null;
  if (spray?.rejected) return refusedByBackoff(spray, now);
  const pair = await reserveAttempt(db, pairKey(email, source), ACCOUNT_SOURCE_POLICY, now);
  if (pair.rejected) return refusedByBackoff(pair, now);

  const user = await db.user.findUnique({ where: { email }, include: { gemeente: { select: { naam: true } } } });
  const passwordOk = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  const ok = Boolean(user?.actief && user.passwordHash && passwordOk && isRole(user.role));

  if (ok && user) {
    await clearAttempts(db, pair.key);
    if (spray) await releaseAttempt(db, spray.key, sourcePolicy());
    await audit(db, [
      {
        type: "inloggen_gelukt",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: user.gemeenteId,
        subjectKind: "User",
        subjectId: user.id,
        payload: { bron: source, methode: "wachtwoord" },
        at: now,
      },
    ]);
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

  // A failure on an existing account names that account (its gemeente's griffier may see it); a
  // failure on an unknown address names nothing, not even a hash of the address (docs/security.md).
  const subject = user
    ? { subjectKind: "User", subjectId: user.id, gemeenteId: user.gemeenteId }
    : { subjectKind: "Inlogpoging", subjectId: "onbekend-account", gemeenteId: null };
  const events: AuditInput[] = [
    {
      type: "inloggen_mislukt",
      actorId: null,
      actorRole: "ANONIEM",
      ...subject,
      payload: { bron: source, methode: "wachtwoord" },
      at: now,
    },
  ];
  for (const [r, scope] of [
    [pair, "account_en_bron"],
    [spray, "bron"],
  ] as const) {
    if (r?.blockedUntil) {
      events.push({
        type: "inloggen_afgeremd",
        actorId: null,
        actorRole: "ANONIEM",
        ...(scope === "bron" ? { subjectKind: "Inlogbron", subjectId: source, gemeenteId: null } : subject),
        payload: { bron: source, afremmen: scope, mislukt: r.failures, tot: r.blockedUntil.toISOString() },
        at: now,
      });
    }
  }
  await audit(db, events);
  return { ok: false, message: LOGIN_FAILURE_MESSAGE, locked: false };
}

function refusedByBackoff(r: Reservation, now: Date): CredentialsResult {
  return { ok: false, message: backoffMessage(minutesUntil(r.blockedUntil, now)), locked: true };
}

async function audit(db: Db, events: AuditInput[]) {
  await db.$transaction((tx) => appendAudit(tx, events));
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_HASH_COST);
}
