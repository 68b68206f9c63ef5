import { z } from "zod";
import { optionalText } from "../common";
import { naam, optionalId, slug } from "./common";

/** Create (no id) or edit (id) a regio. Shared by the form and the service. */
export const regioSchema = z.object({
  id: optionalId,
  naam: naam("naam van de regio"),
  slug: slug("korte naam (slug)"),
  omschrijving: optionalText(2000),
});
export type RegioInput = z.input<typeof regioSchema>;
