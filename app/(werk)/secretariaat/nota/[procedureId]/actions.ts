"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: user → service → revalidate (the completeness indicator updates); body in lib/actions/handlers.ts. */
export async function answerPointAction(values: Record<string, string>) {
  return h.answerPointAction(session, values);
}
