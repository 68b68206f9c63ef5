import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, generateNonce } from "@/lib/security/csp";
import { isDecodablePath } from "@/lib/security/request-path";
import { isCacheableRequest } from "@/lib/public-cache/policy";
import { isCacheFill, publicCacheEnabled, servePublicPage } from "@/lib/public-cache/serve";

/**
 * Runs before every page: sets the per-request CSP nonce. Next.js reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts. Anonymous visits to
 * public pages are answered from the shared HTML cache (lib/public-cache) with a fresh nonce.
 */
export async function proxy(request: NextRequest) {
  const nonce = generateNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV !== "production" });
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("Dit adres is ongeldig: het bevat tekens die niet kunnen bestaan.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "content-security-policy": csp },
    });
  }
  if (publicCacheEnabled() && !isCacheFill(request) && isCacheableRequest(requestFacts(request))) {
    const cached = await servePublicPage(request, nonce, csp);
    if (cached) return cached;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
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
      missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }],
    },
  ],
};
