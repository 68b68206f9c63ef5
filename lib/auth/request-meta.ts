import type { SessionMeta } from "./session-store";

/**
 * Browser and source address of the request being handled, for the session list and the audit
 * trail. Read through next/headers, so it works in the next-auth route and in server actions;
 * outside a request (tests, CLI) both are null. The first X-Forwarded-For entry is what the
 * nearest proxy saw (Next sets it from the socket when there is no proxy).
 */
export async function requestMeta(): Promise<SessionMeta> {
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip")?.trim() || null;
    return { userAgent: h.get("user-agent"), sourceAddress: forwarded ? forwarded.slice(0, 64) : null };
  } catch {
    return { userAgent: null, sourceAddress: null };
  }
}
