/**
 * The regeling a new one replaces (Flevoland: the Centrumregeling 2015, replaced by the GR Sociaal
 * Domein Flevoland). Its end is its own procedure: ending or amending it is "treffen" in the sense
 * of Wgr art. 1 lid 5 (wijzigen) or follows its own opheffingsbepaling, which art. 9 lid 1 requires
 * "met inachtneming van artikel 1" — so ALL its parties take part, also one that is no party to
 * the new regeling (Zeewolde, seed 000).
 */
import { addDays, isIsoDate, type IsoDate } from "../dates";
import { refuse, type Refusal } from "../events";

/**
 * R14 (issue 20 point 9a): no gap and no overlap between the old and the new regeling. The last
 * day of the replaced regeling must be the day before the new one takes effect: with the new GR
 * "met ingang van 1 januari 2027" the Centrumregeling 2015 ends on 31 december 2026. The law
 * does not state this literally; it follows from the task continuity the Wvbj requires from
 * 1-1-2027 (seed 000) and from art. 9 lid 1 Wgr (the old regeling must be ended by its own rules).
 */
export function requiredEndOfReplaced(newInForceOn: IsoDate): IsoDate {
  return addDays(newInForceOn, -1);
}

export function replacedEndRefusal(input: {
  /** The end date entered for the replaced regeling. */
  endsOn: IsoDate;
  /** The (planned) in-force date of the new regeling; null when not known yet. */
  newInForceOn: IsoDate | null;
  replacedName: string;
  newName: string;
}): Refusal | null {
  if (!isIsoDate(input.endsOn)) return refuse("ongeldige_datum", "Vul de einddatum in als JJJJ-MM-DD.");
  if (input.newInForceOn === null) {
    return refuse(
      "vereiste_stap_ontbreekt",
      `Leg eerst de (geplande) datum van inwerkingtreding van ${input.newName} vast; de ${input.replacedName} eindigt op de dag daarvoor.`,
    );
  }
  const required = requiredEndOfReplaced(input.newInForceOn);
  if (input.endsOn === required) return null;
  const gapOrOverlap =
    input.endsOn < required ? "Dan is er een periode zonder regeling" : "Dan gelden beide regelingen een tijd tegelijk";
  return refuse(
    "ongeldige_datum",
    `De ${input.replacedName} moet eindigen op ${required}, de dag voordat ${input.newName} ingaat (${input.newInForceOn}). ${gapOrOverlap}.`,
  );
}
