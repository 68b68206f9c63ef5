import { describe, expect, it } from "vitest";
import {
  allFullToestemmingVerleend,
  applyGrCommand,
  createGrProcedure,
  deriveRegelingState,
  summarizeRegeling,
  type GrProcedureState,
} from "@/lib/domain";
import { apply, ctxOn, grantToestemming, inToestemming } from "../procedures/fixtures";
import { expectRefused, FULL_PARTICIPANTS, fullProcedure } from "./support";

const input = {
  id: "gr-x",
  kind: "gr_treffen" as const,
  title: "GR X",
  topics: ["jeugd"],
  participants: FULL_PARTICIPANTS,
};

describe("creating a GR procedure", () => {
  it("refuses an unknown kind", () => {
    expect(() => createGrProcedure({ ...input, kind: "gr_oprichten" as never })).toThrow("gr_oprichten");
  });

  it("Wgr art. 1 lid 5: toetreden and uittreden are variants of wijzigen only", () => {
    expect(() => createGrProcedure({ ...input, variant: "toetreden" })).toThrow("art. 1 lid 5");
    const s = createGrProcedure({ ...input, kind: "gr_wijzigen", variant: "uittreden" });
    expect(s.variant).toBe("uittreden");
    expect("variant" in createGrProcedure({ ...input, kind: "gr_wijzigen" })).toBe(false);
    expect(createGrProcedure({ ...input, kind: "gr_opheffen" }).kind).toBe("gr_opheffen");
  });

  it("each participant takes part once", () => {
    expect(() => createGrProcedure({ ...input, participants: [FULL_PARTICIPANTS[0], FULL_PARTICIPANTS[0]] })).toThrow(
      "één keer",
    );
  });

  it("starts with a raad and a college track per participant, no version, and copies its input", () => {
    const topics = ["jeugd"];
    const participants = FULL_PARTICIPANTS.map((p) => ({ ...p, scopeTopics: [...p.scopeTopics] }));
    const s = createGrProcedure({ ...input, topics, participants });
    topics.push("wmo");
    participants[0].scopeTopics.push("wmo");
    expect(s.topics).toEqual(["jeugd"]);
    expect(s.participants[0].scopeTopics).toEqual([]);
    expect(s).toMatchObject({
      id: "gr-x",
      title: "GR X",
      kind: "gr_treffen",
      currentVersionId: null,
      documentVersions: [],
      regional: { status: "nieuw" },
    });
    expect(Object.keys(s.raadTracks)).toEqual(FULL_PARTICIPANTS.map((p) => p.id));
    expect(s.raadTracks.almere).toMatchObject({
      id: "gr-x:raad:almere",
      participantId: "almere",
      status: "nog_niet_ontvangen",
    });
    expect(s.collegeTracks.almere).toEqual({
      id: "gr-x:college:almere",
      participantId: "almere",
      status: "wacht_op_toestemming",
      superseded: [],
    });
  });
});

describe("applyGrCommand: one entry point per track", () => {
  const s = inToestemming(fullProcedure());

  it("refuses an unknown participant on the raad and on the college track", () => {
    expect(
      expectRefused(
        s,
        {
          track: "raad",
          participantId: "ede",
          event: { type: "toestemming_geagendeerd", agenda: { raadDate: "2026-10-01" } },
        },
        "2026-10-01",
        "onbekende_deelnemer",
      ),
    ).toContain("ede");
    expectRefused(
      s,
      {
        track: "college",
        participantId: "ede",
        event: { type: "ondertekend", signedOn: "2026-10-01", documentVersionId: "v2" },
      },
      "2026-10-01",
      "onbekende_deelnemer",
    );
  });

  it("R8: a new version reaches a track only through the regional step", () => {
    expectRefused(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
      },
      "2026-10-01",
      "ongeldige_overgang",
    );
    expectRefused(
      s,
      {
        track: "college",
        participantId: "almere",
        event: { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
      },
      "2026-10-01",
      "ongeldige_overgang",
    );
  });

  it("a refused track step is returned as the refusal, not as a changed state", () => {
    expectRefused(
      s,
      {
        track: "college",
        participantId: "almere",
        event: { type: "ondertekend", signedOn: "2026-10-01", documentVersionId: "v2" },
      },
      "2026-10-01",
      "ongeldige_overgang",
    );
    expectRefused(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "toestemming_verleend", decision: { documentVersionId: "v2", decidedOn: "2026-10-01" } },
      },
      "2026-10-01",
      "ongeldige_overgang",
    );
  });

  it("a track step changes only that participant's track", () => {
    const res = applyGrCommand(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
      },
      ctxOn("2026-09-02"),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.state.raadTracks.urk.status).toBe("toestemming_ontvangen");
    expect({ ...res.state.raadTracks, urk: s.raadTracks.urk }).toEqual(s.raadTracks);
    expect(res.state.collegeTracks).toEqual(s.collegeTracks);
    expect(res.state.regional).toEqual(s.regional);
    const granted = grantToestemming(s, "urk");
    const college = {
      state: apply(
        granted,
        {
          track: "college",
          participantId: "urk",
          event: { type: "collegebesluit_genomen", decision: { documentVersionId: "v2", decidedOn: "2026-10-08" } },
        },
        "2026-10-08",
      ),
    };
    expect(college.state.collegeTracks.urk.status).toBe("collegebesluit_genomen");
    expect({ ...college.state.collegeTracks, urk: granted.collegeTracks.urk }).toEqual(granted.collegeTracks);
    expect(college.state.raadTracks).toEqual(granted.raadTracks);
  });
});

