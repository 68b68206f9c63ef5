/**
 * A slug or id from a public address, or null when it cannot name anything: PostgreSQL refuses
 * NUL and unpaired surrogates in text (a 500 instead of "niet gevonden"), and no key is longer.
 */
export function publicKey(raw: string): string | null {
  if (raw.length === 0 || raw.length > 200) return null;
  if (raw.includes("\u0000") || !raw.isWellFormed()) return null;
  return raw;
}
