import { describe, expect, it } from "vitest";
import { forecast, formatForecastTable, type ForecastInput, type ForecastParticipantInput } from "@/lib/domain";
import { inputFor } from "./fixtures";

const waiting = { status: "wacht_op_toestemming" as const };
const p = (
  x: Partial<ForecastParticipantInput> & Pick<ForecastParticipantInput, "id" | "name">,
): ForecastParticipantInput => ({
  scope: "full",
  raadTrack: { status: "geen_zienswijze" },
  collegeTrack: waiting,
  meetings: [],
  recesses: [],
  ...x,
});

const base = (): ForecastInput =>
  inputFor("2026-09-01", { toestemmingsprocedureOpensOn: "2026-09-01" }, [
    p({
      id: "almere",
      name: "Almere",
      meetings: [
        { kind: "commissie", date: "2026-09-24" },
        { kind: "raad", date: "2026-10-08" },
        { kind: "raad", date: "2026-11-12" },
      ],
    }),
    p({
      id: "urk",
      name: "Urk",
      meetings: [
        { kind: "commissie", date: "2026-11-19" },
        { kind: "raad", date: "2026-12-03" },
        { kind: "raad", date: "2026-12-17" },
        { kind: "college", date: "2026-12-08" },
        { kind: "college", date: "2026-12-22" },
      ],
    }),
    p({
      id: "dronten",
      name: "Dronten",
      raadTrack: { status: "toestemming_verleend" },
      collegeTrack: { status: "ondertekend", signedOn: "2026-08-20" },
    }),
    p({
      id: "lelystad",
      name: "Lelystad",
      meetings: [
        { kind: "commissie", date: "2026-09-17" },
        { kind: "raad", date: "2026-10-01" },
        { kind: "raad", date: "2026-10-29" },
      ],
      recesses: [{ from: "2026-09-28", to: "2026-10-11" }],
    }),
    p({ id: "zeewolde", name: "Zeewolde", scope: "addendum", meetings: [{ kind: "raad", date: "2027-02-01" }] }),
  ]);

