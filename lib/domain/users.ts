/**
 * Rules on user accounts that do not depend on the database: whoever applies a change first loads
 * (and locks) what these functions need. Each returns the Dutch refusal, or null when allowed.
 */

/** What these rules look at of an account. */
export interface UserStanding {
  id: string;
  role: string;
  actief: boolean;
}

export const LAST_BEHEERDER_REFUSAL =
  "Dit is de laatste actieve beheerder. Maak eerst een andere beheerder aan; anders kan niemand meer beheren.";
export const SELF_DEACTIVATION_REFUSAL = "U kunt uw eigen account niet deactiveren. Vraag een andere beheerder.";

const isActiveBeheerder = (u: { role: string; actief: boolean }) => u.role === "ADMIN" && u.actief;

/** Whether the change takes the account out of the active beheerders (demoted or deactivated). */
export function removesBeheerder(before: UserStanding, after: { role: string; actief: boolean }): boolean {
  return isActiveBeheerder(before) && !isActiveBeheerder(after);
}

/**
 * There must always be an active beheerder left, or nobody can manage users again.
 * `activeBeheerderIds` are the active beheerders now (locked by the caller).
 */
export function lastBeheerderRefusal(
  before: UserStanding,
  after: { role: string; actief: boolean },
  activeBeheerderIds: readonly string[],
): string | null {
  if (!removesBeheerder(before, after)) return null;
  return activeBeheerderIds.some((id) => id !== before.id) ? null : LAST_BEHEERDER_REFUSAL;
}

/** A beheerder cannot deactivate the own account (another beheerder has to). */
export function selfDeactivationRefusal(actorId: string, targetId: string, actief: boolean): string | null {
  return !actief && targetId === actorId ? SELF_DEACTIVATION_REFUSAL : null;
}
