"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (JSON in `invoer`) → the handler in lib/actions/handlers.ts. */
export async function revokeSessionAction(fd: FormData) {
  return h.revokeSessionAction(session, fd);
}
export async function revokeAllSessionsAction(fd: FormData) {
  return h.revokeAllSessionsAction(session, fd);
}
