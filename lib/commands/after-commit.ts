/**
 * Who is told, after a command's transaction COMMITTED, which data versions it moved
 * (lib/public-cache/data-version.ts, bumpWrittenSubjects): the server's refresh-ahead of the public pages
 * (lib/public-cache/refresh-ahead.ts). Told after the commit only, so a listener that reads sees the change.
 * Kept on globalThis: Next.js may load this module once for instrumentation (where the server registers the
 * listener) and once more for the routes (where commands run), and both must share one list.
 */
type Listener = (subjects: readonly string[]) => void;

const holder = globalThis as unknown as { __grVolgCommitListeners?: Set<Listener> };
const listeners = (): Set<Listener> => {
  holder.__grVolgCommitListeners ??= new Set();
  return holder.__grVolgCommitListeners;
};

/** Registers a listener; returns the function that removes it. */
export function onCommitted(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Tells every listener; a listener that throws is logged and never fails the command (it already committed). */
export function notifyCommitted(subjects: readonly string[]): void {
  if (subjects.length === 0) return;
  for (const listener of listeners()) {
    try {
      listener(subjects);
    } catch (e) {
      console.error("Na het opslaan: melding mislukt", e instanceof Error ? e.message : e);
    }
  }
}
