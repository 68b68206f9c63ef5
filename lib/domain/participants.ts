/** Participants of a regeling and the addendum scope rule. */
import { refuse, type Refusal } from "./events";

export type ParticipantScope = "full" | "addendum";

export interface Participant {
  /** Usually the gemeente id. */
  id: string;
  name: string;
  scope: ParticipantScope;
  /** For an addendum participant: the topics it takes part in (e.g. ["zorg_en_veiligheid"]). */
  scopeTopics: string[];
}

/**
 * A full participant takes part in everything. An addendum participant takes part in a
 * procedure/document only when at least one of its topics is within its scope (e.g. Zeewolde's
 * addendum Zorg & Veiligheid is part of the new GR, so Zeewolde needs its own track — R13 —
 * but it has nothing to decide on a Regiovisie Jeugd).
 */
export function isWithinScope(participant: Participant, topics: readonly string[]): boolean {
  if (participant.scope === "full") return true;
  return topics.some((t) => participant.scopeTopics.includes(t));
}

export function scopeRefusal(participant: Participant, topics: readonly string[]): Refusal | null {
  if (isWithinScope(participant, topics)) return null;
  return refuse(
    "buiten_reikwijdte",
    `${participant.name} neemt alleen deel via een addendum voor ${participant.scopeTopics.join(", ") || "(geen onderwerpen)"}; dit stuk gaat over ${
      topics.join(", ") || "(geen onderwerpen)"
    } en valt daarbuiten.`,
  );
}

export function findParticipant(participants: readonly Participant[], id: string): Participant | Refusal {
  const p = participants.find((x) => x.id === id);
  return p ?? refuse("onbekende_deelnemer", `Onbekende deelnemer "${id}" in deze procedure.`);
}
