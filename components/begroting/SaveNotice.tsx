"use client";

import { createContext, type ReactNode, useContext } from "react";
import { KeptMessage, type ReportSaved } from "@/components/ui/form";

const SaveNoticeContext = createContext<ReportSaved<string>>(() => {});

/**
 * The status message after a save, kept above the forms: a saved begroting step replaces its own form (the next
 * step's form, or none), so the message lives in the form kit's KeptMessage, outside the keyed forms, and the
 * forms below report to it through this context.
 */
export function SaveNotices({ children }: { children: ReactNode }) {
  return (
    <KeptMessage<string> testId="begroting-opgeslagen">
      {(report) => <SaveNoticeContext.Provider value={report}>{children}</SaveNoticeContext.Provider>}
    </KeptMessage>
  );
}

/** How a begroting form reports its save to the nearest SaveNotices. */
export const useSaveNotice = () => useContext(SaveNoticeContext);
