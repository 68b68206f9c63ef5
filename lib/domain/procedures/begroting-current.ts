import type { BegrotingStatus } from "./begroting";

/**
 * The cycle the raden are working on, from cycles newest year first: the one whose zienswijze is open (ontwerp sent,
 * not yet adopted — Wgr art. 35 lid 1–3; the oldest if two are), else the newest that has started. A cycle only
 * planned (in voorbereiding) never displaces a started one: the secretariat plans the next year while the current one
 * runs. With no started cycle, the nearest planned year. Returns the index, or -1 for no cycles.
 */
export function currentCycleIndex(cycles: readonly { jaar: number; status: BegrotingStatus | string }[]): number {
  const oldestFirst = (pick: (c: { status: string }) => boolean) => {
    for (let i = cycles.length - 1; i >= 0; i--) if (pick(cycles[i])) return i;
    return -1;
  };
  const open = oldestFirst((c) => c.status === "ontwerp_verzonden");
  if (open >= 0) return open;
  const started = cycles.findIndex((c) => c.status !== "in_voorbereiding");
  return started >= 0 ? started : cycles.length - 1;
}
