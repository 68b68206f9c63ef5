import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  deriveRegelingState,
  summarizeRegeling,
  type GrCommand,
  type GrProcedureState,
} from "@/lib/domain";
import {
  afterZienswijzen,
  apply,
  ctxOn,
  dec,
  FULL,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  newProcedure,
  refusal,
  sign,
} from "./fixtures";
import { must } from "@/tests/integration/helpers/must";

describe("regional steps and the derived regeling state", () => {
  it("walks the whole procedure; the derived state follows the steps", () => {
    let s = newProcedure();
    expect(deriveRegelingState(s)).toBe("concept");
    s = inZienswijzeprocedure(s);
    expect(deriveRegelingState(s)).toBe("zienswijzeprocedure");
    s = inToestemming();
    expect(deriveRegelingState(s)).toBe("toestemmingsprocedure");
    for (const id of FULL) s = grantToestemming(s, id);
    expect(deriveRegelingState(s)).toBe("ondertekening");
    for (const id of FULL) s = sign(s, id);
    s = apply(
      s,
      {
        track: "regional",
        event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15", reference: "Gmb. 2026, 1" },
      },
      "2026-12-15",
    );
    expect(deriveRegelingState(s)).toBe("bekendgemaakt");
    s = apply(
      s,
      { track: "regional", event: { type: "inwerkingtreding_geregistreerd", effectiveOn: "2027-01-01" } },
      "2027-01-01",
    );
    expect(deriveRegelingState(s)).toBe("in_werking");
    // JSON-serialisable
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("nothing before its predecessor: BOSD akkoord needs a concept, opening needs akkoord", () => {
    const s = newProcedure();
    const r = refusal(
      s,
      { track: "regional", event: { type: "bosd_akkoord", decision: dec("v1", "2026-03-20") } },
      "2026-03-20",
    );
    expect(r.code).toBe("ongeldige_overgang");
    expect(r.message).toContain("Concept opgesteld");
  });

  it("R5: the nota van beantwoording must answer every point", () => {
    let s = afterZienswijzen();
    s = apply(
      s,
      { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
      "2026-05-27",
    );
    const r = refusal(
      s,
      {
        track: "regional",
        event: {
          type: "nota_van_beantwoording_vastgesteld",
          decidedOn: "2026-06-15",
          answers: [{ participantId: "almere", pointNumber: 1, disposition: "overgenomen", answer: "ok" }],
        },
      },
      "2026-06-15",
    );
    expect(r.code).toBe("vereiste_stap_ontbreekt");
    expect(r.message).toContain("Almere punt 2");
  });

  it("the zienswijzeprocedure cannot close while a window is open or a raad has not received the ontwerp", () => {
    let s = inZienswijzeprocedure();
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      "2026-03-30",
    );
    const r = refusal(
      s,
      { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-04-30" } },
      "2026-04-30",
    );
    expect(r.message).toContain("Almere (ontwerp nog niet ontvangen)");
    expect(r.message).toContain("Urk (termijn loopt tot en met 2026-05-26)");
  });
});

describe("raad track: zienswijze (R1–R4)", () => {
  it("R1: no zienswijze before receipt; receipt needs an open zienswijzeprocedure", () => {
    const s0 = newProcedure();
    expect(
      refusal(
        s0,
        {
          track: "raad",
          participantId: "urk",
          event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
        },
        "2026-03-30",
      ).code,
    ).toBe("vereiste_stap_ontbreekt");
    const s = inZienswijzeprocedure();
    expect(
      refusal(
        s,
        { track: "raad", participantId: "urk", event: { type: "geen_zienswijze", decidedOn: "2026-04-01" } },
        "2026-04-01",
      ).code,
    ).toBe("ongeldige_overgang");
  });

  it("R2/R25: receipt at the griffie computes the statutory 8-week deadline with the Atw", () => {
    const s = apply(
      inZienswijzeprocedure(),
      {
        track: "raad",
        participantId: "almere",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      "2026-03-31",
    );
    const zw = must(s.raadTracks.almere.zienswijze, "zienswijze");
    expect(zw.deadline).toMatchObject({
      start: "2026-03-30",
      period: "P8W",
      kind: "statutory",
      nominalEnd: "2026-05-25",
      end: "2026-05-26",
    });
  });

  it("refuses a receipt date in the future, or before the procedure opened, or for another version", () => {
    const s = inZienswijzeprocedure();
    const cmd = (receivedOn: string, documentVersionId = "v1"): GrCommand => ({
      track: "raad",
      participantId: "urk",
      event: { type: "ontwerp_ontvangen", receivedOn, documentVersionId },
    });
    expect(refusal(s, cmd("2026-04-05"), "2026-04-01").code).toBe("datum_in_toekomst");
    expect(refusal(s, cmd("2026-03-20"), "2026-04-01").code).toBe("datum_te_vroeg");
    expect(refusal(s, cmd("2026-03-30", "v9"), "2026-04-01").code).toBe("versie_komt_niet_overeen");
  });

  it("R4: 'geen zienswijze' closes the window, so the toestemmingsvoorstel is received right away", () => {
    let s = inToestemming();
    // Dronten gave "geen zienswijze" → allowed right away
    s = apply(
      s,
      {
        track: "raad",
        participantId: "dronten",
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
      },
      "2026-09-02",
    );
    expect(s.raadTracks.dronten.status).toBe("toestemming_ontvangen");
  });

  it("R4: a raad whose deadline has not passed cannot receive the toestemmingsvoorstel", () => {
    // Urk receives late (2026-05-01) and decides nothing; the others close the window.
    let s = inZienswijzeprocedure();
    for (const id of ["almere", "dronten", "lelystad", "noordoostpolder"]) {
      s = apply(
        s,
        {
          track: "raad",
          participantId: id,
          event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
        },
        "2026-03-30",
      );
      s = apply(
        s,
        { track: "raad", participantId: id, event: { type: "geen_zienswijze", decidedOn: "2026-04-20" } },
        "2026-04-20",
      );
    }
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-05-01", documentVersionId: "v1" },
      },
      "2026-05-01",
    );
    expect(s.raadTracks.urk.zienswijze?.deadline.end).toBe("2026-06-26");
    const close = (d: string): GrCommand => ({
      track: "regional",
      event: { type: "zienswijzeprocedure_gesloten", closedOn: d },
    });
    const voorstel = (receivedOn: string, documentVersionId = "v1"): GrCommand => ({
      track: "raad",
      participantId: "urk",
      event: { type: "toestemmingsvoorstel_ontvangen", receivedOn, documentVersionId },
    });
    // While Urk's window runs the regional procedure cannot move on, so the voorstel is refused.
    expect(refusal(s, voorstel("2026-06-20"), "2026-06-20").code).toBe("vereiste_stap_ontbreekt");
    refusal(s, close("2026-06-26"), "2026-06-26"); // last day of the period: still open
    s = apply(s, close("2026-06-27"), "2026-06-27");
    expect(deriveRegelingState(s)).toBe("verwerking");

    // The regional close above normally prevents the next state; the raad track guards R4 on its own
    // as well, so put Urk back in an open window while the toestemmingsprocedure is open.
    const open = inToestemming();
    const urk = open.raadTracks.urk;
    if (!urk.zienswijze) throw new Error("fixture: Urk received the ontwerp");
    const reopened: GrProcedureState = {
      ...open,
      raadTracks: {
        ...open.raadTracks,
        urk: {
          ...urk,
          status: "ontvangen",
          zienswijze: {
            ...urk.zienswijze,
            waived: undefined,
            deadline: { ...urk.zienswijze.deadline, end: "2026-09-10" },
          },
        },
      },
    };
    const refused = refusal(reopened, voorstel("2026-09-02", "v2"), "2026-09-02");
    expect(refused.code).toBe("vereiste_stap_ontbreekt");
    expect(refused.message).toContain("De zienswijzetermijn van Urk loopt nog (tot en met 2026-09-10)");
    // The day after the window closed the same voorstel is accepted.
    const later = apply(reopened, voorstel("2026-09-11", "v2"), "2026-09-11");
    expect(later.raadTracks.urk.status).toBe("toestemming_ontvangen");
  });

  it("zienswijze needs numbered points and a decision on the received version; late ones are flagged", () => {
    let s = inZienswijzeprocedure();
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      "2026-03-30",
    );
    const z = (
      points: { number: number; subject: string; text: string }[],
      version = "v1",
      on = "2026-05-20",
    ): GrCommand => ({
      track: "raad",
      participantId: "urk",
      event: { type: "zienswijze_vastgesteld", decision: dec(version, on), points },
    });
    expect(refusal(s, z([]), "2026-05-20").code).toBe("ongeldige_invoer");
    expect(refusal(s, z([{ number: 1, subject: "", text: "x" }]), "2026-05-20").code).toBe("ongeldige_invoer");
    expect(refusal(s, z([{ number: 1, subject: "art 1", text: "x" }], "v2"), "2026-05-20").code).toBe(
      "versie_komt_niet_overeen",
    );
    const late = apply(s, z([{ number: 1, subject: "art 1", text: "x" }], "v1", "2026-06-02"), "2026-06-02");
    expect(late.raadTracks.urk.zienswijze?.late).toBe(true);
  });
});

describe("raad track: toestemming (R6–R9)", () => {
  const receive = (s: GrProcedureState, id: string) =>
    apply(
      s,
      {
        track: "raad",
        participantId: id,
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
      },
      "2026-09-02",
    );
  const agenda = (s: GrProcedureState, id: string) =>
    apply(
      s,
      {
        track: "raad",
        participantId: id,
        event: { type: "toestemming_geagendeerd", agenda: { raadDate: "2026-10-07" } },
      },
      "2026-09-10",
    );

  it("R4: before the toestemmingsprocedure opened the voorstel is refused", () => {
    const s = afterZienswijzen();
    const r = refusal(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v1" },
      },
      "2026-09-02",
    );
    expect(r.code).toBe("vereiste_stap_ontbreekt");
  });

  it("a decision needs the item on the agenda first", () => {
    const s = receive(inToestemming(), "urk");
    expect(
      refusal(
        s,
        {
          track: "raad",
          participantId: "urk",
          event: { type: "toestemming_verleend", decision: dec("v2", "2026-10-07") },
        },
        "2026-10-07",
      ).code,
    ).toBe("ongeldige_overgang");
  });

  it("R7: refusal only on the two legal grounds, with a motivation", () => {
    const s = agenda(receive(inToestemming(), "urk"), "urk");
    const weiger = (ground: string, motivation: string): GrCommand => ({
      track: "raad",
      participantId: "urk",
      event: { type: "toestemming_geweigerd", decision: dec("v2", "2026-10-07"), ground, motivation },
    });
    expect(refusal(s, weiger("te_duur", "Te duur."), "2026-10-07").code).toBe("ongeldige_weigeringsgrond");
    expect(refusal(s, weiger("strijd_met_het_recht", "  "), "2026-10-07").code).toBe("ongeldige_invoer");
    const ok = apply(
      s,
      weiger("strijd_met_het_algemeen_belang", "Onvoldoende gedaan met de zienswijze."),
      "2026-10-07",
    );
    expect(ok.raadTracks.urk.toestemming?.refusal).toEqual({
      ground: "strijd_met_het_algemeen_belang",
      motivation: "Onvoldoende gedaan met de zienswijze.",
      meetsWgrGrounds: true,
    });
  });

  it("aanhouden needs a later expected date, and can be followed by a decision", () => {
    let s = agenda(receive(inToestemming(), "urk"), "urk");
    const hold = (expectedDate: string): GrCommand => ({
      track: "raad",
      participantId: "urk",
      event: {
        type: "toestemming_aangehouden",
        decidedOn: "2026-10-07",
        expectedDate,
        reason: "Meer informatie gevraagd",
      },
    });
    expect(refusal(s, hold("2026-10-07"), "2026-10-07").code).toBe("ongeldige_invoer");
    s = apply(s, hold("2026-11-04"), "2026-10-07");
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "toestemming_aangehouden", decidedOn: "2026-11-04", expectedDate: "2026-12-02" },
      },
      "2026-11-04",
    );
    expect(s.raadTracks.urk.toestemming?.aanhoudingen).toHaveLength(2);
    expect(
      refusal(
        s,
        {
          track: "raad",
          participantId: "urk",
          event: { type: "toestemming_verleend", decision: dec("v2", "2026-11-01") },
        },
        "2026-12-02",
      ).code,
    ).toBe("datum_te_vroeg");
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "toestemming_verleend", decision: dec("v2", "2026-12-02") },
      },
      "2026-12-02",
    );
    expect(s.raadTracks.urk.status).toBe("toestemming_verleend");
  });

  it("R9: a decision without quorum is refused unless the meeting was reconvened (Gemeentewet art. 20)", () => {
    const s = agenda(receive(inToestemming(), "urk"), "urk");
    const verleen = (aanwezig: number, reconvenedArt20 = false): GrCommand => ({
      track: "raad",
      participantId: "urk",
      event: {
        type: "toestemming_verleend",
        decision: {
          ...dec("v2", "2026-10-07"),
          votes: { for: aanwezig, against: 0, zittingHebbendeLeden: 15, aanwezig, reconvenedArt20 },
        },
      },
    });
    expect(refusal(s, verleen(7), "2026-10-07").code).toBe("quorum_niet_gehaald");
    expect(apply(s, verleen(8), "2026-10-07").raadTracks.urk.status).toBe("toestemming_verleend");
    expect(apply(s, verleen(1, true), "2026-10-07").raadTracks.urk.status).toBe("toestemming_verleend");
  });
});

