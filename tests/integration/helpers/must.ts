/**
 * A value the test's own setup guarantees (a row it created, a mail it expects): named instead of
 * a `!` assertion, so a broken setup fails with what was missing rather than "cannot read … of undefined".
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`test setup: ${what} ontbreekt`);
  return value;
}
