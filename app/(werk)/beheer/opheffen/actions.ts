"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (JSON in `invoer`) → the handler in lib/actions/handlers.ts, service in lib/services/beheer/opheffen.ts. */
export async function opheffenGemeenteAction(fd: FormData) {
  return h.opheffenGemeenteAction(session, fd);
}
export async function opheffenRegioAction(fd: FormData) {
  return h.opheffenRegioAction(session, fd);
}
