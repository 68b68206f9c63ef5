/** HSTS: browsers that once reached us over https keep using https for a year (also subdomains). */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/**
 * Only when the app's public address is https (NEXTAUTH_URL): sent over plain http the header
 * would be ignored anyway, and on a local http quick start it would only confuse. Read at request
 * time, not in next.config.ts, whose headers are fixed at build time.
 */
export function hstsHeader(env: Record<string, string | undefined> = process.env): string | null {
  return /^https:\/\//i.test((env.NEXTAUTH_URL ?? "").trim()) ? HSTS_VALUE : null;
}
