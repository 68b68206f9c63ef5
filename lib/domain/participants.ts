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
 * document (beleidskader, Dienstverleningshandvest) only when at least one of its topics is
 * within its scope (e.g. Zeewolde for the Regiovisie Aanpak Huiselijk Geweld, not for Jeugd).
 * Whether it is a party to the regeling itself is a separate question: see isPartyToRegeling.
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

/**
 * Only a party to a regeling takes part in treffen, wijzigen, toetreden, uittreden and opheffen of
 * that regeling: Wgr art. 1 lid 2–4 give zienswijze and toestemming to "de raden van de
 * deelnemende gemeenten", and art. 1 lid 5 / art. 9 lid 1 apply the same to wijziging and
 * opheffing. A participant attached through an addendum to another regeling (Zeewolde: the
 * addendum to the Centrumregeling 2015, seed 000) is no party to the new GR, so it gets no raad
 * or college track there; its own step is on the regeling it IS a party to (R13/R14).
 */
export function isPartyToRegeling(participant: Participant): boolean {
  return participant.scope === "full";
}

export function partiesToRegeling(participants: readonly Participant[]): Participant[] {
  return participants.filter(isPartyToRegeling);
}
