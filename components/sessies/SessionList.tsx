"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, type FormDataAction, StatusMessage, toFormData } from "@/components/ui/form";
import type { Result } from "@/lib/result";

export interface SessionRow {
  id: string;
  sinds: string;
  laatstGezien: string;
  browser: string;
  dezeSessie: boolean;
}

type SessionResult = Result<{ message: string }>;

/** The user's open sessions with "Beëindigen" per row and "Overal afmelden"; a status message after each. */
export function SessionList({
  sessions,
  revokeOne,
  revokeAll,
}: {
  sessions: SessionRow[];
  revokeOne: FormDataAction<{ message: string }>;
  revokeAll: FormDataAction<{ message: string }>;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string; key: number } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  function run(action: () => Promise<SessionResult>, endsThisSession: boolean) {
    startTransition(async () => {
      const res = await action();
      // A new key per outcome: the message is announced and focused again, also when the text repeats.
      setMessage((m) => ({ ok: res.ok, text: res.message, key: (m?.key ?? 0) + 1 }));
      // After ending the own session the next page is the sign-in page.
      if (res.ok && endsThisSession) router.push("/inloggen?callbackUrl=/werkruimte/sessies");
      else router.refresh();
    });
  }
  return (
    <>
      {message ? (
        <StatusMessage key={message.key} type={message.ok ? "ok" : "error"}>
          {message.text}
        </StatusMessage>
      ) : null}
      <div className="grv-table-wrap">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Uw actieve sessies</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {["Browser", "Ingelogd sinds", "Laatst gezien", "Actie"].map((h) => (
                <th key={h} scope="col" className="utrecht-table__header-cell">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {sessions.map((s) => (
              <tr key={s.id} className="utrecht-table__row" data-testid="sessie">
                <th scope="row" className="utrecht-table__header-cell">
                  {s.browser}
                  {s.dezeSessie ? <strong> (deze sessie)</strong> : null}
                </th>
                <td className="utrecht-table__cell">{s.sinds}</td>
                <td className="utrecht-table__cell">{s.laatstGezien}</td>
                <td className="utrecht-table__cell">
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    disabled={pending}
                    aria-label={`Sessie ${s.browser}${s.dezeSessie ? " (deze sessie)" : ""} sinds ${s.sinds} beëindigen`}
                    onClick={() => run(() => revokeOne(toFormData({ sessieId: s.id })), s.dezeSessie)}
                  >
                    Beëindigen
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={pending}
          onClick={() => run(() => revokeAll(toFormData({ bevestigd: true })), true)}
        >
          Overal afmelden
        </Button>
      </p>
    </>
  );
}
