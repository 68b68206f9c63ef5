import { z } from "zod";
import { pageQuery } from "./pagination";

const slug = (name: string) => z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, `${name} moet een slug zijn (kleine letters, cijfers en streepjes).`);

export const regelingFilter = pageQuery.extend({ regeling: slug("regeling").optional() });
export const regelingGemeenteFilter = regelingFilter.extend({ gemeente: slug("gemeente").optional() });
/** YYYY-MM-DD that exists in the calendar (2026-02-30 does not). */
function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export const deadlineFilter = regelingGemeenteFilter.extend({
  vanaf: z
    .string()
    .refine((s) => isRealDate(s), "vanaf moet een bestaande datum zijn, geschreven als JJJJ-MM-DD.")
    .optional(),
});
