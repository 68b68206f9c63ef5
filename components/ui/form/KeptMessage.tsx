"use client";

import { type ReactNode, useCallback, useState } from "react";
import { StatusMessage } from "./StatusMessage";

/** How a form tells its holder that it saved: what was saved (for the message) and the save's warnings. */
export type ReportSaved<T> = (saved: T, warnings?: readonly string[]) => void;

/**
 * The status message of the last save, held OUTSIDE forms that are keyed by a version: the refresh after a save
 * remounts such a form (or replaces it with the next step's form, or removes it), which would drop a message held
 * inside it. The holder survives the refresh; each save re-mounts the message (its key counts the saves), so it
 * takes focus again (StatusMessage). Used by every screen whose forms are keyed by version.
 */
export function KeptMessage<T>(props: {
  /** The message for what was saved; without it, what was saved is the message. */
  message?: (saved: T) => ReactNode;
  testId?: string;
  /** The keyed forms, given the report to call after their save. */
  children: (report: ReportSaved<T>) => ReactNode;
}) {
  const [last, setLast] = useState<{ count: number; saved: T; warnings: readonly string[] } | null>(null);
  const report = useCallback<ReportSaved<T>>(
    (saved, warnings = []) => setLast((prev) => ({ count: (prev?.count ?? 0) + 1, saved, warnings })),
    [],
  );
  return (
    <>
      {last ? (
        <StatusMessage key={`saved-${last.count}`} warnings={last.warnings} testId={props.testId}>
          {props.message ? props.message(last.saved) : (last.saved as ReactNode)}
        </StatusMessage>
      ) : null}
      {props.children(report)}
    </>
  );
}
