"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/**
 * Thin: FormData (the form's values as JSON in `invoer`, the version it saw in `expectedVersion`)
 * → command → revalidate; the domain refuses with a Dutch reason. Bodies in lib/actions/handlers.ts.
 */
export async function regionalStepAction(fd: FormData) {
  return h.regionalStepAction(session, fd);
}
export async function publishVersionAction(fd: FormData) {
  return h.publishVersionAction(session, fd);
}
export async function collegeStepAction(fd: FormData) {
  return h.collegeStepAction(session, fd);
}
export async function ontwerpVerzondenAction(fd: FormData) {
  return h.ontwerpVerzondenAction(session, fd);
}
export async function raadsledenoverlegAction(fd: FormData) {
  return h.raadsledenoverlegAction(session, fd);
}
export async function deelnemerWijzigingAction(fd: FormData) {
  return h.deelnemerWijzigingAction(session, fd);
}
export async function plannedStepAction(fd: FormData) {
  return h.plannedStepAction(session, fd);
}

export async function registerInschrijvingAction(fd: FormData) {
  return h.registerInschrijvingAction(session, fd);
}
export async function correctRegionalStepAction(fd: FormData) {
  return h.correctRegionalStepAction(session, fd);
}
