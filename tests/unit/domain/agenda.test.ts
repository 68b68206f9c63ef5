import { describe, expect, it } from "vitest";
import { agendaSlot, decidingMeeting, groupAgenda } from "@/lib/domain/agenda";

const m = (id: string, date: string) => ({ id, date, titel: null });
const calendar = [m("jan", "2027-01-21"), m("feb", "2027-02-18"), m("mrt", "2027-03-18"), m("dec", "2026-12-10")];
const today = "2027-01-01";

describe("decidingMeeting: the last raad meeting on or before the deadline", () => {
  it("takes the last meeting in time, not the first", () => {
    expect(decidingMeeting("2027-03-01", calendar, today)?.id).toBe("feb");
  });
  it("counts a meeting on the deadline itself", () => {
    expect(decidingMeeting("2027-03-18", calendar, today)?.id).toBe("mrt");
    expect(decidingMeeting("2027-03-17", calendar, today)?.id).toBe("feb");
  });
  it("never picks a meeting before today, nor after the deadline", () => {
    expect(decidingMeeting("2027-01-20", calendar, today)).toBeNull();
    expect(decidingMeeting("2026-12-31", calendar, today)).toBeNull();
    expect(decidingMeeting(null, calendar, today)).toBeNull();
  });
});

describe("groupAgenda", () => {
  const item = (titel: string, deadline: string | null) => ({
    titel,
    deadline,
    slot: agendaSlot(deadline, calendar, today),
  });
  it("groups by meeting (earliest first), then without a meeting in time, then without a deadline", () => {
    const groups = groupAgenda([
      item("Geen termijn", null),
      item("Te laat", "2026-12-20"),
      item("B in maart", "2027-04-01"),
      item("A in februari", "2027-02-28"),
      item("C in februari", "2027-02-20"),
      item("Voor januari", "2027-01-10"),
    ]);
    expect(groups.map((g) => (g.slot.kind === "vergadering" ? g.slot.meeting.id : g.slot.kind))).toEqual([
      "feb",
      "mrt",
      "geen_vergadering",
      "geen_termijn",
    ]);
    expect(groups[0].items.map((i) => i.titel)).toEqual(["C in februari", "A in februari"]);
    expect(groups[2].items.map((i) => i.titel)).toEqual(["Te laat", "Voor januari"]);
  });
});
