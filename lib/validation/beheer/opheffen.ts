import { z } from "zod";
import { isoDate, recordId } from "../common";
import { emptyToUndefined } from "./common";

const bool = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());

/**
 * End-date (opheffen) a regio or gemeente, or undo that (heropenen). Nothing is deleted: the
 * record, its history and its public pages stay; from the date on it is no longer offered for new
 * users or participations.
 */
export const opheffenSchema = z
  .object({
    id: recordId("een regio of gemeente"),
    opgeheven: bool,
    datum: z.preprocess(emptyToUndefined, isoDate("datum van opheffing").optional()),
  })
  .superRefine((v, ctx) => {
    if (v.opgeheven && !v.datum)
      ctx.addIssue({ code: "custom", path: ["datum"], message: "Vul de datum van opheffing in (JJJJ-MM-DD)." });
  });
