"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (JSON in `invoer`) → the handler in lib/actions/handlers.ts. */
export async function agendaLinkAction(fd: FormData) {
  return h.agendaLinkAction(session, fd);
}

export async function agendaMailAction(fd: FormData) {
  return h.agendaMailAction(session, fd);
}
