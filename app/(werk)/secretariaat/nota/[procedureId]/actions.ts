"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (JSON in `invoer`) → command → revalidate (the completeness indicator updates); body in lib/actions/handlers.ts. */
export async function answerPointAction(fd: FormData) {
  return h.answerPointAction(session, fd);
}

/** The whole nota in one save (answers, dispositions, changed articles); body in lib/actions/handlers.ts. */
export async function answerNotaAction(fd: FormData) {
  return h.answerNotaAction(session, fd);
}
