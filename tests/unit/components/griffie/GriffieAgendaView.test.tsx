// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { GriffieAgendaView } from "@/components/griffie/GriffieAgendaView";
import { SecretariaatAgendaView } from "@/components/secretariaat/SecretariaatAgendaView";
import type { AgendaItem } from "@/lib/read-models/agenda";

const meeting = { id: "m1", date: "2027-02-18", titel: null };
const item = (over: Partial<AgendaItem>): AgendaItem => ({
  id: "p1-a-zienswijze",
  kind: "gr_zienswijze",
  procedureId: "p1",
  titel: "Wijziging GR Jeugd",
  regelingNaam: "GR Jeugd",
  gemeente: { id: "g1", slug: "almere", naam: "Almere" },
  stap: "Zienswijze agenderen voor de raad",
  deadline: "2027-02-25",
  late: false,
  slot: { kind: "vergadering", meeting },
  links: [
    { label: "Stukken en raadsbesluit", href: "/griffie/procedures/p1" },
    { label: "Concept-raadsvoorstel (Word)", href: "/griffie/documenten/p1/almere/raadsvoorstel-zienswijze" },
  ],
  stamp: new Date("2027-01-01T00:00:00Z"),
  ...over,
});
const late = item({
  id: "b1-a-begroting",
  kind: "begroting_zienswijze",
  procedureId: "b1",
  titel: "Begroting 2028 – GR Afval",
  regelingNaam: "GR Afval",
  stap: "Zienswijze op de ontwerpbegroting (ontwerpbegroting ontvangen)",
  deadline: "2027-01-10",
  late: true,
  slot: { kind: "geen_vergadering" },
  links: [{ label: "Ontwerpbegroting en zienswijze", href: "/griffie/begroting/b1" }],
});

describe("GriffieAgendaView", () => {
  it("shows one section per raadsvergadering, and the items without a meeting in time in their own section", () => {
    render(
      <GriffieAgendaView
        agenda={{
          today: "2027-01-15",
          groups: [
            { slot: { kind: "vergadering", meeting }, items: [item({})] },
            { slot: { kind: "geen_vergadering" }, items: [late] },
          ],
        }}
        icsHref="/griffie/agenda/ics"
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Agenda van de raad" })).toBeTruthy();
    const inMeeting = screen.getByRole("region", { name: /^Raadsvergadering van/ });
    expect(within(inMeeting).getByText(/Uiterlijk/)).toBeTruthy();
    expect(within(inMeeting).getByRole("link", { name: "Concept-raadsvoorstel (Word)" }).getAttribute("href")).toBe(
      "/griffie/documenten/p1/almere/raadsvoorstel-zienswijze",
    );
    const none = screen.getByRole("region", { name: "Geen raadsvergadering vóór de termijn" });
    expect(within(none).getByText(/Termijn verlopen op/)).toBeTruthy();
    expect(within(none).getByRole("link", { name: "Ontwerpbegroting en zienswijze" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /iCalendar/ }).getAttribute("href")).toBe("/griffie/agenda/ics");
  });

  it("says so in plain words when nothing is open", () => {
    render(<GriffieAgendaView agenda={{ today: "2027-01-15", groups: [] }} icsHref="/griffie/agenda/ics" />);
    expect(screen.getByText(/Er staat niets open/)).toBeTruthy();
    expect(screen.queryAllByRole("region")).toEqual([]);
  });
});

describe("SecretariaatAgendaView", () => {
  it("lists the late raden first, with links to the secretariat's own pages", () => {
    render(
      <SecretariaatAgendaView
        agenda={{
          today: "2027-01-15",
          late: [late],
          procedures: [
            { procedureId: "b1", titel: late.titel, regelingNaam: "GR Afval", kind: late.kind, items: [late] },
          ],
        }}
      />,
    );
    const lateRegion = screen.getByRole("region", { name: "Raden die te laat zijn" });
    expect(within(lateRegion).getByText(/Gemeente Almere/)).toBeTruthy();
    expect(within(lateRegion).getByRole("link", { name: late.titel }).getAttribute("href")).toBe(
      "/secretariaat/begroting/b1",
    );
    expect(screen.queryByRole("link", { name: /Concept-raadsvoorstel/ })).toBeNull();
  });
});
