import type { Account, Profile, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getPrisma } from "@/lib/db/client";
import { resolveOidcSignIn } from "@/lib/services/identity";
import { isRole } from "./roles";
import { oidcProviders, type OidcProviderConfig } from "./oidc-config";
import type { OidcClaims } from "./oidc-decision";

type Claims = Record<string, unknown>;

/**
 * The ID token's claims, completed from the UserInfo endpoint when the token lacks the e-mail or
 * email_verified (OIDC Core §5.4: a provider may return them only there). The ID token has been
 * validated by openid-client (signature, iss, aud, nonce); openid-client's userinfo() also refuses
 * an answer whose sub differs from the ID token's, and we check it once more.
 */
export async function idTokenAndUserinfoClaims(
  tokens: { claims(): Claims; access_token?: string },
  fetchUserinfo: () => Promise<Claims>,
): Promise<Claims> {
  const idClaims = tokens.claims();
  if (typeof idClaims.email === "string" && typeof idClaims.email_verified !== "undefined") return idClaims;
  const info = await fetchUserinfo();
  if (info.sub !== idClaims.sub) throw new Error("UserInfo sub does not match the ID token");
  // The ID token's own claims win; UserInfo only fills what it lacks (iss is never taken from it).
  return { ...info, ...Object.fromEntries(Object.entries(idClaims).filter(([, v]) => v !== undefined)) };
}

/** Only a real boolean true (or the string "true" some IdPs send) counts as verified. */
export function claimsOf(profile: Claims, fallbackIssuer: string): OidcClaims {
  const ev = profile.email_verified;
  return {
    issuer: typeof profile.iss === "string" ? profile.iss : fallbackIssuer,
    subject: typeof profile.sub === "string" ? profile.sub : "",
    email: typeof profile.email === "string" ? profile.email : null,
    emailVerified: ev === true || ev === "true",
  };
}

export function oidcProvider(config: OidcProviderConfig): OAuthConfig<Claims> {
  return {
    id: config.id,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    userinfo: {
      // next-auth 4 reads only the ID token when idToken is true; this also asks UserInfo when needed.
      async request({ tokens, client }) {
        // At run time next-auth passes openid-client's TokenSet (typed here as its parameters).
        const set = tokens as Parameters<typeof client.userinfo>[0] & { claims(): Claims };
        return idTokenAndUserinfoClaims(set, async () => (await client.userinfo(set)) as Claims);
      },
    },
    profile(profile) {
      return {
        id: String(profile.sub),
        email: typeof profile.email === "string" ? profile.email.toLowerCase() : null,
        name: typeof profile.name === "string" ? profile.name : null,
      };
    },
  };
}

export function oidcNextAuthProviders(): OAuthConfig<Claims>[] {
  return oidcProviders().map(oidcProvider);
}

/**
 * signIn callback for an OIDC provider: true when the identity resolves to a user (whose id,
 * role and gemeente then replace the IdP's profile on `user`, which next-auth hands on to the
 * jwt callback), otherwise the sign-in page with our own error code.
 */
export async function oidcSignIn(user: User, account: Account, profile: Profile | undefined): Promise<true | string> {
  const config = oidcProviders().find((p) => p.id === account.provider);
  if (!config) return "/inloggen?error=OAuthSignin";
  const claims = claimsOf((profile ?? {}) as Claims, config.issuer);
  const decision = await resolveOidcSignIn(await getPrisma(), claims, config, oidcProviders());
  if (!decision.ok) return `/inloggen?error=${decision.reason}`;
  const prisma = await getPrisma();
  const dbUser = await prisma.user.findUnique({
    where: { id: decision.userId },
    include: { gemeente: { select: { naam: true } } },
  });
  if (!dbUser || !isRole(dbUser.role)) return "/inloggen?error=OidcNoAccount";
  Object.assign(user, {
    id: dbUser.id,
    email: dbUser.email,
    name: dbUser.naam,
    role: dbUser.role,
    gemeenteId: dbUser.gemeenteId,
    gemeenteNaam: dbUser.gemeente?.naam ?? null,
  });
  return true;
}

export function isOidcProviderId(id: string | undefined): boolean {
  return Boolean(id) && oidcProviders().some((p) => p.id === id);
}
