import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getPrisma } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/services/credentials";
import { isRole, type RoleName } from "./roles";
import { safeRedirect } from "./callback-url";
import { sourceAddress } from "./source-address";

/** Session lifetime: a working day; after that a user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

interface SessionUserFields {
  id: string;
  role: RoleName;
  gemeenteId: string | null;
  gemeenteNaam: string | null;
}

/** Optional SSO for a municipality: any OpenID Connect provider, configured by environment. */
function oidcProvider(): OAuthConfig<Record<string, unknown>> | null {
  const issuer = process.env.OIDC_ISSUER;
  const clientId = process.env.OIDC_CLIENT_ID;
  const clientSecret = process.env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: "oidc",
    name: process.env.OIDC_NAME ?? "Inloggen met uw organisatie-account",
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    profile(profile) {
      return {
        id: String(profile.sub),
        email: typeof profile.email === "string" ? profile.email.toLowerCase() : null,
        name: typeof profile.name === "string" ? profile.name : null,
      };
    },
  };
}

export function buildAuthOptions(): NextAuthOptions {
  const oidc = oidcProvider();
  return {
    secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", signOut: "/uitloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mailadres en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        async authorize(credentials, req) {
          const source = sourceAddress(req?.headers);
          const result = await verifyCredentials(await getPrisma(), credentials, { source });
          // next-auth passes the thrown message to the sign-in page; it is the same for an
          // unknown address and a wrong password (no user enumeration).
          if (!result.ok) throw new Error(result.message);
          const u = result.user;
          return { id: u.id, email: u.email, name: u.naam, role: u.role, gemeenteId: u.gemeenteId, gemeenteNaam: u.gemeenteNaam } as User;
        },
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      // Only ever back to this site; a newline or an invalid callbackUrl falls back to "/" (was a 500).
      async redirect(params) {
        return safeRedirect(params);
      },
      // SSO users must already exist (provisioned by a beheerder); the account decides role and gemeente.
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        if (!user.email) return false;
        const prisma = await getPrisma();
        const existing = await prisma.user.findUnique({ where: { email: user.email.toLowerCase() } });
        return Boolean(existing?.actief);
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "oidc") {
          const prisma = await getPrisma();
          const dbUser = await prisma.user.findUnique({
            where: { email: String(user.email).toLowerCase() },
            include: { gemeente: { select: { naam: true } } },
          });
          if (dbUser && isRole(dbUser.role)) {
            Object.assign(token, { uid: dbUser.id, role: dbUser.role, gemeenteId: dbUser.gemeenteId, gemeenteNaam: dbUser.gemeente?.naam ?? null, name: dbUser.naam });
          }
        } else if (user) {
          const u = user as User & SessionUserFields;
          Object.assign(token, { uid: u.id, role: u.role, gemeenteId: u.gemeenteId, gemeenteNaam: u.gemeenteNaam });
        }
        return token;
      },
      async session({ session, token }) {
        const t = token as typeof token & Partial<SessionUserFields> & { uid?: string };
        if (session.user && t.uid && isRole(t.role)) {
          Object.assign(session.user, { id: t.uid, role: t.role, gemeenteId: t.gemeenteId ?? null, gemeenteNaam: t.gemeenteNaam ?? null });
        }
        return session;
      },
    },
  };
}

export const authOptions = buildAuthOptions();
