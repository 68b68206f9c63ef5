"use server";

import { redirect } from "next/navigation";
import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";
import type { ActionResult } from "@/lib/actions/context";

/** Thin: the setup code is the proof (no session); body in lib/actions/handlers.ts. */
export async function eersteBeheerderAction(fd: FormData): Promise<ActionResult> {
  const result = await h.eersteBeheerderAction(session, fd);
  if (result.ok) redirect("/inloggen?status=wachtwoord-ingesteld");
  return result;
}
