import { isWithinScope, type DvhState, type IsoDate } from "@/lib/domain";
import { formatDutchDate } from "./dates";

/** Where one gemeente stands in a Dienstverleningshandvest actualisatie (college decides, raad is informed). */
export type DvhStand =
  | "neemt_niet_deel"
  | "volgt_gr_wijzigen"
  | "wacht_op_bosd"
  | "college_besluit_open"
  | "wacht_op_colleges"
  | "raad_informeren"
  | "raad_geinformeerd";

export interface DvhParticipantStand {
  stand: DvhStand;
  label: string;
  collegebesluitOn: IsoDate | null;
  informedOn: IsoDate | null;
  /** True when the college may record its decision now. */
  collegeMayDecide: boolean;
  /** True when the griffie may record that the raad was informed now. */
  raadMayBeInformed: boolean;
}

/**
 * One gemeente's stand, read from the domain state only (matrix, college workspace, griffie page and
 * public page all ask this): not a party (outside the handvest's topics), the GR-wijziging route (R23),
 * waiting for the BOSD, the college's decision, then the raad informed.
 */
export function dvhParticipantStand(s: DvhState, participantId: string): DvhParticipantStand {
  const p = s.participants.find((x) => x.id === participantId);
  const collegebesluitOn = s.collegebesluiten[participantId]?.decidedOn ?? null;
  const informedOn = s.geinformeerd[participantId] ?? null;
  const base = { collegebesluitOn, informedOn, collegeMayDecide: false, raadMayBeInformed: false };
  if (!p || !isWithinScope(p, s.topics)) return { ...base, stand: "neemt_niet_deel", label: "Neemt niet deel" };
  if (s.partOfRegeling)
    return {
      ...base,
      stand: "volgt_gr_wijzigen",
      label: "Onderdeel van de regeling: de raad besluit via 'Regeling wijzigen'",
    };
  if (informedOn)
    return { ...base, stand: "raad_geinformeerd", label: `Raad geïnformeerd op ${formatDutchDate(informedOn)}` };
  // The raden are informed of the handvest as the colleges jointly adopted it: only once every college decided
  // (the domain refuses raad_geinformeerd before "vastgesteld"), so no form is offered before then.
  if (collegebesluitOn && s.status !== "vastgesteld")
    return {
      ...base,
      stand: "wacht_op_colleges",
      label: `College besloot op ${formatDutchDate(collegebesluitOn)}; wacht op de besluiten van de andere colleges`,
    };
  if (collegebesluitOn)
    return {
      ...base,
      stand: "raad_informeren",
      label: `College besloot op ${formatDutchDate(collegebesluitOn)}; raad nog informeren`,
      raadMayBeInformed: true,
    };
  if (s.status === "nieuw" || s.status === "concept_opgesteld")
    return { ...base, stand: "wacht_op_bosd", label: "Wacht op het akkoord van het BOSD" };
  return { ...base, stand: "college_besluit_open", label: "Collegebesluit nog niet genomen", collegeMayDecide: true };
}
