"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData → recordDvhRaadGeinformeerd (own gemeente only). Body in lib/actions/handlers.ts. */
export async function dvhRaadAction(fd: FormData) {
  return h.dvhRaadAction(session, fd);
}
