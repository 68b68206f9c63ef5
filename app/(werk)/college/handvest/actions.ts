"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData → recordDvhCollegebesluit (own gemeente only). Body in lib/actions/handlers.ts. */
export async function dvhCollegeAction(fd: FormData) {
  return h.dvhCollegeAction(session, fd);
}