describe("college track (R6, R12, R24)", () => {
  it("R6: no collegebesluit or signature while the own raad has not granted toestemming", () => {
    let s = inToestemming();
    s = grantToestemming(s, "almere");
    const r = refusal(
      s,
      {
        track: "college",
        participantId: "urk",
        event: { type: "collegebesluit_genomen", decision: dec("v2", "2026-11-03") },
      },
      "2026-11-03",
    );
    expect(r.code).toBe("vereiste_stap_ontbreekt");
    expect(r.message).toContain("Urk");
    // Almere's toestemming does not help Urk; Almere itself may proceed
    s = sign(s, "almere");
    expect(s.collegeTracks.almere.status).toBe("ondertekend");
    expect(
      refusal(
        s,
        {
          track: "college",
          participantId: "urk",
          event: { type: "ondertekend", signedOn: "2026-11-03", documentVersionId: "v2" },
        },
        "2026-11-03",
      ).code,
    ).toBe("ongeldige_overgang");
  });

  it("R24: one raad's refusal blocks only its own college — and the entry into force", () => {
    let s = inToestemming();
    for (const id of FULL.filter((x) => x !== "urk")) s = sign(grantToestemming(s, id), id);
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
      },
      "2026-10-07",
    );
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "toestemming_geagendeerd", agenda: { raadDate: "2026-10-07" } },
      },
      "2026-10-07",
    );
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: {
          type: "toestemming_geweigerd",
          decision: dec("v2", "2026-10-07"),
          ground: "strijd_met_het_recht",
          motivation: "x",
        },
      },
      "2026-10-07",
    );
    expect(s.collegeTracks.almere.status).toBe("ondertekend");
    expect(
      refusal(
        s,
        {
          track: "college",
          participantId: "urk",
          event: { type: "collegebesluit_genomen", decision: dec("v2", "2026-11-03") },
        },
        "2026-11-03",
      ).code,
    ).toBe("vereiste_stap_ontbreekt");
    const r = refusal(
      s,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
      "2026-12-15",
    );
    expect(r.message).toContain("Urk");
    expect(deriveRegelingState(s)).toBe("toestemmingsprocedure");
  });

  it("R12: own publication after signing", () => {
    let s = sign(grantToestemming(inToestemming(), "urk"), "urk");
    expect(
      refusal(
        s,
        { track: "college", participantId: "urk", event: { type: "besluit_bekendgemaakt", publishedOn: "2026-11-01" } },
        "2026-11-10",
      ).code,
    ).toBe("datum_te_vroeg");
    s = apply(
      s,
      {
        track: "college",
        participantId: "urk",
        event: { type: "besluit_bekendgemaakt", publishedOn: "2026-11-05", reference: "Gmb. Urk" },
      },
      "2026-11-10",
    );
    expect(s.collegeTracks.urk.publication).toEqual({ publishedOn: "2026-11-05", reference: "Gmb. Urk" });
  });
});

