/**
 * R13/R14: the addendum scope rule and the parties to a regeling (Wgr art. 1 lid 2–5), with the Dutch refusal texts,
 * pinned for the wave-10 StrykerJS run on participants.ts (issue 20 point 13).
 */
import { describe, expect, it } from "vitest";
import {
  findParticipant,
  isPartyToRegeling,
  isWithinScope,
  type Participant,
  partiesToRegeling,
  scopeRefusal,
} from "@/lib/domain";

const almere: Participant = { id: "almere", name: "Almere", scope: "full", scopeTopics: [] };
const zeewolde: Participant = {
  id: "zeewolde",
  name: "Zeewolde",
  scope: "addendum",
  scopeTopics: ["zorg_en_veiligheid", "huiselijk_geweld"],
};

describe("R13: an addendum participant takes part only in a document within its topics", () => {
  it("a full participant is always within scope; an addendum one when one topic matches", () => {
    expect(isWithinScope(almere, [])).toBe(true);
    expect(scopeRefusal(almere, ["jeugd"])).toBeNull();
    expect(isWithinScope(zeewolde, ["jeugd", "huiselijk_geweld"])).toBe(true);
    expect(scopeRefusal(zeewolde, ["huiselijk_geweld"])).toBeNull();
    expect(isWithinScope(zeewolde, ["jeugd"])).toBe(false);
  });

  it("the refusal lists both sides' topics, or says there are none", () => {
    expect(scopeRefusal(zeewolde, ["jeugd", "wmo"])).toEqual({
      ok: false,
      code: "buiten_reikwijdte",
      message:
        "Zeewolde neemt alleen deel via een addendum voor zorg_en_veiligheid, huiselijk_geweld; dit stuk gaat over jeugd, wmo en valt daarbuiten.",
    });
    expect(scopeRefusal({ ...zeewolde, scopeTopics: [] }, [])?.message).toBe(
      "Zeewolde neemt alleen deel via een addendum voor (geen onderwerpen); dit stuk gaat over (geen onderwerpen) en valt daarbuiten.",
    );
  });
});

describe("R14: only a full participant is a party to the regeling (Wgr art. 1 lid 2–5)", () => {
  it("finds a participant by id, or refuses an unknown one by name", () => {
    expect(findParticipant([almere, zeewolde], "zeewolde")).toBe(zeewolde);
    expect(findParticipant([almere], "elders")).toEqual({
      ok: false,
      code: "onbekende_deelnemer",
      message: 'Onbekende deelnemer "elders" in deze procedure.',
    });
  });

  it("keeps the full participants as parties, in order", () => {
    const urk: Participant = { ...almere, id: "urk", name: "Urk" };
    expect(isPartyToRegeling(almere)).toBe(true);
    expect(isPartyToRegeling(zeewolde)).toBe(false);
    expect(partiesToRegeling([almere, zeewolde, urk])).toEqual([almere, urk]);
  });
});
