/**
 * R15 (issue 20 point 9c): after a regeling takes effect it must be in the register of every
 * college of a participating gemeente (Wgr art. 27 lid 1: "Burgemeester en wethouders houden een
 * register bij van de regelingen waaraan hun gemeente deelneemt"), and in the central GR-register
 * on overheid.nl (obligatory since the Wet elektronische publicaties, 1-7-2021; KOOP names Wgr art.
 * 136 as its basis — text not retrieved, [U] in docs/rules.md).
 */
import { isIsoDate, type IsoDate } from "../dates";
import { refuse, type Refusal } from "../events";
import { isPartyToRegeling, type Participant } from "../participants";

export const CENTRAL_REGISTER = "centraal" as const;

export interface RegisterEntry {
  /** A participant id (a college's register, art. 27) or CENTRAL_REGISTER. */
  register: string;
  registeredOn: string;
}

export interface MissingRegister {
  register: string;
  label: string;
}

/**
 * The register entries still missing. Every party to the regeling (art. 27: "waaraan hun gemeente
 * deelneemt") needs one, plus the central register. An addendum participant of another regeling is
 * no party, so its college does not list this regeling.
 */
export function missingRegisterEntries(
  participants: readonly Participant[],
  entries: readonly RegisterEntry[],
): MissingRegister[] {
  const done = new Set(entries.map((e) => e.register));
  const missing: MissingRegister[] = participants
    .filter((p) => isPartyToRegeling(p) && !done.has(p.id))
    .map((p) => ({ register: p.id, label: `Register gemeenschappelijke regelingen van ${p.name}` }));
  if (!done.has(CENTRAL_REGISTER)) missing.push({ register: CENTRAL_REGISTER, label: "Centraal GR-register" });
  return missing;
}

/** Whether a register may be recorded for this regeling: its parties and the central register. */
export function isKnownRegister(participants: readonly Participant[], register: string): boolean {
  return register === CENTRAL_REGISTER || participants.some((p) => p.id === register && isPartyToRegeling(p));
}

/** The guard of recording a register entry: a known register, a real date, not in the future. */
export function registerEntryRefusal(input: {
  participants: readonly Participant[];
  register: string;
  registeredOn: IsoDate;
  today: IsoDate;
}): Refusal | null {
  if (!isKnownRegister(input.participants, input.register))
    return refuse(
      "onbekende_deelnemer",
      "Kies het register van een gemeente die partij is bij deze regeling, of het centrale GR-register.",
    );
  if (!isIsoDate(input.registeredOn))
    return refuse("ongeldige_datum", "Vul de datum van inschrijving in als JJJJ-MM-DD.");
  if (input.registeredOn > input.today)
    return refuse("datum_in_toekomst", "De datum van inschrijving ligt in de toekomst.");
  return null;
}
