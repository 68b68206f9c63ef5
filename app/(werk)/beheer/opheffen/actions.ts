"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: bodies in lib/actions/handlers.ts, service in lib/services/beheer/opheffen.ts. */
export async function opheffenGemeenteAction(values: unknown) {
  return h.opheffenGemeenteAction(session, values);
}
export async function opheffenRegioAction(values: unknown) {
  return h.opheffenRegioAction(session, values);
}
