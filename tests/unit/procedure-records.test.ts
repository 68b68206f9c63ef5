import { describe, expect, it } from "vitest";
import type { GrProcedureState } from "@/lib/domain";
import { procedureRecords } from "@/lib/services/secretariaat/records-timeline";

const urk = { id: "p-urk", name: "Urk", scope: "full" as const, scopeTopics: [] };
const almere = { id: "p-almere", name: "Almere", scope: "full" as const, scopeTopics: [] };
const dronten = { id: "p-dronten", name: "Dronten", scope: "full" as const, scopeTopics: [] };

/** A procedure state with only what the records read: the domain's own shape, the rest empty. */
const state = {
  participants: [urk, almere],
  regional: {
    status: "bekendgemaakt",
    bekendmaking: {
      publishedOn: "2026-12-10",
      reference: "Gemeenteblad 2026, 54321",
      publishingParticipantId: "p-almere",
      plannedInForceOn: "2027-01-01",
    },
  },
  raadTracks: {},
  collegeTracks: {},
  joined: { "p-almere": { joinedOn: "2026-05-01", reason: "Nieuwe deelnemer" } },
  formerParticipants: [{ participant: dronten, leftOn: "2026-06-01", reason: "Eigen uitvoering" }],
} as unknown as GrProcedureState;

describe("procedureRecords (issue 20 point 12)", () => {
  it("names the publishing gemeente, the Gemeenteblad reference and the planned in-force date, and membership changes", () => {
    const records = procedureRecords(state, { registers: [], replaced: null });
    expect(records.map((r) => [r.date, r.text])).toEqual([
      ["2026-05-01", "Almere is toegetreden. Reden: Nieuwe deelnemer"],
      ["2026-06-01", "Dronten is uitgetreden en telt niet meer mee. Reden: Eigen uitvoering"],
      [
        "2026-12-10",
        "De regeling is bekendgemaakt in het Gemeenteblad van Almere (vindplaats Gemeenteblad 2026, 54321). De regeling treedt in werking op 1 januari 2027.",
      ],
    ]);
  });

  it("names a college register by its gemeente and orders by the legal date, not by kind", () => {
    const records = procedureRecords({ ...state, joined: {}, formerParticipants: [] } as GrProcedureState, {
      registers: [
        {
          register: "p-urk",
          label: "Register gemeenschappelijke regelingen van Urk",
          ingeschrevenOp: "2026-12-01",
          kenmerk: null,
        },
      ],
      replaced: { naam: "Centrumregeling", endsOn: "2026-12-31" },
    });
    expect(records.map((r) => r.date)).toEqual(["2026-12-01", "2026-12-10", "2026-12-31"]);
    expect(records[0].text).toBe("De regeling is ingeschreven in het register gemeenschappelijke regelingen van Urk.");
  });
});
