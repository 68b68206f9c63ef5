import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/client";
import { verifyCredentialsOrRefuse } from "@/lib/services/credentials";
import { isRole, type RoleName } from "./roles";
import { safeRedirect } from "./callback-url";
import { sourceAddress } from "./source-address";
import { isOidcProviderId, oidcNextAuthProviders, oidcSignIn } from "./oidc";
import { createUserSession } from "./session-store";
import { validateSession, sessionValidator } from "./session-check";
import { requestMeta } from "./request-meta";
import { recordSignOut } from "@/lib/services/sessions";
import { runCommand } from "@/lib/commands";

/** Session lifetime: a working day; after that a user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

interface SessionUserFields {
  id: string;
  role: RoleName;
  gemeenteId: string | null;
  gemeenteNaam: string | null;
}

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/inloggen", signOut: "/uitloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mailadres en wachtwoord",
        credentials: {
          email: { label: "E-mailadres", type: "email" },
          password: { label: "Wachtwoord", type: "password" },
        },
        async authorize(credentials, req) {
          const source = sourceAddress(req?.headers);
          const result = await verifyCredentialsOrRefuse(await getPrisma(), credentials, { source });
          // next-auth passes the thrown message to the sign-in page; it is the same for an
          // unknown address and a wrong password (no user enumeration).
          if (!result.ok) throw new Error(result.message);
          const u = result.user;
          return {
            id: u.id,
            email: u.email,
            name: u.naam,
            role: u.role,
            gemeenteId: u.gemeenteId,
            gemeenteNaam: u.gemeenteNaam,
          } as User;
        },
      }),
      // SSO: one IdP per gemeente allowed (OIDC_PROVIDERS), or the single OIDC_ISSUER provider.
      ...oidcNextAuthProviders(),
    ],
    callbacks: {
      // Only ever back to this site; a newline or an invalid callbackUrl falls back to "/" (was a 500).
      async redirect(params) {
        return safeRedirect(params);
      },
      // SSO users must already exist (provisioned by a beheerder) and are matched on (issuer, sub);
      // lib/auth/oidc.ts puts the account's id, role and gemeente on `user` for the jwt callback.
      async signIn({ user, account, profile }) {
        if (!account || !isOidcProviderId(account.provider)) return true;
        return oidcSignIn(user, account, profile);
      },
      async jwt({ token, user }) {
        if (user) {
          const u = user as User & SessionUserFields;
          Object.assign(token, { uid: u.id, role: u.role, gemeenteId: u.gemeenteId, gemeenteNaam: u.gemeenteNaam });
        }
        // At sign-in: a server-side session row; the token carries its id and the user's version.
        if (user && typeof token.uid === "string") {
          Object.assign(token, await createUserSession(await getPrisma(), token.uid, await requestMeta()));
        }
        return token;
      },
      async session({ session, token }) {
        const t = token as typeof token & Partial<SessionUserFields> & { uid?: string };
        // A revoked or outdated session is no session: no identity leaves this callback.
        if (!(await validateSession(t))) return { expires: session.expires };
        if (session.user && t.uid && isRole(t.role)) {
          Object.assign(session.user, {
            id: t.uid,
            role: t.role,
            gemeenteId: t.gemeenteId ?? null,
            gemeenteNaam: t.gemeenteNaam ?? null,
            sessionId: typeof t.sid === "string" ? t.sid : null,
          });
        }
        return session;
      },
    },
    events: {
      // The token's session row is revoked, so a cookie captured before sign-out no longer works.
      async signOut({ token }) {
        const t = (token ?? {}) as Partial<SessionUserFields> & { uid?: unknown; sid?: unknown };
        if (typeof t.uid !== "string" || typeof t.sid !== "string" || !isRole(t.role)) return;
        const user = { id: t.uid, role: t.role, gemeenteId: t.gemeenteId ?? null, sessionId: t.sid };
        await runCommand(await getPrisma(), user, recordSignOut, { bronadres: (await requestMeta()).sourceAddress });
        sessionValidator.forget(t.sid);
      },
    },
  };
}

export const authOptions = buildAuthOptions();