describe("R8: a new version makes earlier toestemming stale", () => {
  it("granted raden need a new decision, signed colleges go back to waiting; the old version cannot be signed", () => {
    let s = inToestemming();
    s = sign(grantToestemming(s, "almere"), "almere");
    s = grantToestemming(s, "urk");
    const res = applyGrCommand(
      s,
      {
        track: "regional",
        event: {
          type: "herziene_versie_gepubliceerd",
          documentVersionId: "v3",
          label: "Herzien v3",
          createdOn: "2026-11-10",
          reason: "Deelnemers gewijzigd",
        },
      },
      ctxOn("2026-11-10"),
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    s = res.state;
    expect(res.events.map((e) => `${e.subject.kind}:${e.type}:${e.to}`)).toEqual([
      "gr_procedure:herziene_versie_gepubliceerd:toestemmingsprocedure_geopend",
      "raad_track:nieuwe_versie_gepubliceerd:herbesluit_nodig",
      "college_track:nieuwe_versie_gepubliceerd:wacht_op_toestemming",
      "raad_track:nieuwe_versie_gepubliceerd:herbesluit_nodig",
    ]);
    expect(s.raadTracks.almere.status).toBe("herbesluit_nodig");
    expect(s.raadTracks.almere.superseded[0].documentVersionId).toBe("v2");
    expect(s.collegeTracks.almere.status).toBe("wacht_op_toestemming");
    expect(s.raadTracks.dronten.status).toBe("geen_zienswijze"); // untouched
    // a decision on the old version is refused
    expect(
      refusal(
        s,
        {
          track: "raad",
          participantId: "almere",
          event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-11-11", documentVersionId: "v2" },
        },
        "2026-11-11",
      ).code,
    ).toBe("versie_komt_niet_overeen");
    s = apply(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-11-11", documentVersionId: "v3" },
      },
      "2026-11-11",
    );
    s = apply(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "toestemming_geagendeerd", agenda: { raadDate: "2026-12-01" } },
      },
      "2026-11-12",
    );
    s = apply(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "toestemming_verleend", decision: dec("v3", "2026-12-01") },
      },
      "2026-12-01",
    );
    expect(summarizeRegeling(s).onOtherVersion).toEqual(["urk"]);
  });
});

