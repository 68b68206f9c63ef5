"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (`invoer` + the procedure's `expectedVersion`) → the handvest command. Body in lib/actions/handlers.ts. */
export async function dvhStartAction(fd: FormData) {
  return h.dvhStartAction(session, fd);
}
export async function dvhBosdAction(fd: FormData) {
  return h.dvhBosdAction(session, fd);
}
