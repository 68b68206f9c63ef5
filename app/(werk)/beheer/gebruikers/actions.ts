"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: bodies in lib/actions/handlers.ts, services in lib/services/users. */
export async function uitnodigenGebruikerAction(values: unknown) {
  return h.uitnodigenGebruikerAction(session, values);
}
export async function wijzigGebruikerAction(values: unknown) {
  return h.wijzigGebruikerAction(session, values);
}
export async function gebruikerActiefAction(values: unknown) {
  return h.gebruikerActiefAction(session, values);
}
export async function nieuweLinkAction(values: unknown) {
  return h.nieuweLinkAction(session, values);
}
export async function importGebruikersAction(values: unknown) {
  return h.importGebruikersAction(session, values);
}
