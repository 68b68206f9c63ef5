"use client";

import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import { StatusMessage } from "@/components/ui/form";

type Notice = { text: string; warnings: readonly string[]; n: number };
type Report = (text: string, warnings?: readonly string[]) => void;

const SaveNoticeContext = createContext<Report>(() => {});

/**
 * The status message after a save, kept above the forms: a saved begroting step replaces its own form (the next
 * step's form, or none), so a message inside that form would vanish with the refresh. This provider sits outside
 * the keyed forms and survives the refresh; each new save re-mounts the message, which takes focus.
 */
export function SaveNotices({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const report = useCallback<Report>(
    (text, warnings = []) => setNotice((prev) => ({ text, warnings, n: (prev?.n ?? 0) + 1 })),
    [],
  );
  return (
    <SaveNoticeContext.Provider value={report}>
      {notice ? (
        <StatusMessage key={notice.n} warnings={notice.warnings} testId="begroting-opgeslagen">
          {notice.text}
        </StatusMessage>
      ) : null}
      {children}
    </SaveNoticeContext.Provider>
  );
}

/** How a begroting form reports its save to the nearest SaveNotices. */
export const useSaveNotice = () => useContext(SaveNoticeContext);
