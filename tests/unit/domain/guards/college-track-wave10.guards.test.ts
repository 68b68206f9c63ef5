/**
 * College track (Wgr art. 1 lid 2 and 4, R6, R8, R12): the Dutch refusal texts, date bounds and what a new version
 * keeps of the old one, which the wave-10 StrykerJS run on college-track.ts showed unpinned (issue 20 point 13).
 */
import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  type CollegeTrackState,
  type GrCommand,
  type GrProcedureState,
  transitionCollegeTrack,
} from "@/lib/domain";
import { apply, ctxOn, dec, grantToestemming, inToestemming } from "../procedures/fixtures";
import { expectRefused, fullProcedure } from "./support";

const college = (event: unknown): GrCommand => ({ track: "college", participantId: "almere", event }) as GrCommand;
const besluit = (on: string, version = "v2") =>
  college({ type: "collegebesluit_genomen", decision: { ...dec(version, on), body: "college" } });
const ondertekend = (on: string, version = "v2") =>
  college({ type: "ondertekend", signedOn: on, documentVersionId: version });

/** Almere's raad granted toestemming on v2 on 2026-10-07. */
const granted = () => grantToestemming(inToestemming(fullProcedure()), "almere");
const decided = () => apply(granted(), besluit("2026-10-20"), "2026-10-20");
const signed = () => apply(decided(), ondertekend("2026-11-03"), "2026-11-03");

function accepted(state: GrProcedureState, command: GrCommand, today: string) {
  const res = applyGrCommand(state, command, ctxOn(today));
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return res;
}

describe("R6: the collegebesluit and the signature follow the own raad's toestemming", () => {
  it("a collegebesluit without a decision names the version, not before the toestemming", () => {
    expect(
      expectRefused(granted(), college({ type: "collegebesluit_genomen" }), "2026-10-20", "versie_komt_niet_overeen"),
    ).toBe('Het collegebesluit moet over de geldende versie "v2" gaan.');
    expect(expectRefused(granted(), besluit("2026-10-06"), "2026-10-20", "datum_te_vroeg")).toBe(
      "Besluitdatum (2026-10-06) ligt vóór de toestemming van de raad (2026-10-07).",
    );
  });

  it("the signature: the version the college decided on, not before the collegebesluit", () => {
    expect(expectRefused(decided(), ondertekend("2026-11-03", "v1"), "2026-11-03", "versie_komt_niet_overeen")).toBe(
      'Ondertekend moet worden de versie waarover het college besloot ("v2"), en dat moet de geldende versie zijn.',
    );
    expect(expectRefused(decided(), ondertekend("2026-10-19"), "2026-11-03", "datum_te_vroeg")).toBe(
      "Datum van ondertekening (2026-10-19) ligt vóór het collegebesluit (2026-10-20).",
    );
  });

  it("a stored collegebesluit on an older version than the current one cannot be signed", () => {
    const s = decided();
    const stale: CollegeTrackState = { ...s.collegeTracks.almere, documentVersionId: "v1" };
    const res = transitionCollegeTrack(
      stale,
      { type: "ondertekend", signedOn: "2026-11-03", documentVersionId: "v2" },
      {
        ...ctxOn("2026-11-03"),
        participant: s.participants[0],
        topics: s.topics,
        raadTrack: s.raadTracks.almere,
        currentVersionId: "v2",
      },
    );
    if (res.ok) throw new Error("expected a refusal");
    expect(res.code).toBe("versie_komt_niet_overeen");
    expect(res.message).toBe(
      'Ondertekend moet worden de versie waarover het college besloot ("v1"), en dat moet de geldende versie zijn.',
    );
  });
});

describe("R12: the publication of the college's own besluit", () => {
  const publish = (on: string, reference?: string) =>
    college({ type: "besluit_bekendgemaakt", publishedOn: on, ...(reference === undefined ? {} : { reference }) });

  it("not before the signature; the reference kept only when given", () => {
    expect(expectRefused(signed(), publish("2026-11-02"), "2026-11-04", "datum_te_vroeg")).toBe(
      "Datum van bekendmaking van het eigen besluit (2026-11-02) ligt vóór de ondertekening (2026-11-03).",
    );
    expect(
      accepted(signed(), publish("2026-11-03"), "2026-11-04").state.collegeTracks.almere.publication,
    ).toStrictEqual({
      publishedOn: "2026-11-03",
    });
    expect(
      accepted(signed(), publish("2026-11-04", "Gmb. 2026, 7"), "2026-11-04").state.collegeTracks.almere.publication,
    ).toStrictEqual({
      publishedOn: "2026-11-04",
      reference: "Gmb. 2026, 7",
    });
  });
});

