"use server";

import { actionHandlers as h } from "@/lib/actions/handlers";
import { sessionContext as session } from "@/lib/actions/session-context";

/** Thin: FormData → the begroting commands (bodies in lib/actions/handlers.ts). */
export async function begrotingStartAction(fd: FormData) {
  return h.begrotingStartAction(session, fd);
}
export async function begrotingStapAction(fd: FormData) {
  return h.begrotingStapAction(session, fd);
}
export async function begrotingPlanningAction(fd: FormData) {
  return h.begrotingPlanningAction(session, fd);
}
export async function begrotingAntwoordAction(fd: FormData) {
  return h.begrotingAntwoordAction(session, fd);
}
export async function wijzigingAanmakenAction(fd: FormData) {
  return h.wijzigingAanmakenAction(session, fd);
}
export async function wijzigingStapAction(fd: FormData) {
  return h.wijzigingStapAction(session, fd);
}
export async function wijzigingAntwoordAction(fd: FormData) {
  return h.wijzigingAntwoordAction(session, fd);
}
