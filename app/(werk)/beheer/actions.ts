"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: bodies in lib/actions/handlers.ts, services in lib/services/beheer. */
export async function saveRegioAction(values: unknown) {
  return h.saveRegioAction(session, values);
}
export async function saveGemeenteAction(values: unknown) {
  return h.saveGemeenteAction(session, values);
}
export async function importGemeentenAction(values: unknown) {
  return h.importGemeentenAction(session, values);
}
export async function saveRegelingAction(values: unknown) {
  return h.saveRegelingAction(session, values);
}
export async function startProcedureAction(values: unknown) {
  return h.startProcedureAction(session, values);
}
