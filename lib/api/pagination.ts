import { z } from "zod";
import { type InvalidParam, invalidInput, invalidParamsOf } from "./http";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const intParam = (name: string, min: number, max?: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} moet een geheel getal zijn.`)
    .transform(Number)
    .pipe(
      max
        ? z.number().int().min(min, `${name} moet minstens ${min} zijn.`).max(max, `${name} mag hoogstens ${max} zijn.`)
        : z.number().int().min(min, `${name} moet minstens ${min} zijn.`),
    );

export const pageQuery = z.object({
  page: intParam("page", 1).optional(),
  pageSize: intParam("pageSize", 1, MAX_PAGE_SIZE).optional(),
});

/**
 * Parses the query string with a zod schema; unknown parameters are refused too (a typo should
 * not silently return everything). Returns the data or a 400 problem response.
 */
export function parseQuery<S extends z.ZodObject>(
  request: Request,
  schema: S,
): { ok: true; data: z.infer<S> } | { ok: false; response: Response } {
  const url = new URL(request.url);
  const raw: Record<string, string> = {};
  const invalid: InvalidParam[] = [];
  for (const [k, v] of url.searchParams) {
    if (k in raw) invalid.push({ name: k, reason: "Deze parameter mag maar één keer voorkomen." });
    raw[k] = v;
  }
  const allowed = Object.keys(schema.shape);
  for (const k of Object.keys(raw))
    if (!allowed.includes(k))
      invalid.push({ name: k, reason: `Onbekende parameter. Toegestaan: ${allowed.join(", ")}.` });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) invalid.push(...invalidParamsOf(parsed.error));
  if (invalid.length || !parsed.success)
    return { ok: false, response: invalidInput(request, "De zoekvraag klopt niet:", invalid) };
  return { ok: true, data: parsed.data };
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
  _links: {
    self: { href: string };
    first: { href: string };
    last: { href: string };
    next?: { href: string };
    prev?: { href: string };
  };
}

export function pageWindow(q: { page?: number; pageSize?: number }) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

/** The page envelope with HAL-style links (NL API Design Rules: `_links`, relative to the request URL). */
export function pageOf<T>(
  request: Request,
  items: T[],
  totalItems: number,
  win: { page: number; pageSize: number },
): Page<T> {
  const totalPages = Math.max(1, Math.ceil(totalItems / win.pageSize));
  const link = (page: number) => {
    const u = new URL(request.url);
    u.searchParams.set("page", String(page));
    u.searchParams.set("pageSize", String(win.pageSize));
    return { href: `${u.pathname}${u.search}` };
  };
  return {
    items,
    page: win.page,
    pageSize: win.pageSize,
    totalItems,
    totalPages,
    _links: {
      self: link(win.page),
      first: link(1),
      last: link(totalPages),
      ...(win.page < totalPages ? { next: link(win.page + 1) } : {}),
      ...(win.page > 1 ? { prev: link(Math.min(win.page - 1, totalPages)) } : {}),
    },
  };
}
