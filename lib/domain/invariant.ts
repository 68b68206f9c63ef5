/**
 * A value the state machine guarantees at this point: the transition table only reaches this step
 * after the step that set it. A stored state that breaks the guarantee is a programming or data error,
 * not a user's mistake, so it throws instead of refusing (as the former `!` assertions did, but named).
 */
export function guaranteed<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Interne fout: ${what} ontbreekt in de opgeslagen stand.`);
  return value;
}
