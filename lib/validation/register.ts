import { z } from "zod";
import { isoDate, recordId, text } from "./common";

/** R15: a regeling entered in a college's register (Wgr art. 27) or the central GR-register. */
export const registerInschrijvingSchema = z.object({
  regelingId: recordId("een regeling"),
  register: text({ error: "Kies een register." }).trim().min(1, { error: "Kies een register." }).max(100),
  ingeschrevenOp: isoDate("datum van inschrijving"),
  kenmerk: text().trim().max(200).optional(),
});
export type RegisterInschrijvingInput = z.input<typeof registerInschrijvingSchema>;
