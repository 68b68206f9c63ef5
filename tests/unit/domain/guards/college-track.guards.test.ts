import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  hasToestemmingFor,
  initialRaadTrack,
  nextCollegeEvent,
  transitionCollegeTrack,
  type CollegeTrackEvent,
  type GrProcedureState,
  type RaadTrackState,
} from "@/lib/domain";
import { apply, ctxOn, dec, grantToestemming, inToestemming, sign } from "../procedures/fixtures";
import { expectRefused, FULL_PARTICIPANTS, fullProcedure, toestemmingOnAgenda } from "./support";

const collegebesluit = (id: string, version: string, on: string) =>
  ({
    track: "college",
    participantId: id,
    event: { type: "collegebesluit_genomen", decision: { ...dec(version, on), body: "college" } },
  }) as const;

/** One step on Almere's college track straight through `transitionCollegeTrack`, with the raad track given. */
function almereCollegeStep(
  s: GrProcedureState,
  event: CollegeTrackEvent,
  today: string,
  raadTrack: RaadTrackState = s.raadTracks.almere,
  currentVersionId = "v2",
) {
  return transitionCollegeTrack(s.collegeTracks.almere, event, {
    ...ctxOn(today),
    participant: FULL_PARTICIPANTS[0],
    topics: s.topics,
    raadTrack,
    currentVersionId,
  });
}

function refuseToestemming(s: GrProcedureState, id: string): GrProcedureState {
  s = toestemmingOnAgenda(s, id, "2026-10-07");
  return apply(
    s,
    {
      track: "raad",
      participantId: id,
      event: {
        type: "toestemming_geweigerd",
        decision: { ...dec("v2", "2026-10-07"), body: "raad" },
        ground: "strijd_met_het_recht",
        motivation: "Strijdig met artikel 10 Wgr.",
      },
    },
    "2026-10-07",
  );
}

