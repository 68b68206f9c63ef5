"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/**
 * Thin: FormData (JSON in `invoer` + optional PDF in `bestand`) → service → revalidate. The bodies
 * live in lib/actions/handlers.ts (tested with a real database); lib/auth/entry-points.ts lists
 * each action's permission, and tests/unit/authz-registry.test.ts fails on an unlisted one.
 */
export async function ontvangstAction(fd: FormData) {
  return h.ontvangstAction(session, fd);
}
export async function agenderingAction(fd: FormData) {
  return h.agenderingAction(session, fd);
}
export async function conceptAction(fd: FormData) {
  return h.conceptAction(session, fd);
}
export async function vaststellenAction(fd: FormData) {
  return h.vaststellenAction(session, fd);
}
export async function indienenAction(fd: FormData) {
  return h.indienenAction(session, fd);
}
export async function geenZienswijzeAction(fd: FormData) {
  return h.geenZienswijzeAction(session, fd);
}
export async function toestemmingAction(fd: FormData) {
  return h.toestemmingAction(session, fd);
}
export async function correctieAction(fd: FormData) {
  return h.correctieAction(session, fd);
}
export async function beleidskaderStapAction(fd: FormData) {
  return h.beleidskaderStapAction(session, fd);
}
export async function beleidskaderBesluitAction(fd: FormData) {
  return h.beleidskaderBesluitAction(session, fd);
}
export async function begrotingZienswijzeAction(fd: FormData) {
  return h.begrotingZienswijzeAction(session, fd);
}
export async function wijzigingZienswijzeAction(fd: FormData) {
  return h.wijzigingZienswijzeAction(session, fd);
}
