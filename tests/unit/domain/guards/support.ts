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
import { initialCollegeTrack } from "@/lib/domain/procedures/gr/college-track";
import { initialRaadTrack } from "@/lib/domain/procedures/gr/raad-track";
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

/**
 * A procedure stored before an addendum participant was refused at toetreding (R13, wave 11) may still hold one with
 * its tracks, exactly as the old join wrote it. The scope guards of the tracks must keep refusing its steps, so these
 * tests build that stored state by hand (the join itself now refuses: membership-wave11.guards.test.ts).
 */
export function withStoredAddendumMember(
  s: GrProcedureState,
  participant: Participant,
  joinedOn: string,
  reason = "x",
): GrProcedureState {
  return {
    ...s,
    participants: [...s.participants, { ...participant, scopeTopics: [...participant.scopeTopics] }],
    raadTracks: { ...s.raadTracks, [participant.id]: initialRaadTrack(s.id, participant.id) },
    collegeTracks: { ...s.collegeTracks, [participant.id]: initialCollegeTrack(s.id, participant.id) },
    joined: { ...s.joined, [participant.id]: { joinedOn, reason } },
  };
}
