"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: user → service → revalidate; the domain refuses with a Dutch reason. Bodies in lib/actions/handlers.ts. */
export async function regionalStepAction(values: Record<string, string>, expectedVersion: number) {
  return h.regionalStepAction(session, values, expectedVersion);
}
export async function publishVersionAction(values: Record<string, string | string[] | undefined>) {
  return h.publishVersionAction(session, values);
}
export async function collegeStepAction(values: Record<string, string>, expectedVersion: number) {
  return h.collegeStepAction(session, values, expectedVersion);
}
