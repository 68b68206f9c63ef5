"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";

export interface SessionRow {
  id: string;
  sinds: string;
  laatstGezien: string;
  browser: string;
  dezeSessie: boolean;
}

type Result = { ok: true; message: string } | { ok: false; message: string };

/** The user's open sessions with "Beëindigen" per row and "Overal afmelden"; a status message after each. */
export function SessionList({
  sessions,
  revokeOne,
  revokeAll,
}: {
  sessions: SessionRow[];
  revokeOne: (values: { sessieId: string }) => Promise<Result>;
  revokeAll: (values: { bevestigd: true }) => Promise<Result>;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  function run(action: () => Promise<Result>, endsThisSession: boolean) {
    startTransition(async () => {
      const res = await action();
      setMessage({ ok: res.ok, text: res.message });
      // After ending the own session the next page is the sign-in page.
      if (res.ok && endsThisSession) router.push("/inloggen?callbackUrl=/werkruimte/sessies");
      else router.refresh();
    });
  }
  return (
    <>
      {message ? (
        <div
          className={`utrecht-alert utrecht-alert--${message.ok ? "ok" : "error"}`}
          role={message.ok ? "status" : "alert"}
        >
          <div className="utrecht-alert__content">{message.text}</div>
        </div>
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
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    disabled={pending}
                    aria-label={`Sessie ${s.browser}${s.dezeSessie ? " (deze sessie)" : ""} sinds ${s.sinds} beëindigen`}
                    onClick={() => run(() => revokeOne({ sessieId: s.id }), s.dezeSessie)}
                  >
                    Beëindigen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={pending}
          onClick={() => run(() => revokeAll({ bevestigd: true }), true)}
        >
          Overal afmelden
        </button>
      </p>
    </>
  );
}
