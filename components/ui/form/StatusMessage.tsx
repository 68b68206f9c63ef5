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
  type = "ok",
  testId,
  refocusKey,
}: {
  children: ReactNode;
  type?: "ok" | "warning" | "error";
  testId?: string;
  refocusKey?: unknown;
}) {
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
  return (
    <Alert type={type} role={type === "error" ? "alert" : "status"} tabIndex={-1} ref={ref} data-testid={testId}>
      {children}
    </Alert>
  );
}
