import { createHash, randomBytes } from "node:crypto";

/**
 * next-auth's double-submit CSRF token for the sign-in form that works without JavaScript: the form
 * POSTs to /api/auth/callback/credentials with `csrfToken`, and next-auth checks it against its
 * csrf cookie (`<token>|sha256(<token><secret>)`, next-auth v4 core/lib/csrf-token.js, which the
 * package does not export). With JavaScript the client fetches the token itself; without it, the
 * proxy makes sure the cookie exists before /inloggen renders, and the page puts the token in the form.
 */
const secureCookies = (env: Record<string, string | undefined> = process.env) =>
  (env.NEXTAUTH_URL ?? "").startsWith("https://");

export const csrfCookieName = (env: Record<string, string | undefined> = process.env) =>
  `${secureCookies(env) ? "__Host-" : ""}next-auth.csrf-token`;

const hashOf = (token: string, secret: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");

/** The token of a valid csrf cookie value, or null (missing, or signed with another secret). */
export function csrfTokenOf(cookieValue: string | undefined, secret: string | undefined): string | null {
  if (!cookieValue || !secret) return null;
  const [token, hash] = cookieValue.split("|");
  return token && hash === hashOf(token, secret) ? token : null;
}

/** A fresh cookie value as next-auth makes it. */
export function newCsrfCookieValue(secret: string): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${hashOf(token, secret)}`;
}

export const authSecret = (env: Record<string, string | undefined> = process.env) =>
  env.NEXTAUTH_SECRET ?? env.AUTH_SECRET;

/** Cookie attributes next-auth gives its csrf cookie (core/lib/cookie.js). */
export const csrfCookieOptions = (env: Record<string, string | undefined> = process.env) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: secureCookies(env),
});
