import type { IsoDate } from "../../dates";
import { formatDutchDate } from "../../deadlines/format";
import type { RaadTrackState } from "./types";

/**
 * Warnings, not refusals: a late step is still recorded (Wgr art. 1 lid 3 — a zienswijze that
 * arrives late is still the raad's zienswijze and must be weighed), but the user is told it is late
 * right after saving, so it does not go unnoticed. The domain decides "late"; the result carries it.
 */

/**
 * R2 / Wgr art. 1 lid 3: the zienswijze was adopted after the 8-week period (Atw-extended) had ended.
 * The raad track marks it `late` in its transition (raad-track.ts); this turns that into words.
 */
export function lateZienswijzeWarnings(track: Pick<RaadTrackState, "zienswijze"> | undefined): string[] {
  const zw = track?.zienswijze;
  if (!zw?.late || !zw.decision) return [];
  return [
    `Let op: de raad heeft de zienswijze vastgesteld op ${formatDutchDate(zw.decision.decidedOn)}, na afloop van de termijn (${formatDutchDate(zw.deadline.end)}). De zienswijze is geregistreerd; het algemeen bestuur weegt haar nog mee, maar is daartoe niet verplicht.`,
  ];
}

/**
 * A raad meeting on a date after the end of a running zienswijzetermijn (R2) cannot adopt that
 * zienswijze in time. `deadlines`: the open termijnen of this raad (what the meeting would decide on).
 */
export function lateMeetingWarnings(meetingOn: IsoDate, deadlines: { title: string; end: IsoDate }[]): string[] {
  return deadlines
    .filter((d) => meetingOn > d.end)
    .map(
      (d) =>
        `Let op: deze raadsvergadering (${formatDutchDate(meetingOn)}) valt na het einde van de zienswijzetermijn voor "${d.title}" (${formatDutchDate(d.end)}). Een zienswijze die op deze vergadering wordt vastgesteld, is te laat.`,
    );
}
