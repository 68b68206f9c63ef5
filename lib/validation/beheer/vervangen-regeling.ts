import { z } from "zod";
import { isoDate, recordId } from "../common";

/** R14: the end date of the regeling that the given (new) regeling replaces. */
export const eindeVervangenRegelingSchema = z.object({
  regelingId: recordId("een regeling"),
  einddatum: isoDate("einddatum van de vervangen regeling"),
});
export type EindeVervangenRegelingInput = z.input<typeof eindeVervangenRegelingSchema>;