describe("R8: a new version sends the college back to wait for toestemming, keeping what it did", () => {
  const ctx = (s: GrProcedureState) => ({
    ...ctxOn("2026-11-10"),
    participant: s.participants[0],
    topics: s.topics,
    raadTrack: s.raadTracks.almere,
    currentVersionId: "v3",
  });

  it("a decided but unsigned college keeps only its collegebesluit", () => {
    const s = decided();
    const res = transitionCollegeTrack(
      s.collegeTracks.almere,
      { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
      ctx(s),
    );
    if (!res.ok) throw new Error(res.message);
    expect(res.state.superseded).toStrictEqual([
      { documentVersionId: "v2", collegebesluit: s.collegeTracks.almere.collegebesluit },
    ]);
    expect(res.event.reason).toBe(
      'De tekst is gewijzigd (nieuwe versie "v3"); het college moet opnieuw besluiten en ondertekenen na nieuwe toestemming.',
    );
  });

  it("refuses the version it already decided on", () => {
    const s = decided();
    const res = transitionCollegeTrack(
      s.collegeTracks.almere,
      { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v2" },
      ctx(s),
    );
    if (res.ok) throw new Error("expected a refusal");
    expect(res.message).toBe("Het college besloot al over deze versie.");
  });

  it("a track without a collegebesluit in the stand keeps no collegebesluit or signature", () => {
    const s = decided();
    const bare: CollegeTrackState = {
      id: s.collegeTracks.almere.id,
      participantId: "almere",
      status: "collegebesluit_genomen",
      superseded: [],
      documentVersionId: "v2",
    };
    const res = transitionCollegeTrack(bare, { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" }, ctx(s));
    if (!res.ok) throw new Error(res.message);
    expect(res.state.superseded).toStrictEqual([{ documentVersionId: "v2" }]);
  });

  it("a stored stand without the version or the collegebesluit is an internal error, named", () => {
    const s = decided();
    const { documentVersionId: _v, ...noVersion } = s.collegeTracks.almere;
    expect(() =>
      transitionCollegeTrack(
        noVersion as CollegeTrackState,
        { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
        ctx(s),
      ),
    ).toThrow("Interne fout: de versie van het collegebesluit ontbreekt in de opgeslagen stand.");
    const { collegebesluit: _c, ...noBesluit } = s.collegeTracks.almere;
    expect(() =>
      transitionCollegeTrack(
        noBesluit as CollegeTrackState,
        { type: "ondertekend", signedOn: "2026-11-03", documentVersionId: "v2" },
        {
          ...ctx(s),
          currentVersionId: "v2",
        },
      ),
    ).toThrow("Interne fout: het collegebesluit ontbreekt in de opgeslagen stand.");
    const g = granted();
    const { decision: _d, ...toestemming } = g.raadTracks.almere.toestemming ?? { decision: undefined };
    expect(() =>
      transitionCollegeTrack(
        g.collegeTracks.almere,
        { type: "collegebesluit_genomen", decision: { ...dec("v2", "2026-10-20"), body: "college" } },
        {
          ...ctx(g),
          currentVersionId: "v2",
          raadTrack: { ...g.raadTracks.almere, toestemming: toestemming as never },
        },
      ),
    ).toThrow("Interne fout: het toestemmingsbesluit ontbreekt in de opgeslagen stand.");
  });
});

describe("Wgr art. 1 lid 2: the voorgenomen besluit, not before the version existed", () => {
  it("names its date field and the version's creation as bound", () => {
    const s = inToestemming(fullProcedure());
    const voornemen = (on: string) =>
      college({ type: "voorgenomen_besluit_genomen", decision: { ...dec("v2", on), body: "college" } });
    expect(expectRefused(s, voornemen("2026-06-19"), "2026-09-03", "datum_te_vroeg")).toBe(
      "Datum van het voorgenomen besluit (2026-06-19) ligt vóór het opstellen van deze versie (2026-06-20).",
    );
    const res = accepted(s, voornemen("2026-06-20"), "2026-09-03");
    expect(res.event.subject).toEqual({ kind: "college_track", id: "gr-sdf:college:almere" });
    expect(res.events).toEqual([res.event]);
  });
});