describe("college track guards (Wgr art. 1 lid 1 and lid 4: the college acts only after its own raad's toestemming)", () => {
  const base = inToestemming(fullProcedure());

  it("Wgr art. 1 lid 4: a college cannot decide to make the regeling when its raad refused toestemming", () => {
    const s = refuseToestemming(base, "almere");
    const msg = expectRefused(s, collegebesluit("almere", "v2", "2026-10-08"), "2026-10-08", "vereiste_stap_ontbreekt");
    expect(msg).toContain("Almere");
    expect(msg).toContain("v2");
  });

  it("Wgr art. 1 lid 4: a college cannot decide while its raad's toestemming is only on the agenda", () => {
    const s = toestemmingOnAgenda(base, "dronten", "2026-09-03");
    expectRefused(s, collegebesluit("dronten", "v2", "2026-09-04"), "2026-09-04", "vereiste_stap_ontbreekt");
  });

  it("Wgr art. 1 lid 4: another gemeente's toestemming does not count for this college", () => {
    const s = grantToestemming(base, "almere");
    expectRefused(s, collegebesluit("dronten", "v2", "2026-10-08"), "2026-10-08", "vereiste_stap_ontbreekt");
    // …and with its own raad's toestemming the same college may decide.
    const ok = applyGrCommand(
      grantToestemming(s, "dronten"),
      collegebesluit("dronten", "v2", "2026-10-08"),
      ctxOn("2026-10-08"),
    );
    expect(ok.ok).toBe(true);
  });

  it("R6: the collegebesluit is about the current version, not an earlier one", () => {
    const s = grantToestemming(base, "almere");
    const msg = expectRefused(
      s,
      collegebesluit("almere", "v1", "2026-10-08"),
      "2026-10-08",
      "versie_komt_niet_overeen",
    );
    expect(msg).toContain('"v2"');
  });

  it("R6: the collegebesluit cannot predate the raad's toestemming", () => {
    const s = grantToestemming(base, "almere");
    expectRefused(s, collegebesluit("almere", "v2", "2026-10-06"), "2026-10-08", "datum_te_vroeg");
    const res = applyGrCommand(s, collegebesluit("almere", "v2", "2026-10-07"), ctxOn("2026-10-08"));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const track = res.state.collegeTracks.almere;
    expect(track.status).toBe("collegebesluit_genomen");
    expect(track.documentVersionId).toBe("v2");
    expect(track.collegebesluit?.decidedOn).toBe("2026-10-07");
    expect(res.event).toMatchObject({
      type: "collegebesluit_genomen",
      from: "wacht_op_toestemming",
      to: "collegebesluit_genomen",
      subject: { kind: "college_track", id: track.id },
    });
    expect(res.events).toEqual([res.event]);
  });

  describe("ondertekening (Wgr art. 1 lid 1: the colleges make the regeling by signing it)", () => {
    const decided = apply(grantToestemming(base, "almere"), collegebesluit("almere", "v2", "2026-10-20"), "2026-10-20");
    const signing = (version: string, on: string) =>
      ({
        track: "college",
        participantId: "almere",
        event: { type: "ondertekend", signedOn: on, documentVersionId: version },
      }) as const;

    it("signs the version the college decided on, which must be the current version", () => {
      expectRefused(decided, signing("v1", "2026-10-21"), "2026-10-21", "versie_komt_niet_overeen");
      const s = apply(decided, signing("v2", "2026-10-21"), "2026-10-21");
      expect(s.collegeTracks.almere).toMatchObject({
        status: "ondertekend",
        signedOn: "2026-10-21",
        documentVersionId: "v2",
      });
    });

    it("the current version must also be the one decided on (a stale collegebesluit cannot be signed)", () => {
      const stale = { ...decided, currentVersionId: "v3" };
      expectRefused(stale, signing("v2", "2026-10-21"), "2026-10-21", "versie_komt_niet_overeen");
    });

    it("not before the collegebesluit and not in the future", () => {
      expectRefused(decided, signing("v2", "2026-10-19"), "2026-10-21", "datum_te_vroeg");
      expectRefused(decided, signing("v2", "2026-10-22"), "2026-10-21", "datum_in_toekomst");
      expectRefused(decided, signing("v2", "21-10-2026"), "2026-10-21", "ongeldige_datum");
    });

    it("R6 is checked again at signing: without the raad's toestemming on this version the college cannot sign", () => {
      // A stored raad track that no longer carries the toestemming (e.g. a corrected raadsbesluit).
      const raad = initialRaadTrack(decided.id, "almere");
      const res = almereCollegeStep(
        decided,
        { type: "ondertekend", signedOn: "2026-10-21", documentVersionId: "v2" },
        "2026-10-21",
        raad,
        "v2",
      );
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.code).toBe("vereiste_stap_ontbreekt");
      expect(res.message).toContain("artikel 1, vierde lid, Wgr");
    });
  });

  describe("publication of the college's own besluit (R12)", () => {
    const signed = sign(grantToestemming(base, "almere"), "almere", "v2", "2026-11-03");
    const publish = (on: string, reference?: string) =>
      ({
        track: "college",
        participantId: "almere",
        event: { type: "besluit_bekendgemaakt", publishedOn: on, ...(reference ? { reference } : {}) },
      }) as const;

    it("not before the signature", () => {
      expectRefused(signed, publish("2026-11-02"), "2026-11-10", "datum_te_vroeg");
    });

    it("keeps the reference only when one is given", () => {
      const withRef = apply(signed, publish("2026-11-04", "Gmb. 2026, 12"), "2026-11-10");
      expect(withRef.collegeTracks.almere.publication).toEqual({
        publishedOn: "2026-11-04",
        reference: "Gmb. 2026, 12",
      });
      const without = apply(signed, publish("2026-11-04"), "2026-11-10");
      expect(without.collegeTracks.almere.publication).toEqual({ publishedOn: "2026-11-04" });
      expect(without.collegeTracks.almere.status).toBe("besluit_bekendgemaakt");
    });
  });

  it("R8: a new version for the version the college already decided on is refused", () => {
    const decided = apply(grantToestemming(base, "almere"), collegebesluit("almere", "v2", "2026-10-20"), "2026-10-20");
    const res = almereCollegeStep(
      decided,
      { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v2" },
      "2026-10-21",
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.code).toBe("ongeldige_invoer");
  });

  it("R8: a new version sends a signed college back to waiting, keeping what it did on the old version", () => {
    const signed = sign(grantToestemming(base, "almere"), "almere", "v2", "2026-11-03");
    const next = { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" } as const;
    const res = almereCollegeStep(signed, next, "2026-11-04", undefined, "v3");
    if (!res.ok) throw new Error(res.message);
    expect(res.state).toEqual({
      id: signed.collegeTracks.almere.id,
      participantId: "almere",
      status: "wacht_op_toestemming",
      superseded: [
        { documentVersionId: "v2", collegebesluit: signed.collegeTracks.almere.collegebesluit, signedOn: "2026-11-03" },
      ],
    });
    expect(res.event.reason).toContain('"v3"');
  });

  it("hasToestemmingFor: only a granted toestemming on exactly this version counts", () => {
    const granted = grantToestemming(base, "almere").raadTracks.almere;
    expect(hasToestemmingFor(granted, "v2")).toBe(true);
    expect(hasToestemmingFor(granted, "v1")).toBe(false);
    expect(hasToestemmingFor(granted, undefined)).toBe(false);
    expect(hasToestemmingFor({ ...granted, status: "toestemming_geweigerd" }, "v2")).toBe(false);
    expect(hasToestemmingFor({ ...granted, toestemming: undefined }, "v2")).toBe(false);
    // No version and no record: `undefined === undefined` must not count as consent.
    expect(hasToestemmingFor({ ...granted, toestemming: undefined }, undefined)).toBe(false);
  });

  it("nextCollegeEvent follows R6 and R12", () => {
    expect(nextCollegeEvent("toestemming_verleend", "wacht_op_toestemming")).toBe("collegebesluit_genomen");
    expect(nextCollegeEvent("toestemming_geweigerd", "wacht_op_toestemming")).toBeNull();
    expect(nextCollegeEvent("toestemming_verleend", "collegebesluit_genomen")).toBe("ondertekend");
    expect(nextCollegeEvent("toestemming_verleend", "ondertekend")).toBe("besluit_bekendgemaakt");
    expect(nextCollegeEvent("toestemming_verleend", "besluit_bekendgemaakt")).toBeNull();
    expect(nextCollegeEvent(undefined, undefined)).toBeNull();
  });

  it("an addendum participant outside the document's topics has no college step (R13)", () => {
    const outside = { id: "zw", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["zorg_en_veiligheid"] };
    const s = {
      ...base,
      participants: [...base.participants, outside],
      collegeTracks: { ...base.collegeTracks, zw: { ...base.collegeTracks.almere, id: "c-zw", participantId: "zw" } },
    };
    const msg = expectRefused(s, collegebesluit("zw", "v2", "2026-10-08"), "2026-10-08", "buiten_reikwijdte");
    expect(msg).toContain("Zeewolde");
  });
});

describe("college track guards found by the wave-6 mutation run", () => {
  const base = inToestemming(fullProcedure());
  const granted = grantToestemming(base, "almere");
  const decided = apply(granted, collegebesluit("almere", "v2", "2026-10-20"), "2026-10-20");
  const signV2: CollegeTrackEvent = { type: "ondertekend", signedOn: "2026-10-21", documentVersionId: "v2" };

  it("R6: a collegebesluit without a besluit is refused, not a crash", () => {
    const r = almereCollegeStep(
      granted,
      { type: "collegebesluit_genomen" } as unknown as CollegeTrackEvent,
      "2026-10-20",
    );
    expect(r.ok).toBe(false);
  });

  it("Wgr art. 1 lid 1 / R6: the college signs only the version it decided on, even with toestemming on the signed one", () => {
    // The college decided on v1; the raad's toestemming and the geldende version are v2: signing v2 is refused.
    const onV1 = {
      ...decided,
      collegeTracks: { ...decided.collegeTracks, almere: { ...decided.collegeTracks.almere, documentVersionId: "v1" } },
    };
    const r = almereCollegeStep(onV1, signV2, "2026-10-21");
    expect(r.ok === false && r.code).toBe("versie_komt_niet_overeen");
    // Decided on v2 with toestemming on v2, but v3 is now the geldende version: refused as well.
    const stale = almereCollegeStep(decided, signV2, "2026-10-21", decided.raadTracks.almere, "v3");
    expect(stale.ok === false && stale.code).toBe("versie_komt_niet_overeen");
    expect(almereCollegeStep(decided, signV2, "2026-10-21").ok).toBe(true);
  });

  it("R12: a publication without a reference stores none; R8: a superseded besluit keeps only what happened", () => {
    const signed = apply(decided, { track: "college", participantId: "almere", event: signV2 }, "2026-10-21");
    const published = almereCollegeStep(
      signed,
      { type: "besluit_bekendgemaakt", publishedOn: "2026-10-22" },
      "2026-10-22",
    );
    expect(published.ok && published.state.publication).toStrictEqual({ publishedOn: "2026-10-22" });
    const renewed = almereCollegeStep(
      decided,
      { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
      "2026-10-22",
    );
    expect(renewed.ok && renewed.state.superseded).toStrictEqual([
      { documentVersionId: "v2", collegebesluit: decided.collegeTracks.almere.collegebesluit },
    ]);
  });

  it("Wgr art. 1 lid 2: the voorgenomen besluit is one event on the college track", () => {
    const r = almereCollegeStep(
      base,
      { type: "voorgenomen_besluit_genomen", decision: { ...dec("v2", "2026-09-02"), body: "college" } },
      "2026-09-03",
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.event.subject).toEqual({ kind: "college_track", id: base.collegeTracks.almere.id });
    expect(r.events).toEqual([r.event]);
  });
});
