/**
 * Shared helpers for the guard tests (issue 20 point 13): each test pins one legal rule so that StrykerJS
 * cannot remove a refusal, or turn it into true/false, with all tests green.
 */
import { expect } from "vitest";
import {
  applyGrCommand,
  type GrCommand,
  type GrProcedureState,
  type Participant,
  type RefusalCode,
} from "@/lib/domain";
import { apply, ctxOn, newProcedure, PARTICIPANTS } from "../procedures/fixtures";

/** Only full participants: the guard tests do not depend on how an addendum participant takes part. */
export const FULL_PARTICIPANTS: Participant[] = PARTICIPANTS.filter((p) => p.scope === "full");

export const fullProcedure = (topics = ["jeugd", "wmo"]): GrProcedureState => newProcedure(topics, FULL_PARTICIPANTS);

/** Asserts that the command is refused with `code`, leaves the state untouched, and returns the message. */
export function expectRefused(state: GrProcedureState, command: GrCommand, today: string, code: RefusalCode): string {
  const before = structuredClone(state);
  const res = applyGrCommand(state, command, ctxOn(today));
  expect(state).toEqual(before);
  if (res.ok) throw new Error(`expected a refusal (${code}), got ${res.state.regional.status}`);
  expect(res.code).toBe(code);
  return res.message;
}

/** The raad of `id` received the toestemmingsvoorstel on v2 (2026-09-02) and put it on the agenda for `raadDate`. */
export function toestemmingOnAgenda(
  s: GrProcedureState,
  id: string,
  today: string,
  raadDate = "2026-10-07",
): GrProcedureState {
  const received = apply(
    s,
    {
      track: "raad",
      participantId: id,
      event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
    },
    today,
  );
  return apply(
    received,
    { track: "raad", participantId: id, event: { type: "toestemming_geagendeerd", agenda: { raadDate } } },
    today,
  );
}
