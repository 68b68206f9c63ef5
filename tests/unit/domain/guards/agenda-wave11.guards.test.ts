/**
 * Wave 11 (issue 20 point 13): the griffie agenda puts an item in the LAST raad meeting on or before its deadline; two
 * meetings on the same day are resolved by id (stable, whatever the calendar's order), and the groups and items are
 * ordered whatever the input order.
 */
import { describe, expect, it } from "vitest";
import { type AgendaSlot, decidingMeeting, groupAgenda } from "@/lib/domain/agenda";

const m = (id: string, date: string) => ({ id, date, titel: null });
const today = "2027-01-01";

describe("decidingMeeting: two meetings on the same day", () => {
  it("takes the smaller id, in either order of the calendar", () => {
    expect(decidingMeeting("2027-02-28", [m("a", "2027-02-18"), m("b", "2027-02-18")], today)?.id).toBe("a");
    expect(decidingMeeting("2027-02-28", [m("b", "2027-02-18"), m("a", "2027-02-18")], today)?.id).toBe("a");
  });
  it("a later meeting still wins over an earlier one with a smaller id", () => {
    expect(decidingMeeting("2027-02-28", [m("z", "2027-02-18"), m("a", "2027-01-21")], today)?.id).toBe("z");
    expect(decidingMeeting("2027-02-28", [m("a", "2027-01-21"), m("z", "2027-02-18")], today)?.id).toBe("z");
  });
});

describe("groupAgenda: order of groups and items", () => {
  const slot = (id: string, date: string): AgendaSlot => ({ kind: "vergadering", meeting: m(id, date) });
  const none: AgendaSlot = { kind: "geen_vergadering" };
  const noTerm: AgendaSlot = { kind: "geen_termijn" };
  it("meetings by date, then no meeting in time, then no deadline, whatever the input order", () => {
    // Not in order, nor in reverse order (a comparator that always answers "before" reverses the input).
    const groups = groupAgenda([
      { titel: "b", deadline: "2027-02-18", slot: slot("feb", "2027-02-18") },
      { titel: "t", deadline: null, slot: noTerm },
      { titel: "a", deadline: "2027-01-21", slot: slot("jan", "2027-01-21") },
      { titel: "n", deadline: "2026-12-01", slot: none },
      { titel: "c", deadline: "2027-03-18", slot: slot("mrt", "2027-03-18") },
    ]);
    expect(groups.map((g) => (g.slot.kind === "vergadering" ? g.slot.meeting.id : g.slot.kind))).toEqual([
      "jan",
      "feb",
      "mrt",
      "geen_vergadering",
      "geen_termijn",
    ]);
  });
  it("within a group: by deadline, no deadline last, the same deadline by title (Dutch collation)", () => {
    const feb = slot("feb", "2027-02-18");
    const groups = groupAgenda([
      { titel: "Beta", deadline: "2027-02-20", slot: feb },
      { titel: "zonder", deadline: null, slot: feb },
      { titel: "eerder", deadline: "2027-02-19", slot: feb },
      { titel: "alfa", deadline: "2027-02-20", slot: feb },
    ]);
    expect(groups[0].items.map((i) => i.titel)).toEqual(["eerder", "alfa", "Beta", "zonder"]);
    const first = groupAgenda([
      { titel: "met", deadline: "2027-02-20", slot: feb },
      { titel: "zonder", deadline: null, slot: feb },
    ]);
    expect(first[0].items.map((i) => i.titel)).toEqual(["met", "zonder"]);
  });
});
