/** Wave 10 (issue 20 point 13): the verdict in words (lib/domain/forecast/verdict.ts), Awb art. 3:40 and Wgr art. 1. */
import { describe, expect, it } from "vitest";
import { buildVerdict, type CriticalPath, type ParticipantForecast } from "@/lib/domain";

const latest = (raad: string | null, college: string | null) => ({
  publication: "2026-12-18",
  signing: "2026-12-16",
  college,
  raad,
});
const pf = (id: string, extra: Partial<ParticipantForecast>): ParticipantForecast => ({
  id,
  name: id,
  scope: "full",
  steps: [],
  signDate: "2026-12-20",
  slackDays: null,
  status: "op_schema",
  notes: [],
  raadDone: false,
  latest: latest("2026-12-14", "2026-12-15"),
  ...extra,
});
const participants = [
  pf("Almere", { status: "te_laat", latest: latest("2026-12-01", null) }),
  pf("Urk", { raadDone: true }),
  pf("Zeewolde", { scope: "addendum", status: "te_laat" }),
  pf("Lelystad", { status: "afgerond" }),
  pf("Dronten", { status: "te_laat", signDate: null }),
];
const cp: CriticalPath = {
  participantId: "Almere",
  participantIds: ["Almere"],
  name: "Almere",
  tie: false,
  step: "toestemming_verleend",
  date: "2026-12-20",
  reason: "de raad vergadert pas op 20 december",
};
const base = {
  target: "2027-01-01",
  publicationDeadline: "2026-12-31",
  earliestPublication: "2026-12-29" as string | null,
  earliestInForce: "2026-12-30" as string | null,
  published: false,
  criticalPath: null as CriticalPath | null,
  participants,
  today: "2026-12-10",
};

describe("forecast verdict", () => {
  it("details: the latest dates per full participant still working, a passed raad date marked", () => {
    expect(buildVerdict(base).details).toEqual([
      "Terugrekenen vanaf bekendmaking uiterlijk 31 december 2026 (in werkdagen, per gemeente):",
      "Almere: raad uiterlijk 1 december 2026 (al verstreken), college uiterlijk —, ondertekening uiterlijk 16 december 2026.",
      "Urk: raad: klaar, college uiterlijk 15 december 2026, ondertekening uiterlijk 16 december 2026.",
      "Dronten: raad uiterlijk 14 december 2026, college uiterlijk 15 december 2026, ondertekening uiterlijk 16 december 2026.",
    ]);
    expect(buildVerdict({ ...base, participants: [pf("X", { latest: latest(null, null) })] }).details[1]).toBe(
      "X: raad uiterlijk —, college uiterlijk —, ondertekening uiterlijk 16 december 2026.",
    );
    expect(buildVerdict({ ...base, participants: [] }).details).toEqual([]);
    // A raad that is done is never "al verstreken"; a latest raad date of today has not passed yet.
    const done = pf("Urk", { raadDone: true, latest: latest("2026-12-01", "2026-12-15") });
    const today = pf("Almere", { latest: latest("2026-12-10", "2026-12-15") });
    expect(buildVerdict({ ...base, participants: [done, today] }).details.slice(1)).toEqual([
      "Urk: raad: klaar, college uiterlijk 15 december 2026, ondertekening uiterlijk 16 december 2026.",
      "Almere: raad uiterlijk 10 december 2026, college uiterlijk 15 december 2026, ondertekening uiterlijk 16 december 2026.",
    ]);
  });

  it("Wgr art. 1: a full participant certainly too late makes the target unreachable before the earliest date is known", () => {
    const v = buildVerdict({ ...base, earliestPublication: null, criticalPath: cp });
    expect(v.reachable).toBe(false);
    expect(v.text).toBe(
      "Inwerkingtreding op 1 januari 2027 is niet meer haalbaar: Almere kan niet op tijd ondertekenen voor bekendmaking uiterlijk 31 december 2026. De vroegst haalbare datum is nog niet te berekenen. Reden: de raad vergadert pas op 20 december.",
    );
    expect(buildVerdict({ ...base, earliestInForce: null }).reachable).toBe(false);
    const unknown = buildVerdict({ ...base, earliestPublication: null, participants: participants.slice(1) });
    expect(unknown).toMatchObject({
      reachable: null,
      text: "Niet te berekenen of inwerkingtreding op 1 januari 2027 haalbaar is: er is geen haalbare datum bekend.",
    });
    expect(buildVerdict({ ...base, earliestPublication: null, published: true }).reachable).toBeNull();
  });

  it("after publication: reachable when it was published by the deadline", () => {
    expect(buildVerdict({ ...base, published: true, earliestPublication: "2026-12-31" })).toMatchObject({
      reachable: true,
      text: "De regeling is bekendgemaakt op 31 december 2026. Inwerkingtreding kan vanaf 30 december 2026; 1 januari 2027 is haalbaar.",
    });
    expect(buildVerdict({ ...base, published: true, earliestPublication: "2027-01-01" })).toMatchObject({
      reachable: false,
      text: "De regeling is bekendgemaakt op 1 januari 2027. Inwerkingtreding kan vanaf 30 december 2026; 1 januari 2027 is niet haalbaar.",
    });
  });

  it("Awb art. 3:40: reachable with publication on the deadline, with the slack in days", () => {
    expect(buildVerdict({ ...base, earliestPublication: "2026-12-31" })).toMatchObject({
      reachable: true,
      text: "Inwerkingtreding op 1 januari 2027 is haalbaar. De regeling moet uiterlijk 31 december 2026 bekendgemaakt zijn; volgens de planning kan dat op 31 december 2026 (0 dagen speling).",
    });
    expect(buildVerdict({ ...base, earliestPublication: "2026-12-30" }).text).toContain("(1 dag speling)");
    expect(buildVerdict({ ...base, criticalPath: cp }).text).toBe(
      "Inwerkingtreding op 1 januari 2027 is haalbaar. De regeling moet uiterlijk 31 december 2026 bekendgemaakt zijn; volgens de planning kan dat op 29 december 2026 (2 dagen speling). Reden: de raad vergadert pas op 20 december.",
    );
  });

  it("not reachable: publication after the deadline, with the earliest in-force date", () => {
    expect(
      buildVerdict({ ...base, earliestPublication: "2027-01-01", earliestInForce: "2027-01-02", criticalPath: cp }),
    ).toMatchObject({
      reachable: false,
      text: "Inwerkingtreding op 1 januari 2027 is niet meer haalbaar. Daarvoor moet de regeling uiterlijk 31 december 2026 bekendgemaakt zijn, maar dat kan op zijn vroegst op 1 januari 2027. De vroegst haalbare datum van inwerkingtreding is 2 januari 2027. Reden: de raad vergadert pas op 20 december.",
    });
  });
});