describe("R11: entry into force", () => {
  function published(): GrProcedureState {
    let s = inToestemming();
    for (const id of FULL) s = sign(grantToestemming(s, id), id);
    return apply(
      s,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
      "2026-12-15",
    );
  }
  it("not before the publication date, not in the future", () => {
    const s = published();
    const inForce = (d: string): GrCommand => ({
      track: "regional",
      event: { type: "inwerkingtreding_geregistreerd", effectiveOn: d },
    });
    expect(refusal(s, inForce("2026-12-14"), "2026-12-20").code).toBe("datum_te_vroeg");
    expect(refusal(s, inForce("2027-01-01"), "2026-12-20").code).toBe("datum_in_toekomst");
    // Awb art. 3:40: not on the day of publication itself — only from the day after.
    const sameDay = refusal(s, inForce("2026-12-15"), "2026-12-20");
    expect(sameDay.code).toBe("datum_te_vroeg");
    expect(sameDay.message).toContain("uiterlijk op 2026-12-14");
    expect(sameDay.message).toContain("op zijn vroegst op 2026-12-16");
    expect(apply(s, inForce("2026-12-16"), "2026-12-20").regional.inwerkingtreding).toEqual({
      effectiveOn: "2026-12-16",
    });
  });

  it("Zeewolde (addendum, no party to the new GR) has no college track; the five parties signed", () => {
    const s = published();
    expect(s.collegeTracks.zeewolde).toBeUndefined();
    expect(s.regional.status).toBe("bekendgemaakt");
  });
});

