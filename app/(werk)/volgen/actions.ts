"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: body in lib/actions/handlers.ts. */
export async function saveFollowAction(values: unknown) {
  return h.saveFollowAction(session, values);
}
