"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (JSON in `invoer`) → the handler in lib/actions/handlers.ts, services in lib/services/beheer. */
export async function saveRegioAction(fd: FormData) {
  return h.saveRegioAction(session, fd);
}
export async function saveGemeenteAction(fd: FormData) {
  return h.saveGemeenteAction(session, fd);
}
export async function importGemeentenAction(fd: FormData) {
  return h.importGemeentenAction(session, fd);
}
export async function saveRegelingAction(fd: FormData) {
  return h.saveRegelingAction(session, fd);
}
export async function startProcedureAction(fd: FormData) {
  return h.startProcedureAction(session, fd);
}
export async function eindeVervangenRegelingAction(fd: FormData) {
  return h.eindeVervangenRegelingAction(session, fd);
}
