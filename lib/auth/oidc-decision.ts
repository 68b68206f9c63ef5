import { normalizeIssuer } from "./oidc-config";

/**
 * Whom an OpenID Connect sign-in may become: the pure rule, without the database.
 * - An (issuer, sub) already linked decides alone: a changed e-mail at the IdP does not matter.
 * - Otherwise the IdP must say email_verified === true, a beheerder must have provisioned an
 *   active user with that address, that user must not be linked to another identity at this
 *   issuer, and a gemeente with its own IdP only accepts that IdP.
 */
export type OidcRefusal =
  | "OidcEmailNotVerified"
  | "OidcNoAccount"
  | "OidcAccountInactive"
  | "OidcLinkedElsewhere"
  | "OidcWrongProvider"
  | "OidcInvalidClaims";

export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
}

export interface CandidateUser {
  id: string;
  actief: boolean;
  gemeenteSlug: string | null;
}

export interface DecisionInput {
  claims: OidcClaims;
  /** The user already linked to (issuer, subject), if any. */
  linkedUser: CandidateUser | null;
  /** The user whose e-mail equals the claimed address, if any (only looked at when not linked). */
  userByEmail: CandidateUser | null;
  /** Issuers the user-by-email is already linked to at this issuer (another subject). */
  userLinkedAtIssuer: boolean;
  /** gemeente slug -> issuer of that gemeente's own IdP. */
  gemeenteIssuers: ReadonlyMap<string, string>;
}

export type OidcDecision = { ok: true; userId: string; link: boolean } | { ok: false; reason: OidcRefusal };

export function decideOidcSignIn(input: DecisionInput): OidcDecision {
  const { claims } = input;
  if (!claims.subject || !claims.issuer) return { ok: false, reason: "OidcInvalidClaims" };
  const issuer = normalizeIssuer(claims.issuer);

  if (input.linkedUser) {
    if (!input.linkedUser.actief) return { ok: false, reason: "OidcAccountInactive" };
    return { ok: true, userId: input.linkedUser.id, link: false };
  }

  // First sign-in: only what the IdP has proved (a verified address) may select an account.
  if (claims.emailVerified !== true || !claims.email) return { ok: false, reason: "OidcEmailNotVerified" };
  const user = input.userByEmail;
  // An inactive account answers like an unknown one: nothing more than "no usable account".
  if (!user?.actief) return { ok: false, reason: "OidcNoAccount" };
  if (input.userLinkedAtIssuer) return { ok: false, reason: "OidcLinkedElsewhere" };
  const gemeenteIssuer = user.gemeenteSlug ? input.gemeenteIssuers.get(user.gemeenteSlug) : undefined;
  if (gemeenteIssuer && normalizeIssuer(gemeenteIssuer) !== issuer) return { ok: false, reason: "OidcWrongProvider" };
  return { ok: true, userId: user.id, link: true };
}
