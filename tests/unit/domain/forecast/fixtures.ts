import type { ForecastInput } from "@/lib/domain";

/** A forecast input for the Flevoland target (sign by 31-12-2026, in force 1-1-2027). */
export const inputFor = (
  today: string,
  regional: ForecastInput["regional"],
  participants: ForecastInput["participants"],
): ForecastInput => ({ today, target: { signBy: "2026-12-31", inForce: "2027-01-01" }, regional, participants });
