import { z } from "zod";
import { pageQuery } from "./pagination";
import { inRangeIfExists, isExistingDate, MAX_YEAR, MIN_YEAR } from "@/lib/validation/dates";

const slug = (name: string) =>
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, `${name} moet een slug zijn (kleine letters, cijfers en streepjes).`);

export const regelingFilter = pageQuery.extend({ regeling: slug("regeling").optional() });
export const regelingGemeenteFilter = regelingFilter.extend({ gemeente: slug("gemeente").optional() });

export const deadlineFilter = regelingGemeenteFilter.extend({
  vanaf: z
    .string()
    .refine(isExistingDate, "vanaf moet een bestaande datum zijn, geschreven als JJJJ-MM-DD.")
    .refine(inRangeIfExists, `vanaf moet een datum tussen ${MIN_YEAR} en ${MAX_YEAR} zijn.`)
    .optional(),
});
