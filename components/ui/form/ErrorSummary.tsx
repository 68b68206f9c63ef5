"use client";

import { Alert } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { summaryId } from "./ids";

export type FieldMessage = { id: string; message: string };

/**
 * The one error summary: on top of a form, the field messages as links to their fields, plus the
 * server's refusal. It takes focus whenever `focusKey` changes (every failed submit), after React
 * has rendered it — so a screen reader reads it and the keyboard user starts from it.
 */
export function ErrorSummary({
  formId,
  errors,
  serverError,
  focusKey = 0,
  title,
}: {
  formId: string;
  errors: FieldMessage[];
  serverError?: string | null;
  focusKey?: number;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The failed attempt's counter can render before its messages do (the summary is then still empty and not in the
  // page), so focus is moved once per attempt, on the first render in which the summary exists.
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (focusKey > focusedAttempt.current && ref.current) {
      focusedAttempt.current = focusKey;
      ref.current.focus();
    }
  });
  if (errors.length === 0 && !serverError) return null;
  // One link per field: a field can carry a message under two paths (e.g. "text" and "articles").
  const links = errors.filter((e, i) => errors.findIndex((o) => o.id === e.id) === i);
  return (
    // The role sits on the element that takes focus (the Utrecht Alert would put it on an inner element), so what
    // is focused is the error summary itself, as with the status message.
    <div role="alert" id={summaryId(formId)} className="grv-error-summary" tabIndex={-1} ref={ref}>
      <Alert type="error" role="none">
        <p>
          <strong>{title ?? (errors.length ? "Controleer het formulier:" : "Het is niet gelukt:")}</strong>
        </p>
        {serverError ? <p data-testid="serverfout">{serverError}</p> : null}
        {links.length ? (
          <ul>
            {links.map((e) => (
              <li key={e.id}>
                <a
                  href={`#${e.id}`}
                  onClick={(ev) => {
                    const target = document.getElementById(e.id);
                    if (!target) return;
                    ev.preventDefault();
                    target.focus();
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
