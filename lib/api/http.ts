import { createHash } from "node:crypto";
import type { z } from "zod";

/** NL API Design Rules (API-57): every response states the API version. */
export const API_VERSION = "1.0.0";
export const PROBLEM_BASE = "https://gr-volg.nl/problemen";

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag, API-Version, Link",
  "Access-Control-Max-Age": "86400",
};

/** Short-lived public caching; clients and proxies revalidate with If-None-Match. */
export const CACHE_CONTROL = "public, max-age=60";

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .map((s) => s.trim().replace(/^W\//, ""))
    .includes(etag);
}

/** A cacheable body with an ETag (hash of the body); answers 304 when the client has it already. */
export function cachedResponse(
  request: Request,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
  // A private answer (a secret address) is readable by no other site: no CORS headers.
  { cors = true }: { cors?: boolean } = {},
): Response {
  return bodyResponse(request, body, etagOf(body), contentType, extra, cors);
}

/**
 * The same for a body whose ETag is known (a kept response: lib/api/cached.ts, which passes the body as a
 * function so that a 304 or a HEAD does not inflate it).
 */
export function bodyResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer> | (() => Uint8Array<ArrayBuffer>),
  etag: string,
  contentType: string,
  extra: Record<string, string>,
  cors: boolean,
): Response {
  const headers: Record<string, string> = {
    ...(cors ? CORS_HEADERS : {}),
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "API-Version": API_VERSION,
    ...extra,
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const sent = request.method === "HEAD" ? null : typeof body === "function" ? body() : body;
  return new Response(sent, {
    status: 200,
    headers: { ...headers, "Content-Type": contentType },
  });
}

export const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(request: Request, data: unknown): Response {
  return cachedResponse(request, JSON.stringify(data), JSON_TYPE);
}

/** One refused input of a 400 (NL API Design Rules, /core/error-handling/invalid-input): which parameter, and why. */
export interface InvalidParam {
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  invalidParams?: InvalidParam[];
}

/** The one translation of zod issues into `invalidParams` (the zod messages are already Dutch). */
export function invalidParamsOf(error: z.ZodError): InvalidParam[] {
  return error.issues.map((issue) => ({ name: issue.path.join(".") || "(invoer)", reason: issue.message }));
}

const TITLES: Record<number, [string, string]> = {
  400: ["ongeldige-invoer", "Ongeldige invoer"],
  404: ["niet-gevonden", "Niet gevonden"],
  405: ["methode-niet-toegestaan", "Methode niet toegestaan"],
  500: ["interne-fout", "Interne fout"],
};

/**
 * RFC 9457 problem details, with a Dutch detail. A 400 always names the refused parameters
 * (`invalidParams`, the invalid-input shape of the NL API Design Rules): use `invalidInput`.
 */
export function problem(request: Request, status: 404 | 405 | 500, detail: string): Response {
  return problemResponse(request, status, detail);
}

/** 400 in the invalid-input shape: the detail lists every refused parameter with its reason. */
export function invalidInput(request: Request, summary: string, invalidParams: InvalidParam[]): Response {
  const detail = `${summary} ${invalidParams.map((i) => `${i.name}: ${i.reason}`).join(" ")}`;
  return problemResponse(request, 400, detail, invalidParams);
}

function problemResponse(
  request: Request,
  status: 400 | 404 | 405 | 500,
  detail: string,
  invalidParams?: InvalidParam[],
): Response {
  const [slug, title] = TITLES[status];
  const body: Problem = {
    type: `${PROBLEM_BASE}/${slug}`,
    title,
    status,
    detail,
    instance: new URL(request.url).pathname,
    ...(invalidParams ? { invalidParams } : {}),
  };
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "Content-Type": "application/problem+json; charset=utf-8",
    "API-Version": API_VERSION,
    "Cache-Control": "no-store",
  };
  if (status === 405) headers.Allow = "GET, HEAD, OPTIONS";
  return new Response(JSON.stringify(body), { status, headers });
}

export class NotFound extends Error {}

/** `invalidParams` name for the path itself (a path parameter that cannot be read). */
const PATH_PARAM = "pad";
const NUL_REASON = "Bevat een ongeldig teken (een nul-teken).";

/** Which query parameters (or the path) carry a NUL character. */
function nulCharacterParams(request: Request): InvalidParam[] {
  const url = new URL(request.url);
  const names = [...url.searchParams].filter(([k, v]) => k.includes("\0") || v.includes("\0")).map(([k]) => k);
  if (/%00/.test(url.pathname) || names.length === 0) names.unshift(PATH_PARAM);
  return [...new Set(names)].map((name) => ({ name, reason: NUL_REASON }));
}

/** 400 for a path that cannot be decoded (a malformed %-escape), in the invalid-input shape. */
export function unreadablePath(request: Request, summary: string): Response {
  return invalidInput(request, summary, [
    { name: PATH_PARAM, reason: "Het pad bevat tekens die niet kunnen bestaan (een onjuiste %-code)." },
  ]);
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a GET handler: unknown errors become a 500 problem (without internals), NotFound a 404. */
export function readHandler<C>(fn: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      // A NUL character (%00) in the path or query can match nothing and PostgreSQL refuses it (found by fuzzing: was a 500).
      if (/%00/.test(request.url)) return invalidInput(request, "Het adres klopt niet:", nulCharacterParams(request));
      return await fn(request, context);
    } catch (e) {
      if (e instanceof NotFound) return problem(request, 404, e.message);
      // A malformed percent-escape decoded by Next (params) or by the handler: the caller's fault.
      if (e instanceof URIError) return unreadablePath(request, "Dit adres is ongeldig.");
      console.error("API-fout", request.url, e);
      return problem(request, 500, "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
    }
  };
}

const notAllowed = async (request: Request) =>
  problem(request, 405, `De methode ${request.method} is niet toegestaan. Deze API is alleen om te lezen (GET).`);

/** Every resource is read-only: the other methods answer 405 as problem+json; OPTIONS is the CORS preflight. */
export const readOnly = {
  POST: notAllowed,
  PUT: notAllowed,
  PATCH: notAllowed,
  DELETE: notAllowed,
  OPTIONS: async () =>
    new Response(null, {
      status: 204,
      headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS", "API-Version": API_VERSION },
    }),
};
