/**
 * Publication and entry into force of the regeling (R11).
 *
 * Awb art. 3:40: a besluit "treedt niet in werking voordat het is bekendgemaakt". A regeling in force
 * "met ingang van" a date is in force from the start (00:00) of that day, so a publication ON that day
 * comes too late: the publication must be on an earlier day. "Met ingang van 1 januari 2027" therefore
 * needs publication no later than 31-12-2026.
 *
 * Wgr art. 26 (text since the Wet elektronische publicaties, 1-7-2021): the gemeentebestuur of the
 * gemeente designated in the regeling (otherwise of the gemeente where the openbaar lichaam or orgaan is
 * established) makes the regeling known by placing it in its Gemeenteblad. The publishing gemeente and
 * the Gemeenteblad reference are therefore recorded with the bekendmaking.
 */
import { addDays, type IsoDate } from "../../dates";
import { refuse, type Refusal } from "../../events";

/** The last day on which the regeling can be published to enter into force on `inForceDate` (Awb 3:40). */
export function latestPublicationDateFor(inForceDate: IsoDate): IsoDate {
  return addDays(inForceDate, -1);
}

/** The earliest in-force date for a publication on `publishedOn` (the day after, Awb 3:40). */
export function earliestInForceDateAfter(publishedOn: IsoDate): IsoDate {
  return addDays(publishedOn, 1);
}

/**
 * Refuses an in-force date on or before the publication date, with the last publication date that
 * would have been in time. `what` names the date in the message ("De datum van inwerkingtreding").
 */
export function inForceAfterPublicationRefusal(
  what: string,
  inForceOn: IsoDate,
  publishedOn: IsoDate | undefined,
): Refusal | null {
  if (publishedOn === undefined) return null;
  if (inForceOn > publishedOn) return null;
  return refuse(
    "datum_te_vroeg",
    `${what} (${inForceOn}) moet na de dag van bekendmaking (${publishedOn}) liggen: een regeling treedt niet in werking voordat zij is bekendgemaakt (artikel 3:40 Awb). Voor inwerkingtreding op ${inForceOn} moet de bekendmaking uiterlijk op ${latestPublicationDateFor(inForceOn)} zijn; na bekendmaking op ${publishedOn} kan de regeling op zijn vroegst op ${earliestInForceDateAfter(publishedOn)} in werking treden.`,
  );
}
