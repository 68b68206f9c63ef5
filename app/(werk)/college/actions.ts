"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/**
 * Thin: FormData (the form's values as JSON in `invoer`, the college track's version in `expectedVersion`)
 * → recordCollegeStep (own gemeente only) → revalidate. Body in lib/actions/handlers.ts.
 */
export async function collegeWerkruimteStapAction(fd: FormData) {
  return h.collegeWerkruimteStapAction(session, fd);
}
