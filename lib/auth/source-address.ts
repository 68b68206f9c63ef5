import { isIP } from "node:net";

/** The bucket for sign-ins whose source address cannot be trusted (no TRUST_PROXY). */
export const UNKNOWN_SOURCE = "onbekend";

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined | null;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/**
 * The address a sign-in comes from, for throttling and the audit trail.
 *
 * Next.js route handlers do not expose the socket address; Next copies it into X-Forwarded-For
 * only when the client sent none, so the header is whatever the client says unless a proxy we
 * trust overwrites or appends it. Hence: with TRUST_PROXY=<n> (n ≥ 1 reverse proxies in front
 * that each append the address they saw) the n-th entry from the right is the client; without it
 * the source is unknown and every sign-in shares one bucket (docs/security.md).
 */
export function sourceAddress(headers: HeaderBag, env: Record<string, string | undefined> = process.env): string {
  const hops = Number(env.TRUST_PROXY);
  if (!Number.isInteger(hops) || hops < 1) return UNKNOWN_SOURCE;
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = entries[entries.length - hops];
  if (!candidate) return UNKNOWN_SOURCE;
  const plain = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(plain) ? plain : UNKNOWN_SOURCE;
}
