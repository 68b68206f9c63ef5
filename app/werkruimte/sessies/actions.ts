"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: bodies in lib/actions/handlers.ts. */
export async function revokeSessionAction(values: unknown) {
  return h.revokeSessionAction(session, values);
}
export async function revokeAllSessionsAction(values: unknown) {
  return h.revokeAllSessionsAction(session, values);
}