describe("forecast", () => {
  it("computes per participant the earliest steps from its meeting calendar", () => {
    const r = forecast(base());
    const by = Object.fromEntries(r.participants.map((x) => [x.id, x]));
    expect(by.almere.steps.map((s) => [s.step, s.date])).toEqual([
      ["toestemmingsvoorstel_ontvangen", "2026-09-01"],
      ["toestemming_verleend", "2026-10-08"],
      ["collegebesluit_genomen", "2026-10-15"], // weekly college assumed
      ["ondertekend", "2026-10-15"],
    ]);
    expect(by.almere).toMatchObject({ signDate: "2026-10-15", slackDays: 77, status: "op_schema" });
    expect(by.urk).toMatchObject({ signDate: "2026-12-08", slackDays: 23, status: "op_schema" });
    expect(by.dronten.status).toBe("afgerond");
    // the raad meeting of 1 October falls in the recess
    expect(by.lelystad.steps.find((s) => s.step === "toestemming_verleend")?.date).toBe("2026-10-29");
    // Zeewolde (addendum) is late but does not determine the entry into force
    expect(by.zeewolde.status).toBe("te_laat");
    // publication 2 working days after the last signature; in force the day after (Awb 3:40)
    expect(r.earliestPublication).toBe("2026-12-10");
    expect(r.earliestInForce).toBe("2026-12-11");
    expect(r.inForceSlackDays).toBe(21);
    expect(r.criticalPath).toMatchObject({ participantId: "urk", step: "toestemming_verleend", date: "2026-12-03" });
  });

  it("what-if: Urk holds the decision over to its next meeting → risico, critical path moves", () => {
    const r = forecast({ ...base(), scenario: { holdOver: { participantId: "urk" } } });
    const urk = r.participants.find((x) => x.id === "urk");
    expect(urk?.steps.find((s) => s.step === "toestemming_verleend")?.date).toBe("2026-12-17");
    expect(urk).toMatchObject({ signDate: "2026-12-22", slackDays: 9, status: "risico" });
    expect(r.earliestPublication).toBe("2026-12-24");
    expect(urk?.notes.join(" ")).toContain("aangehouden");
    // other participants are unaffected
    expect(r.participants.find((x) => x.id === "almere")?.signDate).toBe("2026-10-15");
  });

  it("what-if: held over twice → no meeting left → te laat, no in-force date", () => {
    const r = forecast({ ...base(), scenario: { holdOver: { participantId: "urk", times: 2 } } });
    expect(r.participants.find((x) => x.id === "urk")?.status).toBe("te_laat");
    expect(r.earliestInForce).toBeNull();
    expect(r.criticalPath).toMatchObject({ participantId: "urk", date: null });
  });

  it("the risk threshold is configurable", () => {
    const r = forecast({ ...base(), options: { riskThresholdDays: 30 } });
    expect(r.participants.find((x) => x.id === "urk")?.status).toBe("risico");
  });

  it("a refused toestemming needs a new raadsbesluit (risico); an aangehouden one waits for the expected date", () => {
    const input = base();
    input.participants[0] = p({ id: "almere", name: "Almere", raadTrack: { status: "toestemming_geweigerd" } });
    input.participants[3] = p({
      id: "lelystad",
      name: "Lelystad",
      raadTrack: {
        status: "toestemming_aangehouden",
        toestemming: {
          receivedOn: "2026-09-02",
          aanhoudingen: [{ decidedOn: "2026-09-03", expectedDate: "2026-11-01" }],
        },
      },
      meetings: [
        { kind: "raad", date: "2026-10-29" },
        { kind: "raad", date: "2026-11-26" },
      ],
    });
    const r = forecast(input);
    expect(r.participants[0].status).toBe("risico");
    expect(r.participants[0].notes[0]).toContain("nieuw raadsbesluit");
    expect(r.participants[3].steps.find((s) => s.step === "toestemming_verleend")?.date).toBe("2026-11-26");
    expect(r.earliestInForce).toBe("2026-12-11");
  });

  it("still in the zienswijze phase: the window closes at the first raad meeting or after the deadline", () => {
    const input: ForecastInput = {
      ...base(),
      today: "2026-05-01",
      participants: [
        p({
          id: "almere",
          name: "Almere",
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-03-30", deadline: { end: "2026-05-26" } } },
          meetings: [
            { kind: "commissie", date: "2026-05-12" },
            { kind: "raad", date: "2026-05-20" },
            { kind: "commissie", date: "2026-09-17" },
            { kind: "raad", date: "2026-09-24" },
          ],
        }),
        p({
          id: "urk",
          name: "Urk",
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-03-30", deadline: { end: "2026-05-26" } } },
          meetings: [
            { kind: "commissie", date: "2026-09-10" },
            { kind: "raad", date: "2026-09-24" },
          ],
        }),
      ],
    };
    const r = forecast(input);
    expect(r.participants[0].steps[0]).toMatchObject({ step: "zienswijze_termijn_gesloten", date: "2026-05-20" });
    expect(r.participants[1].steps[0]).toMatchObject({ step: "zienswijze_termijn_gesloten", date: "2026-05-27" });
    // toestemming only after the procedure opens (1 September)
    expect(r.participants[0].steps[1]).toMatchObject({ step: "toestemmingsvoorstel_ontvangen", date: "2026-09-01" });
    expect(r.participants[0].steps[2].date).toBe("2026-09-24");
  });

  it("formats a Dutch plain-text table", () => {
    const text = formatForecastTable(forecast({ ...base(), scenario: { holdOver: { participantId: "urk" } } }));
    expect(text.split("\n")[0]).toMatch(/^Oordeel: Inwerkingtreding op 1 januari 2027 is haalbaar\./);
    expect(text.split("\n").find((l) => l.startsWith("Deelnemer"))).toMatch(
      /^Deelnemer\s+Deelname\s+Toestemming raad\s+Ondertekening\s+Speling \(dagen\)\s+Status$/,
    );
    expect(text).toMatch(/Urk\s+volledig\s+2026-12-17\s+2026-12-22\s+9\s+risico/);
    expect(text).toContain("Vroegste inwerkingtreding: 2026-12-25 (speling 7 dagen)");
    expect(text).toContain("Kritieke pad: Urk — toestemming raad (2026-12-17)");
  });
});
