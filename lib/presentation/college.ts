import { formatDutchDate } from "./dates";

/** The dates of a college track's steps (ISO dates, or null/undefined when the step is not taken yet). */
export interface CollegeDates {
  collegebesluitOn?: string | null;
  signedOn?: string | null;
  publishedOn?: string | null;
}

/**
 * The college's steps in words, for the matrix and the public pages beside the raad's state:
 * "collegebesluit 10 november 2026, ondertekend 12 november 2026, eigen besluit bekendgemaakt …".
 */
export function collegeDatesText(c: CollegeDates): string {
  const parts = [
    c.collegebesluitOn ? `collegebesluit ${formatDutchDate(c.collegebesluitOn)}` : null,
    c.signedOn ? `ondertekend ${formatDutchDate(c.signedOn)}` : null,
    c.publishedOn ? `eigen besluit bekendgemaakt ${formatDutchDate(c.publishedOn)}` : null,
  ].filter((p): p is string => p !== null);
  return parts.join(", ");
}

/** The step dates stored in a college track's state (its JSON), for pages that read the track row. */
export function collegeDatesOf(data: unknown): CollegeDates {
  const d = (data ?? {}) as {
    collegebesluit?: { decidedOn?: string };
    signedOn?: string;
    publication?: { publishedOn?: string };
  };
  return {
    collegebesluitOn: d.collegebesluit?.decidedOn ?? null,
    signedOn: d.signedOn ?? null,
    publishedOn: d.publication?.publishedOn ?? null,
  };
}

/** A college track's state with the dates of its steps: "Regeling ondertekend (collegebesluit …, ondertekend …)". */
export function collegeStandText(label: string, dates: CollegeDates): string {
  const text = collegeDatesText(dates);
  return text ? `${label} (${text})` : label;
}

export type CollegeStep =
  | "voorgenomen_besluit_genomen"
  | "collegebesluit_genomen"
  | "ondertekend"
  | "besluit_bekendgemaakt";

/** What the college must do now, in words, for one label per step. */
export const COLLEGE_STEP_TODO: Record<CollegeStep, string> = {
  voorgenomen_besluit_genomen: "Het voorgenomen collegebesluit nemen en aan de raad voorleggen",
  collegebesluit_genomen: "Het collegebesluit nemen",
  ondertekend: "De regeling ondertekenen",
  besluit_bekendgemaakt: "Het eigen besluit bekendmaken",
};
