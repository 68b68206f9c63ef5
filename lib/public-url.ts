/**
 * The public address of the app (PUBLIC_URL, else NEXTAUTH_URL), never the address a request
 * arrived on: behind a proxy that is an internal host (localhost:<port>). Undefined when neither is set.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const v of [env.PUBLIC_URL, env.NEXTAUTH_URL]) {
    if (!v?.trim()) continue;
    try {
      const u = new URL(v.trim());
      if (u.protocol === "http:" || u.protocol === "https:") return u.origin + u.pathname.replace(/\/$/, "");
    } catch {}
  }
  return undefined;
}

/** An absolute URL of a page of the app, from the configured public address. */
export const publicUrl = (path: string, env: NodeJS.ProcessEnv = process.env): string | undefined => {
  const base = publicBaseUrl(env);
  return base ? `${base}${path}` : undefined;
};

/**
 * The host visitors use (of PUBLIC_URL, else NEXTAUTH_URL), e.g. "gr-volg.example.nl"; null when neither is set.
 * The shared public cache writes rows only for this host, and refresh-ahead renders pages for it.
 */
export function canonicalPublicHost(env: NodeJS.ProcessEnv = process.env): string | null {
  const base = publicBaseUrl(env);
  return base ? new URL(base).host : null;
}
