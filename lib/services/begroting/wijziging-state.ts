import type { BegrotingswijzigingState } from "@/lib/domain";

/**
 * Begrotingswijzigingen (Wgr art. 35 lid 5) live in their year's cycle: a numbered list in the
 * BEGROTING_ZIENSWIJZE procedure's `regional` JSON, beside the begroting and the jaarrekening (no table
 * of their own: like the jaarrekening, a wijziging is a track of the cycle, and the cycle's row lock and
 * version guard every step). Each wijziging is the domain's BegrotingswijzigingState plus its number.
 */
export type StoredWijziging = BegrotingswijzigingState & {
  nummer: number;
  /** Per raad (participant id) the numbered points of its zienswijze, as registered (the domain keeps their text). */
  punten?: Record<string, WijzigingPunt[]>;
};
export interface WijzigingPunt {
  onderwerp: string;
  verwijzing: string;
  tekst: string;
}

export function wijzigingenOf(regional: unknown): StoredWijziging[] {
  const list = (regional as { wijzigingen?: StoredWijziging[] } | null)?.wijzigingen;
  return Array.isArray(list) ? list : [];
}
