import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, generateNonce } from "@/lib/security/csp";
import { isDecodablePath, isMachineEntryPoint, UNDECODABLE_PATH_MESSAGE } from "@/lib/security/request-path";
import { tooLargeMessage, transportMaxBytes } from "@/lib/storage/limits";
import { CROSS_ORIGIN_MESSAGE, isCrossOriginAction } from "@/lib/security/same-origin";
import { unreadablePath } from "@/lib/api/http";
import {
  authSecret,
  csrfCookieName,
  csrfCookieOptions,
  csrfTokenOf,
  newCsrfCookieValue,
} from "@/lib/auth/sign-in-csrf";
import { getToken } from "next-auth/jwt";
import { hstsHeader } from "@/lib/security/hsts";
import { validateSession } from "@/lib/auth/session-check";
import { isCacheableRequest, isPersonalCacheableRequest } from "@/lib/public-cache/policy";
import { isCacheFill, publicCacheEnabled, serveCachedPage, type CacheScope } from "@/lib/public-cache/serve";

/**
 * Runs before every page: sets the per-request CSP nonce. Next.js reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts. Anonymous visits to
 * public pages, and each user's views of the consensus matrix, are answered from the HTML cache
 * (lib/public-cache) with a fresh nonce.
 */
export async function proxy(request: NextRequest) {
  const response = await answer(request);
  const hsts = hstsHeader();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

async function answer(request: NextRequest): Promise<Response> {
  const pathname = request.nextUrl.pathname;
  if (isMachineEntryPoint(pathname)) {
    // /api/v1 and /ics only pass through here for the path check (Next would answer a malformed
    // escape in their dynamic segments with a bare 500); the API answers in problem+json.
    if (isDecodablePath(pathname)) return NextResponse.next();
    if (pathname.startsWith("/api/v1")) return unreadablePath(request, UNDECODABLE_PATH_MESSAGE);
    return new NextResponse(UNDECODABLE_PATH_MESSAGE, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = generateNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV !== "production" });
  if (!isDecodablePath(pathname)) {
    return new NextResponse(UNDECODABLE_PATH_MESSAGE, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": csp },
    });
  }
  if (isCrossOriginAction({ method: request.method, header: (name) => request.headers.get(name) })) {
    return new NextResponse(CROSS_ORIGIN_MESSAGE, {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": csp },
    });
  }
  const tooLarge = bodyTooLarge(request, csp);
  if (tooLarge) return tooLarge;
  if (publicCacheEnabled() && !isCacheFill(request)) {
    const scope = await cacheScope(request);
    const cached = scope ? await serveCachedPage(request, nonce, csp, scope) : null;
    if (cached) return cached;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const csrfCookie = signInCsrfCookie(request);
  if (csrfCookie) {
    const cookie = request.headers.get("cookie");
    requestHeaders.set("cookie", `${cookie ? `${cookie}; ` : ""}${csrfCookie.name}=${csrfCookie.value}`);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (csrfCookie) response.cookies.set(csrfCookie.name, csrfCookie.value, csrfCookieOptions());
  return response;
}

/**
 * The sign-in page works without JavaScript (a plain POST to next-auth's credentials callback),
 * so next-auth's csrf cookie must exist before the page renders the token into the form.
 */
function signInCsrfCookie(request: NextRequest): { name: string; value: string } | null {
  const secret = authSecret();
  if (request.nextUrl.pathname !== "/inloggen" || request.method !== "GET" || !secret) return null;
  const name = csrfCookieName();
  if (csrfTokenOf(request.cookies.get(name)?.value, secret)) return null;
  return { name, value: newCsrfCookieValue(secret) };
}

/**
 * A body larger than Next will buffer (lib/storage/limits.ts) would reach the server action cut
 * off and end in a 500: answer it here with a Dutch 413 instead. Bodies up to the limit pass, so
 * an upload between UPLOAD_MAX_BYTES and this limit gets the form's own "te groot" message.
 */
function bodyTooLarge(request: NextRequest, csp: string): NextResponse | null {
  const length = Number(request.headers.get("content-length"));
  if (!Number.isFinite(length) || length <= transportMaxBytes()) return null;
  return new NextResponse(`${tooLargeMessage()} Maak het bestand kleiner en probeer het opnieuw.`, {
    status: 413,
    headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": csp, connection: "close" },
  });
}

/** Anonymous public pages share one cached copy; the matrix is cached per signed-in user. */
async function cacheScope(request: NextRequest): Promise<CacheScope | null> {
  const facts = requestFacts(request);
  if (isCacheableRequest(facts)) return { kind: "anonymous" };
  if (!isPersonalCacheableRequest(facts)) return null;
  // The same check the page's session does: a valid, unexpired next-auth token whose server-side
  // session is still open (a revoked session gets no cached page; the page itself then refuses).
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET }).catch(
    () => null,
  );
  if (!token || !(await validateSession(token))) return null;
  const userId = typeof token.uid === "string" ? token.uid : null;
  return userId ? { kind: "user", userId } : null;
}

function requestFacts(request: NextRequest) {
  return {
    method: request.method,
    pathname: request.nextUrl.pathname,
    header: (name: string) => request.headers.get(name),
    cookieNames: request.cookies.getAll().map((c) => c.name),
  };
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|api/|ics/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Only for the path check above (malformed percent-escapes): nothing else runs for these.
    "/api/v1/:path*",
    "/ics/:path*",
  ],
};
