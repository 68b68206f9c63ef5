import dns from "node:dns";
import { lookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { feedUrlProblem } from "@/lib/validation/griffie/agenda-feed";

/** Limits of one fetch of a subscribed feed (a raad's calendar is a few hundred kB at most). */
export const FEED_MAX_BYTES = 2_000_000;
export const FEED_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 3;

/**
 * Addresses a feed may never be fetched from (unless its host is on the allow-list): loopback,
 * private (RFC 1918, RFC 4193), link-local (including cloud metadata 169.254.169.254), CGNAT,
 * "this network", multicast and reserved ranges. Without this a griffier could make the server
 * read internal services (server-side request forgery).
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  BLOCKED.addSubnet(net, prefix, "ipv6");

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is checked as the IPv4 address it is.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return isPublicAddress(mapped[1]);
  }
  return !BLOCKED.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Hosts the configuration allows even on a private address (AGENDA_FEED_ALLOW_HOSTS, comma-separated). */
export function allowedHosts(env: NodeJS.ProcessEnv = process.env): Set<string> {
  return new Set(
    (env.AGENDA_FEED_ALLOW_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
}

export class FeedError extends Error {}

const notPublic = (host: string) =>
  `${host} is geen openbaar adres op internet (een intern of lokaal netwerkadres); zulke adressen worden niet opgehaald.`;

/**
 * The lookup the connection itself uses: it resolves the host once more and refuses a non-public
 * address at connect time. Checking the address before the fetch is not enough on its own: a host
 * can answer the check with a public address and the connection with an internal one (DNS
 * rebinding); here the checked answer is the one connected to.
 */
export function guardedLookup(env: NodeJS.ProcessEnv = process.env): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const allowed = allowedHosts(env).has(hostname.toLowerCase());
      if (!allowed && !addresses.every((a) => isPublicAddress(a.address)))
        return callback(new FeedError(notPublic(hostname)), "", 0);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(new FeedError(`De server ${hostname} is niet gevonden.`), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

/** A fetch whose every connection goes through `guardedLookup`; `close` ends its connection pool. */
export function guardedFetch(env: NodeJS.ProcessEnv): { fetch: typeof fetch; close: () => Promise<void> } {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(env) } });
  const guarded = (input: URL, init: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher });
  return { fetch: guarded as unknown as typeof fetch, close: () => dispatcher.close() };
}

/** Refuses a URL that is not http(s) or whose host resolves to a non-public address (unless allowed). */
export async function checkFeedAddress(raw: string, env: NodeJS.ProcessEnv = process.env): Promise<URL> {
  const problem = feedUrlProblem(raw);
  if (problem) throw new FeedError(problem);
  const url = new URL(raw);
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (allowedHosts(env).has(host)) return url;
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) throw new FeedError(`De server ${host} is niet gevonden.`);
  if (!addresses.every((a) => isPublicAddress(a.address))) throw new FeedError(notPublic(host));
  return url;
}

export type FeedFetchResult =
  | { kind: "unchanged" }
  | { kind: "changed"; text: string; etag: string | null; lastModified: string | null };

export interface FeedFetchOptions {
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
  etag?: string | null;
  lastModified?: string | null;
  maxBytes?: number;
  timeoutMs?: number;
}

/** Reads the body up to `max` bytes; more is refused without reading the rest. */
async function readLimited(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (declared > max) throw new FeedError(`Het bestand is te groot (meer dan ${Math.round(max / 1_000_000)} MB).`);
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new FeedError(`Het bestand is te groot (meer dan ${Math.round(max / 1_000_000)} MB).`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Fetches a feed conditionally (If-None-Match / If-Modified-Since), with a time and size limit,
 * following at most three redirects, each to an address checked again.
 */
export async function fetchFeed(raw: string, opts: FeedFetchOptions = {}): Promise<FeedFetchResult> {
  const guarded = opts.fetch ? null : guardedFetch(opts.env ?? process.env);
  const doFetch = guarded?.fetch ?? opts.fetch ?? fetch;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? FEED_TIMEOUT_MS);
  let target = raw;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const url = await checkFeedAddress(target, opts.env);
      const headers: Record<string, string> = { accept: "text/calendar, */*;q=0.5", "user-agent": "GR-volg agenda" };
      if (opts.etag) headers["if-none-match"] = opts.etag;
      if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
      const response = await doFetch(url, { headers, redirect: "manual", signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get("location");
        await response.body?.cancel();
        if (!location) throw new FeedError(`De server antwoordde ${response.status} zonder nieuw adres.`);
        target = new URL(location, url).toString();
        continue;
      }
      if (response.status === 304) return { kind: "unchanged" };
      if (!response.ok) {
        await response.body?.cancel();
        throw new FeedError(`De server antwoordde met foutcode ${response.status}.`);
      }
      const text = await readLimited(response, opts.maxBytes ?? FEED_MAX_BYTES);
      return {
        kind: "changed",
        text,
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
      };
    }
    throw new FeedError("Te veel doorverwijzingen.");
  } catch (err) {
    if (err instanceof FeedError) throw err;
    if (signal.aborted) throw new FeedError("De server antwoordde niet op tijd.");
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof FeedError) throw cause; // refused by the connection's own address check
    throw new FeedError(`De server kon niet worden bereikt (${(err as Error).message}).`);
  } finally {
    await guarded?.close();
  }
}
