"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: the token in the link is the proof (no session); body in lib/actions/handlers.ts. */
export async function unsubscribeAction(fd: FormData): Promise<void> {
  await h.unsubscribeAction(session, fd);
}