describe("derived regeling state (domain.md: the regeling's state follows from the tracks)", () => {
  const ids = FULL_PARTICIPANTS.map((p) => p.id);

  it("Wgr art. 1 lid 1: ondertekening only once every full participant's raad consented to the current version", () => {
    let s = inToestemming(fullProcedure());
    expect(allFullToestemmingVerleend(s)).toBe(false);
    for (const id of ids.slice(0, -1)) s = grantToestemming(s, id);
    expect(allFullToestemmingVerleend(s)).toBe(false);
    expect(deriveRegelingState(s)).toBe("toestemmingsprocedure");
    s = grantToestemming(s, ids[ids.length - 1]);
    expect(allFullToestemmingVerleend(s)).toBe(true);
    expect(deriveRegelingState(s)).toBe("ondertekening");
    expect(allFullToestemmingVerleend({ ...s, currentVersionId: null })).toBe(false);
    // Without a version there is nothing to consent to, even when no full participant is left to ask.
    expect(allFullToestemmingVerleend({ ...s, participants: [], currentVersionId: null })).toBe(false);
    expect(allFullToestemmingVerleend({ ...s, currentVersionId: "v3" })).toBe(false);
    // An addendum participant without toestemming does not hold the full participants back.
    const addendum = { id: "zw", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["jeugd"] };
    const withAddendum: GrProcedureState = {
      ...s,
      participants: [...s.participants, addendum],
      raadTracks: { ...s.raadTracks, zw: { ...s.raadTracks.almere, status: "toestemming_ontvangen" } },
    };
    expect(allFullToestemmingVerleend(withAddendum)).toBe(true);
  });

  it("maps every regional status to its regeling state", () => {
    const at = (status: GrProcedureState["regional"]["status"]) =>
      deriveRegelingState({ ...fullProcedure(), regional: { status } });
    expect(at("nieuw")).toBe("concept");
    expect(at("concept_opgesteld")).toBe("concept");
    expect(at("bosd_akkoord")).toBe("bosd_akkoord");
    expect(at("zienswijzeprocedure_geopend")).toBe("zienswijzeprocedure");
    expect(at("zienswijzeprocedure_gesloten")).toBe("verwerking");
    expect(at("nota_van_beantwoording_gereed")).toBe("verwerking");
    expect(at("definitieve_versie_vastgesteld")).toBe("definitief");
    expect(at("toestemmingsprocedure_geopend")).toBe("toestemmingsprocedure");
    expect(at("bekendgemaakt")).toBe("bekendgemaakt");
    expect(at("in_werking")).toBe("in_werking");
  });

  it("summarizeRegeling groups the tracks by status and names who decided on another version", () => {
    let s = grantToestemming(inToestemming(fullProcedure()), "almere");
    s = apply(
      s,
      {
        track: "regional",
        event: {
          type: "herziene_versie_gepubliceerd",
          documentVersionId: "v3",
          label: "v3",
          createdOn: "2026-10-10",
          reason: "Fout",
        },
      },
      "2026-10-10",
    );
    s = grantToestemming(s, "dronten", "v3", "2026-10-12");
    const sum = summarizeRegeling(s);
    expect(sum.state).toBe("toestemmingsprocedure");
    expect(sum.currentVersionId).toBe("v3");
    expect(sum.raadStatuses).toEqual({
      herbesluit_nodig: ["almere"],
      toestemming_verleend: ["dronten"],
      geen_zienswijze: ["lelystad", "noordoostpolder", "urk"],
    });
    expect(sum.collegeStatuses).toEqual({ wacht_op_toestemming: ids });
    expect(sum.onOtherVersion).toEqual(["almere"]);
    // Before any version exists nobody is "on another version".
    expect(summarizeRegeling(fullProcedure()).onOtherVersion).toEqual([]);
  });
});