describe("addendum scope", () => {
  it("Zeewolde (addendum to the Centrumregeling 2015) cannot act on the new GR, also within its topics", () => {
    for (const topics of [["jeugd"], ["jeugd", "wmo", "zorg_en_veiligheid"]]) {
      const s = inZienswijzeprocedure(newProcedure(topics));
      const r = refusal(
        s,
        {
          track: "raad",
          participantId: "zeewolde",
          event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
        },
        "2026-03-30",
      );
      expect(r.code).toBe("onbekende_deelnemer");
    }
  });

  it("…and the zienswijzeprocedure closes on the five parties' tracks alone", () => {
    let s = afterZienswijzen(newProcedure(["jeugd"]));
    s = apply(
      s,
      { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
      "2026-05-27",
    );
    expect(s.regional.status).toBe("zienswijzeprocedure_gesloten");
  });

  it("no party, no track: Zeewolde has no raad track on the new GR (issue 20 point 3)", () => {
    const s = afterZienswijzen();
    expect(s.raadTracks.zeewolde).toBeUndefined();
    expect(Object.keys(s.raadTracks)).toHaveLength(5);
  });

  it("unknown participant is refused", () => {
    expect(
      refusal(
        inZienswijzeprocedure(),
        { track: "raad", participantId: "amsterdam", event: { type: "geen_zienswijze", decidedOn: "2026-04-01" } },
        "2026-04-01",
      ).code,
    ).toBe("onbekende_deelnemer");
  });
});

describe("domain events (audit trail input)", () => {
  it("carry actor, timestamp, from/to, subject and payload", () => {
    const s = inZienswijzeprocedure();
    const res = applyGrCommand(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      { actor: { userId: "griffier-urk", role: "griffier", gemeenteId: "urk" }, now: "2026-03-31T08:00:00.000Z" },
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.event).toEqual({
      type: "ontwerp_ontvangen",
      actor: { userId: "griffier-urk", role: "griffier", gemeenteId: "urk" },
      at: "2026-03-31T08:00:00.000Z",
      from: "nog_niet_ontvangen",
      to: "ontvangen",
      subject: { kind: "raad_track", id: "gr-sdf:raad:urk" },
      payload: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      reason: "Zienswijzetermijn (Wgr art. 1 lid 3) loopt tot en met 2026-05-26.",
    });
    expect(res.events).toEqual([res.event]);
  });

  it("derives 'today' from `now` in Europe/Amsterdam when not given", () => {
    const s = inZienswijzeprocedure();
    // 23:30 UTC on 29 March is already 30 March in Amsterdam (CEST)
    const res = applyGrCommand(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      { actor: { userId: null, role: "griffier", gemeenteId: "urk" }, now: "2026-03-29T23:30:00.000Z" },
    );
    expect(res.ok).toBe(true);
  });
});
