import type { ForecastInput, ForecastParticipantInput } from "@/lib/domain";

/** A forecast input for the Flevoland target (sign by 31-12-2026, in force 1-1-2027). */
export const inputFor = (
  today: string,
  regional: ForecastInput["regional"],
  participants: ForecastInput["participants"],
): ForecastInput => ({ today, target: { signBy: "2026-12-31", inForce: "2027-01-01" }, regional, participants });

/** A participant that has not received the ontwerp yet, without calendars. */
export const participantInput = (
  x: Partial<ForecastParticipantInput> & Pick<ForecastParticipantInput, "id" | "name">,
): ForecastParticipantInput => ({
  scope: "full",
  raadTrack: { status: "nog_niet_ontvangen" },
  collegeTrack: { status: "wacht_op_toestemming" },
  meetings: [],
  recesses: [],
  ...x,
});

/** The seeded Flevoland regeling as the service reads it: a new GR procedure, no calendars. */
export const seededFlevoland = (today = "2026-12-01"): ForecastInput => ({
  today,
  target: { signBy: "2026-12-31", inForce: "2027-01-01" },
  regional: { status: "nieuw" },
  participants: [
    participantInput({ id: "almere", name: "Almere" }),
    participantInput({ id: "dronten", name: "Dronten" }),
    participantInput({ id: "lelystad", name: "Lelystad" }),
    participantInput({ id: "noordoostpolder", name: "Noordoostpolder" }),
    participantInput({ id: "urk", name: "Urk" }),
    participantInput({ id: "zeewolde", name: "Zeewolde", scope: "addendum" }),
  ],
});
