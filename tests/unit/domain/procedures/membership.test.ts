import { describe, expect, it } from "vitest";
import {
  deriveRegelingState,
  fullParticipantsNotSigned,
  type GrCommand,
  type GrProcedureState,
  type Participant,
} from "@/lib/domain";
import {
  apply,
  afterZienswijzen,
  FULL,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  newProcedure,
  PARTICIPANTS,
  sign,
  refusal,
} from "./fixtures";

const hardewijk: Participant = { id: "harderwijk", name: "Harderwijk", scope: "full", scopeTopics: [] };
const join = (participant: Participant, joinedOn: string, reason = "Besluit tot toetreding"): GrCommand => ({
  track: "regional",
  event: { type: "deelnemer_toegetreden", participant, joinedOn, reason },
});
const leave = (participantId: string, leftOn: string, reason = "Besluit tot uittreding"): GrCommand => ({
  track: "regional",
  event: { type: "deelnemer_uitgetreden", participantId, leftOn, reason },
});

describe("toetreding during the procedure", () => {
  it("adds the participant with fresh tracks, until the zienswijzeprocedure closes", () => {
    const s0 = inZienswijzeprocedure();
    const s = apply(s0, join(hardewijk, "2026-04-01"), "2026-04-02");
    expect(s.participants.map((x) => x.id)).toContain("harderwijk");
    expect(s.raadTracks.harderwijk.status).toBe("nog_niet_ontvangen");
    expect(s.collegeTracks.harderwijk.status).toBe("wacht_op_toestemming");
    expect(s.joined).toEqual({ harderwijk: { joinedOn: "2026-04-01", reason: "Besluit tot toetreding" } });
    expect(s.regional.status).toBe(s0.regional.status);
  });
  it("the joining raad must be heard: its open window keeps the zienswijzeprocedure open", () => {
    const s = afterZienswijzenWith(hardewijk);
    const close: GrCommand = {
      track: "regional",
      event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" },
    };
    expect(refusal(s, close, "2026-05-27").message).toContain("Harderwijk (ontwerp nog niet ontvangen)");
  });
  it("refuses after the zienswijzeprocedure closed, twice, in the future, without a reason", () => {
    const closed = apply(
      afterZienswijzen(),
      { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
      "2026-05-27",
    );
    expect(refusal(closed, join(hardewijk, "2026-05-28"), "2026-05-28").code).toBe("ongeldige_overgang");
    const s = inZienswijzeprocedure();
    expect(refusal(s, join(PARTICIPANTS[0], "2026-04-01"), "2026-04-02").code).toBe("ongeldige_invoer");
    expect(refusal(s, join(hardewijk, "2026-04-03"), "2026-04-02").code).toBe("datum_in_toekomst");
    expect(refusal(s, join(hardewijk, "2026-04-01", " "), "2026-04-02").code).toBe("ongeldige_invoer");
    const left = apply(s, leave("urk", "2026-04-01"), "2026-04-02");
    const urk = PARTICIPANTS.find((x) => x.id === "urk") ?? hardewijk;
    expect(refusal(left, join(urk, "2026-04-02"), "2026-04-02").message).toContain("uitgetreden");
  });
});

/** The zienswijzeprocedure with a joined participant whose raad did not receive the ontwerp yet. */
function afterZienswijzenWith(p: Participant): GrProcedureState {
  return apply(afterZienswijzen(), join(p, "2026-04-01"), "2026-04-02");
}

describe("uittreding during the procedure", () => {
  it("ends the tracks (kept, end-dated) and no longer counts the participant for consent", () => {
    let s = inToestemming();
    for (const id of FULL.filter((x) => x !== "urk")) s = sign(grantToestemming(s, id), id);
    expect(fullParticipantsNotSigned(s)).toEqual(["Urk"]);
    const left = apply(s, leave("urk", "2026-11-10"), "2026-11-10");
    expect(fullParticipantsNotSigned(left)).toEqual([]);
    expect(left.participants.map((x) => x.id)).not.toContain("urk");
    expect(left.raadTracks.urk).toEqual({ ...s.raadTracks.urk, endedOn: "2026-11-10" });
    expect(left.collegeTracks.urk).toEqual({ ...s.collegeTracks.urk, endedOn: "2026-11-10" });
    expect(left.formerParticipants).toEqual([
      { participant: PARTICIPANTS.find((x) => x.id === "urk"), leftOn: "2026-11-10", reason: "Besluit tot uittreding" },
    ]);
    expect(deriveRegelingState(left)).toBe("ondertekening");
    const published = apply(
      left,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-11-11" } },
      "2026-11-11",
    );
    expect(published.regional.status).toBe("bekendgemaakt");
  });
  it("refuses an unknown participant, after publication, leaving fewer than two full participants, a bad date", () => {
    const s = inZienswijzeprocedure();
    expect(refusal(s, leave("elders", "2026-04-01"), "2026-04-02").code).toBe("onbekende_deelnemer");
    expect(refusal(s, leave("urk", "2026-04-03"), "2026-04-02").code).toBe("datum_in_toekomst");
    expect(refusal(s, leave("urk", "2026-04-01", ""), "2026-04-02").code).toBe("ongeldige_invoer");
    const two = inZienswijzeprocedure(
      newProcedure(
        undefined,
        PARTICIPANTS.filter((x) => ["almere", "urk", "zeewolde"].includes(x.id)),
      ),
    );
    expect(refusal(two, leave("urk", "2026-04-01"), "2026-04-02").code).toBe("vereiste_stap_ontbreekt");
    // The addendum participant is no party to this regeling, so it cannot leave it either.
    expect(two.participants.map((x) => x.id)).toEqual(["almere", "urk"]);
    expect(refusal(two, leave("zeewolde", "2026-04-01"), "2026-04-02").code).toBe("onbekende_deelnemer");
    let all = inToestemming();
    for (const id of FULL) all = sign(grantToestemming(all, id), id);
    const published = apply(
      all,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
      "2026-12-15",
    );
    expect(refusal(published, leave("urk", "2026-12-16"), "2026-12-16").code).toBe("ongeldige_overgang");
  });
});
