import { z } from "zod";
import "./locale";
import { isoDate, optionalText, recordId } from "./common";
import { VERSION_TEXT_MISSING, hasVersionText, publishVersionFields } from "./version";

const procedureId = recordId("de actualisatie");

/** The secretariat starts an actualisatie: the new text (articles or a structured text) and the date of the concept. */
export const startDvhActualisatieSchema = z
  .object({
    procedureId,
    ...publishVersionFields,
    createdOn: isoDate("datum van het concept"),
  })
  .refine(hasVersionText, VERSION_TEXT_MISSING);

/** The BOSD's akkoord on the concept (the secretariat records it). */
export const dvhBosdAkkoordSchema = z.object({
  procedureId,
  decidedOn: isoDate("datum van het BOSD-besluit"),
  besluitnummer: optionalText(100),
});

/** A college's decision on the handvest (the college, its bestuurssecretariaat or the secretariat records it). */
export const dvhCollegebesluitSchema = z.object({
  procedureId,
  participantId: recordId("de gemeente"),
  decidedOn: isoDate("datum van het collegebesluit"),
  besluitnummer: optionalText(100),
});

/** The raad was informed (raadsinformatiebrief); the griffie records the date. */
export const dvhRaadGeinformeerdSchema = z.object({
  procedureId,
  participantId: recordId("de gemeente"),
  informedOn: isoDate("datum waarop de raad is geïnformeerd"),
});
