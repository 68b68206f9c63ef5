/**
 * CSRF defence for server actions, answered in the proxy: a POST carrying `Next-Action` must come
 * from the app's own origin. Next.js checks this too, but answers a mismatch by throwing (a 500);
 * refusing here gives a clean 403 before any action code runs.
 *
 * The allowed origins are the request's own host (Host / X-Forwarded-Host, as Next compares) and
 * the configured NEXTAUTH_URL; `serverActions.allowedOrigins` in next.config is not used here.
 */
export interface ActionRequestFacts {
  method: string;
  header: (name: string) => string | null;
}

export function isServerActionPost(req: ActionRequestFacts): boolean {
  return req.method.toUpperCase() === "POST" && req.header("next-action") !== null;
}

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * True when a server-action POST names another origin (or an Origin that is no http(s) origin,
 * such as "null"). Without an Origin header the request is left to Next's own check, like Next
 * does: every browser sends Origin on a POST, so a missing one is no cross-site form.
 */
export function isCrossOriginAction(req: ActionRequestFacts, configuredUrl = process.env.NEXTAUTH_URL): boolean {
  if (!isServerActionPost(req)) return false;
  const origin = req.header("origin");
  if (origin === null) return false;
  const from = hostOf(origin);
  if (!from) return true;
  const allowed = new Set<string>();
  for (const h of [req.header("x-forwarded-host")?.split(",")[0]?.trim(), req.header("host")])
    if (h) allowed.add(h.toLowerCase());
  const configured = configuredUrl ? hostOf(configuredUrl) : null;
  if (configured) allowed.add(configured);
  return !allowed.has(from);
}

export const CROSS_ORIGIN_MESSAGE = "Dit verzoek komt niet van deze website en is geweigerd.";
