"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData (JSON in `invoer`) → the handler in lib/actions/handlers.ts, services in lib/services/users. */
export async function uitnodigenGebruikerAction(fd: FormData) {
  return h.uitnodigenGebruikerAction(session, fd);
}
export async function wijzigGebruikerAction(fd: FormData) {
  return h.wijzigGebruikerAction(session, fd);
}
export async function gebruikerActiefAction(fd: FormData) {
  return h.gebruikerActiefAction(session, fd);
}
export async function nieuweLinkAction(fd: FormData) {
  return h.nieuweLinkAction(session, fd);
}
export async function importGebruikersAction(fd: FormData) {
  return h.importGebruikersAction(session, fd);
}
