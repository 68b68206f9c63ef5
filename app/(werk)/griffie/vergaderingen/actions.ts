"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: the meeting calendar of the own raad (bodies in lib/actions/handlers.ts). */
export async function vergaderingAction(fd: FormData) {
  return h.vergaderingAction(session, fd);
}
export async function recesAction(fd: FormData) {
  return h.recesAction(session, fd);
}
export async function agendaFeedAction(fd: FormData) {
  return h.agendaFeedAction(session, fd);
}
export async function importAction(fd: FormData) {
  return h.importAction(session, fd);
}
export async function vergaderingWijzigenAction(fd: FormData) {
  return h.vergaderingWijzigenAction(session, fd);
}
export async function vergaderingAnnulerenAction(fd: FormData) {
  return h.vergaderingAnnulerenAction(session, fd);
}
