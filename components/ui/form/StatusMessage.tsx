"use client";

import { Alert } from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The message after a save (role=status). It takes focus when it appears, so keyboard and screen
 * reader users hear the outcome. `refocusKey` changes when the page re-renders after a refresh:
 * focus then returns only while it is lost (body) or still inside this form — a refresh that
 * arrives after the user went on to another form must not pull focus back here.
 */
export function StatusMessage({
  children,
  type,
  testId,
  refocusKey,
  warnings = [],
}: {
  children: ReactNode;
  type?: "ok" | "warning" | "error";
  testId?: string;
  refocusKey?: unknown;
  /** The save's warnings (a late step): listed in the same message, which then shows as a warning. */
  warnings?: readonly string[];
}) {
  const kind = type ?? (warnings.length > 0 ? "warning" : "ok");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    if (refocusKey === undefined) return;
    const active = document.activeElement;
    const form = ref.current?.closest("form");
    if (!active || active === document.body || form?.contains(active)) ref.current?.focus();
  }, [refocusKey]);
  // The role sits on the element that takes focus (the Utrecht Alert would put it on an inner
  // element), so what is focused is the status message itself (document.activeElement has the role).
  return (
    <div
      role={kind === "error" ? "alert" : "status"}
      tabIndex={-1}
      ref={ref}
      data-testid={testId}
      className="grv-status"
    >
      <Alert type={kind} role="none">
        {children}
        {warnings.length > 0 ? (
          <ul className="grv-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
