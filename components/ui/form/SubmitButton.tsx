"use client";

import { Button } from "@utrecht/component-library-react";

/** The form's primary button; disabled (and labelled as busy) while the action runs. */
export function SubmitButton({
  busy,
  label,
  busyLabel = "Bezig met opslaan…",
}: {
  busy: boolean;
  label: string;
  busyLabel?: string;
}) {
  return (
    <div>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {busy ? busyLabel : label}
      </Button>
    </div>
  );
}
