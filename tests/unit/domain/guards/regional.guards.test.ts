import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  deriveRegelingState,
  fullParticipantsNotSigned,
  inScopeParticipants,
  type GrProcedureState,
  type NotaAnswer,
  type RegionalEvent,
} from "@/lib/domain";
import {
  afterZienswijzen,
  apply,
  ctxOn,
  dec,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  sign,
} from "../procedures/fixtures";
import { expectRefused, fullProcedure } from "./support";

const regional = (event: RegionalEvent) => ({ track: "regional", event }) as const;
const FULL_IDS = ["almere", "dronten", "lelystad", "noordoostpolder", "urk"];

function allSigned(s: GrProcedureState): GrProcedureState {
  for (const id of FULL_IDS) s = sign(grantToestemming(s, id), id);
  return s;
}

const ALMERE_ANSWERS: NotaAnswer[] = [
  { participantId: "almere", pointNumber: 1, disposition: "overgenomen", answer: "Art. 4 aangepast." },
  { participantId: "almere", pointNumber: 2, disposition: "niet_overgenomen", answer: "Past in de begroting." },
];

describe("regional guards", () => {
  describe("concept and BOSD akkoord", () => {
    const fresh = fullProcedure();
    const concept = (id: string, label: string, on = "2026-03-10") =>
      regional({ type: "concept_opgesteld", documentVersionId: id, label, createdOn: on });

    it("a concept needs a version id and a label, dated not in the future", () => {
      expect(expectRefused(fresh, concept(" ", "Concept"), "2026-03-10", "ongeldige_invoer")).toContain("versie-id");
      expect(expectRefused(fresh, concept("v1", ""), "2026-03-10", "ongeldige_invoer")).toContain("versielabel");
      expectRefused(fresh, concept("v1", "Concept", "2026-03-11"), "2026-03-10", "datum_in_toekomst");
      const s = apply(fresh, concept("v1", "Concept v1"), "2026-03-10");
      expect(s.currentVersionId).toBe("v1");
      expect(s.regional).toMatchObject({ status: "concept_opgesteld", conceptVersionId: "v1" });
      expect(s.documentVersions).toEqual([{ id: "v1", label: "Concept v1", kind: "concept", createdOn: "2026-03-10" }]);
    });

    it("the BOSD agrees to the concept version, not before the concept was made", () => {
      const s = apply(fresh, concept("v1", "Concept v1"), "2026-03-10");
      expectRefused(
        s,
        regional({ type: "bosd_akkoord", decision: { ...dec("v1", "2026-03-09"), body: "bosd" } }),
        "2026-03-20",
        "datum_te_vroeg",
      );
      expectRefused(
        s,
        regional({ type: "bosd_akkoord", decision: { ...dec("v0", "2026-03-20"), body: "bosd" } }),
        "2026-03-20",
        "versie_komt_niet_overeen",
      );
      const ok = apply(
        s,
        regional({ type: "bosd_akkoord", decision: { ...dec("v1", "2026-03-20"), body: "bosd" } }),
        "2026-03-20",
      );
      expect(ok.regional.bosdAkkoord?.decidedOn).toBe("2026-03-20");
      expect(deriveRegelingState(ok)).toBe("bosd_akkoord");
    });
  });

  describe("zienswijzeprocedure (Wgr art. 1 lid 2 and 3)", () => {
    it("opens on the version the BOSD agreed to, not before that akkoord", () => {
      let s = apply(
        fullProcedure(),
        regional({ type: "concept_opgesteld", documentVersionId: "v1", label: "C", createdOn: "2026-03-10" }),
        "2026-03-10",
      );
      s = apply(
        s,
        regional({ type: "bosd_akkoord", decision: { ...dec("v1", "2026-03-20"), body: "bosd" } }),
        "2026-03-20",
      );
      const msg = expectRefused(
        s,
        regional({ type: "zienswijzeprocedure_geopend", documentVersionId: "v9", openedOn: "2026-03-27" }),
        "2026-03-27",
        "versie_komt_niet_overeen",
      );
      expect(msg).toContain('"v1"');
      expectRefused(
        s,
        regional({ type: "zienswijzeprocedure_geopend", documentVersionId: "v1", openedOn: "2026-03-19" }),
        "2026-03-27",
        "datum_te_vroeg",
      );
      const open = apply(
        s,
        regional({ type: "zienswijzeprocedure_geopend", documentVersionId: "v1", openedOn: "2026-03-20" }),
        "2026-03-27",
      );
      expect(open.regional.zienswijzeprocedure).toEqual({ documentVersionId: "v1", openedOn: "2026-03-20" });
    });

    it("closes only after the opening and once every in-scope raad received the ontwerp and its window closed", () => {
      const opened = inZienswijzeprocedure(fullProcedure());
      const close = (on: string) => regional({ type: "zienswijzeprocedure_gesloten", closedOn: on });
      expect(expectRefused(opened, close("2026-05-27"), "2026-05-27", "vereiste_stap_ontbreekt")).toContain(
        "ontwerp nog niet ontvangen",
      );
      const done = afterZienswijzen(fullProcedure());
      expectRefused(done, close("2026-03-26"), "2026-05-27", "datum_te_vroeg");
      const closed = apply(done, close("2026-05-27"), "2026-05-27");
      expect(closed.regional.zienswijzeprocedure).toEqual({
        documentVersionId: "v1",
        openedOn: "2026-03-27",
        closedOn: "2026-05-27",
      });
      expect(deriveRegelingState(closed)).toBe("verwerking");
    });

    it("a raad whose zienswijze window still runs keeps the procedure open, and the message names its deadline", () => {
      let s = inZienswijzeprocedure(fullProcedure());
      for (const id of FULL_IDS) {
        s = apply(
          s,
          {
            track: "raad",
            participantId: id,
            event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
          },
          "2026-03-30",
        );
      }
      const msg = expectRefused(
        s,
        regional({ type: "zienswijzeprocedure_gesloten", closedOn: "2026-04-30" }),
        "2026-04-30",
        "vereiste_stap_ontbreekt",
      );
      expect(msg).toContain("Almere (termijn loopt tot en met 2026-05-26)");
    });
  });

  describe("nota van beantwoording (R5: every zienswijzepunt answered)", () => {
    const closed = apply(
      afterZienswijzen(fullProcedure()),
      regional({ type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" }),
      "2026-05-27",
    );
    const nota = (answers: NotaAnswer[], on = "2026-06-15") =>
      regional({ type: "nota_van_beantwoording_vastgesteld", decidedOn: on, answers });

    it("not before the zienswijzeprocedure closed", () => {
      expectRefused(closed, nota(ALMERE_ANSWERS, "2026-05-26"), "2026-06-15", "datum_te_vroeg");
    });

    it("names every point still unanswered", () => {
      const msg = expectRefused(closed, nota([ALMERE_ANSWERS[0]]), "2026-06-15", "vereiste_stap_ontbreekt");
      expect(msg).toContain("Almere punt 2");
      expect(msg).not.toContain("Almere punt 1");
    });

    it("each answer needs a disposition from the list and a text", () => {
      const bad = (a: Partial<NotaAnswer>) => [{ ...ALMERE_ANSWERS[0], ...a } as NotaAnswer, ALMERE_ANSWERS[1]];
      expectRefused(closed, nota(bad({ disposition: "misschien" as never })), "2026-06-15", "ongeldige_invoer");
      expectRefused(closed, nota(bad({ answer: "  " })), "2026-06-15", "ongeldige_invoer");
      expectRefused(closed, nota(bad({ answer: undefined as never })), "2026-06-15", "ongeldige_invoer");
      expectRefused(closed, nota("geen lijst" as never), "2026-06-15", "ongeldige_invoer");
    });

    it("an answer to a point nobody made is refused", () => {
      const extra = [
        ...ALMERE_ANSWERS,
        { participantId: "dronten", pointNumber: 1, disposition: "overgenomen" as const, answer: "?" },
      ];
      expect(expectRefused(closed, nota(extra), "2026-06-15", "ongeldige_invoer")).toContain("dronten punt 1");
    });

    it("all points answered: the nota is recorded with its answers", () => {
      const s = apply(closed, nota(ALMERE_ANSWERS), "2026-06-15");
      expect(s.regional.notaVanBeantwoording).toEqual({ decidedOn: "2026-06-15", answers: ALMERE_ANSWERS });
      expect(s.regional.status).toBe("nota_van_beantwoording_gereed");
    });
  });

  describe("definitive version and toestemmingsprocedure (Wgr art. 1 lid 1)", () => {
    const withNota = apply(
      apply(
        afterZienswijzen(fullProcedure()),
        regional({ type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" }),
        "2026-05-27",
      ),
      regional({ type: "nota_van_beantwoording_vastgesteld", decidedOn: "2026-06-15", answers: ALMERE_ANSWERS }),
      "2026-06-15",
    );
    const definitive = (id: string, on = "2026-06-20") =>
      regional({ type: "definitieve_versie_vastgesteld", documentVersionId: id, label: "Definitief", createdOn: on });

    it("the definitive version is a new version, not before the nota", () => {
      expect(expectRefused(withNota, definitive("v1"), "2026-06-20", "ongeldige_invoer")).toContain('"v1"');
      expectRefused(withNota, definitive("v2", "2026-06-14"), "2026-06-20", "datum_te_vroeg");
      const s = apply(withNota, definitive("v2"), "2026-06-20");
      expect(s.currentVersionId).toBe("v2");
      expect(s.regional.definitiveVersionId).toBe("v2");
      expect(s.documentVersions.map((v) => [v.id, v.kind])).toEqual([
        ["v1", "concept"],
        ["v2", "definitief"],
      ]);
      expect(deriveRegelingState(s)).toBe("definitief");
    });

    it("the toestemmingsprocedure opens on the definitive version, not before it was made", () => {
      const s = apply(withNota, definitive("v2"), "2026-06-20");
      const open = (id: string, on: string) =>
        regional({ type: "toestemmingsprocedure_geopend", documentVersionId: id, openedOn: on });
      expect(expectRefused(s, open("v1", "2026-09-01"), "2026-09-01", "versie_komt_niet_overeen")).toContain('"v2"');
      expectRefused(s, open("v2", "2026-06-19"), "2026-09-01", "datum_te_vroeg");
      const opened = apply(s, open("v2", "2026-06-20"), "2026-09-01");
      expect(opened.regional.toestemmingsprocedure).toEqual({ documentVersionId: "v2", openedOn: "2026-06-20" });
    });
  });

  describe("herziene versie (R8: a changed text needs new toestemming and new signatures)", () => {
    const revise = (id: string, reason: string, on = "2026-10-10") =>
      regional({
        type: "herziene_versie_gepubliceerd",
        documentVersionId: id,
        label: "Herzien",
        createdOn: on,
        reason,
      });

    it("needs a new id, a reason, and a date not before the toestemmingsprocedure opened", () => {
      const s = inToestemming(fullProcedure());
      expectRefused(s, revise("v2", "Tekstfout"), "2026-10-10", "ongeldige_invoer");
      expect(expectRefused(s, revise("v3", " "), "2026-10-10", "ongeldige_invoer")).toContain("reden");
      expectRefused(s, revise("v3", "Tekstfout", "2026-08-31"), "2026-10-10", "datum_te_vroeg");
    });

    it("voids the toestemming and the signature on the old version; untouched tracks stay as they are", () => {
      let s = inToestemming(fullProcedure());
      s = sign(grantToestemming(s, "almere"), "almere", "v2", "2026-10-08");
      s = apply(
        s,
        {
          track: "raad",
          participantId: "dronten",
          event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" },
        },
        "2026-09-02",
      );
      const before = s;
      const res = applyGrCommand(s, revise("v3", "Artikel 12 gewijzigd"), ctxOn("2026-10-10"));
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      const after = res.state;
      expect(after.currentVersionId).toBe("v3");
      expect(after.regional.toestemmingsprocedure).toEqual({ documentVersionId: "v3", openedOn: "2026-09-01" });
      expect(after.documentVersions.at(-1)).toEqual({
        id: "v3",
        label: "Herzien",
        kind: "herzien",
        createdOn: "2026-10-10",
      });
      expect(after.raadTracks.almere.status).toBe("herbesluit_nodig");
      expect(after.raadTracks.dronten.status).toBe("herbesluit_nodig");
      expect(after.collegeTracks.almere.status).toBe("wacht_op_toestemming");
      expect(after.collegeTracks.almere.superseded).toHaveLength(1);
      // A raad still in the zienswijze phase and a college that never decided are not touched.
      expect(after.raadTracks.lelystad).toEqual(before.raadTracks.lelystad);
      expect(after.collegeTracks.dronten).toEqual(before.collegeTracks.dronten);
      expect(before.raadTracks.almere.status).toBe("toestemming_verleend"); // the input is not mutated
      expect(res.event.reason).toBe("Artikel 12 gewijzigd");
      expect(res.event.subject).toEqual({ kind: "gr_procedure", id: s.id });
      const cascaded = res.events.slice(1).map((e) => `${e.subject.kind}:${e.to}`);
      expect(cascaded.sort()).toEqual([
        "college_track:wacht_op_toestemming",
        "raad_track:herbesluit_nodig",
        "raad_track:herbesluit_nodig",
      ]);
      expect(deriveRegelingState(after)).toBe("toestemmingsprocedure");
    });
  });

  describe("bekendmaking and inwerkingtreding (R5/R11: only after every full participant signed)", () => {
    const publish = (on: string, reference?: string) =>
      regional({ type: "bekendmaking_geregistreerd", publishedOn: on, ...(reference ? { reference } : {}) });

    it("Wgr art. 1 lid 1: no bekendmaking while one full participant has not signed the current version", () => {
      let s = inToestemming(fullProcedure());
      for (const id of FULL_IDS.slice(0, 4)) s = sign(grantToestemming(s, id), id);
      s = grantToestemming(s, "urk"); // toestemming, but no signature yet
      const msg = expectRefused(s, publish("2026-12-15"), "2026-12-15", "vereiste_stap_ontbreekt");
      expect(msg).toContain("Urk");
      expect(msg).not.toContain("Almere");
      expect(fullParticipantsNotSigned(s)).toEqual(["Urk"]);
      const twoMissing = { ...s, collegeTracks: { ...s.collegeTracks, lelystad: { ...s.collegeTracks.urk } } };
      expect(expectRefused(twoMissing, publish("2026-12-15"), "2026-12-15", "vereiste_stap_ontbreekt")).toContain(
        "raad: Lelystad, Urk.",
      );
    });

    it("fullParticipantsNotSigned: a signature counts only on the current version and after toestemming on it", () => {
      const s = allSigned(inToestemming(fullProcedure()));
      expect(fullParticipantsNotSigned(s)).toEqual([]);
      // Published own besluit still counts as signed.
      const published = apply(
        s,
        { track: "college", participantId: "urk", event: { type: "besluit_bekendgemaakt", publishedOn: "2026-11-04" } },
        "2026-11-04",
      );
      expect(fullParticipantsNotSigned(published)).toEqual([]);
      // Signed an older version.
      const oldSig = {
        ...s,
        collegeTracks: { ...s.collegeTracks, urk: { ...s.collegeTracks.urk, documentVersionId: "v1" } },
      };
      expect(fullParticipantsNotSigned(oldSig)).toEqual(["Urk"]);
      // Signed, but the raad's toestemming is not (any more) on this version.
      const noConsent = {
        ...s,
        raadTracks: { ...s.raadTracks, urk: { ...s.raadTracks.urk, status: "herbesluit_nodig" as const } },
      };
      expect(fullParticipantsNotSigned(noConsent)).toEqual(["Urk"]);
      // Only collegebesluit, no signature.
      const unsigned = {
        ...s,
        collegeTracks: {
          ...s.collegeTracks,
          urk: { ...s.collegeTracks.urk, status: "collegebesluit_genomen" as const },
        },
      };
      expect(fullParticipantsNotSigned(unsigned)).toEqual(["Urk"]);
      // An addendum participant is not a full participant.
      const withAddendum = {
        ...s,
        participants: [
          ...s.participants,
          { id: "zw", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["jeugd"] },
        ],
      };
      expect(fullParticipantsNotSigned(withAddendum)).toEqual([]);
      expect(inScopeParticipants(withAddendum).map((p) => p.id)).toContain("zw");
      expect(inScopeParticipants({ ...withAddendum, topics: ["wmo"] }).map((p) => p.id)).not.toContain("zw");
    });

    it("the bekendmaking is not before the last signature; the reference is kept when given", () => {
      let s = inToestemming(fullProcedure());
      FULL_IDS.forEach((id, i) => {
        s = sign(grantToestemming(s, id), id, "v2", `2026-11-0${i + 2}`);
      });
      expectRefused(s, publish("2026-11-05"), "2026-12-15", "datum_te_vroeg");
      expectRefused(s, publish("2026-12-16"), "2026-12-15", "datum_in_toekomst");
      expect(apply(s, publish("2026-11-06"), "2026-12-15").regional.bekendmaking).toEqual({
        publishedOn: "2026-11-06",
      });
      const withRef = apply(s, publish("2026-12-15", "Gmb. 2026, 1"), "2026-12-15");
      expect(withRef.regional.bekendmaking).toEqual({ publishedOn: "2026-12-15", reference: "Gmb. 2026, 1" });
      expect(deriveRegelingState(withRef)).toBe("bekendgemaakt");
    });

    it("Awb 3:40: the inwerkingtreding is not before the bekendmaking", () => {
      const s = apply(allSigned(inToestemming(fullProcedure())), publish("2026-12-15"), "2026-12-15");
      expectRefused(
        s,
        regional({ type: "inwerkingtreding_geregistreerd", effectiveOn: "2026-12-14" }),
        "2027-01-01",
        "datum_te_vroeg",
      );
      const inForce = apply(
        s,
        regional({ type: "inwerkingtreding_geregistreerd", effectiveOn: "2027-01-01" }),
        "2027-01-01",
      );
      expect(inForce.regional.inwerkingtreding).toEqual({ effectiveOn: "2027-01-01" });
      expect(deriveRegelingState(inForce)).toBe("in_werking");
    });
  });
});
