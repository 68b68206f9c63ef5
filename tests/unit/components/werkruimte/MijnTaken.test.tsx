// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { MijnTaken } from "@/components/werkruimte/MijnTaken";
import type { MyTasks, Task } from "@/lib/read-models/tasks";

const task = (over: Partial<Task>): Task => ({
  procedureId: "p1",
  procedureTitel: "GR Sociaal Domein",
  regelingNaam: "GR Sociaal Domein",
  orgaan: "raad",
  gemeente: null,
  label: "Zienswijze agenderen voor de raad",
  deadline: "2026-07-07",
  late: false,
  meeting: null,
  noMeetingInTime: false,
  href: "/griffie/procedures/p1#agenderen",
  ...over,
});

describe("Mijn taken", () => {
  it("shows per meeting the step, its deadline and a link straight to the form", () => {
    const tasks: MyTasks = {
      groups: [
        { meeting: { id: "m1", date: "2026-06-18", titel: "Raad juni" }, tasks: [task({})] },
        {
          meeting: null,
          tasks: [
            task({
              procedureId: "p2",
              label: "Toestemming agenderen voor de raad",
              deadline: "2026-05-01",
              late: true,
              noMeetingInTime: true,
            }),
          ],
        },
      ],
      lateRaden: [],
      links: [{ href: "/griffie", label: "Griffie: procedures en raadsbesluiten" }],
    };
    render(<MijnTaken tasks={tasks} />);
    const juni = screen.getByRole("region", { name: /Vergadering van .*18 juni 2026.*Raad juni/ });
    const link = within(juni).getByRole("link", { name: "Zienswijze agenderen voor de raad" });
    expect(link).toHaveAttribute("href", "/griffie/procedures/p1#agenderen");
    expect(juni).toHaveTextContent("Uiterlijk 7 juli 2026");
    const zonder = screen.getByRole("region", { name: "Zonder vergadering" });
    expect(zonder).toHaveTextContent("Termijn verstreken op 1 mei 2026");
    expect(zonder).toHaveTextContent("Er is geen vergadering gepland vóór deze datum.");
    expect(screen.getByRole("link", { name: "Griffie: procedures en raadsbesluiten" })).toHaveAttribute(
      "href",
      "/griffie",
    );
  });

  it("says so when there is nothing to do, and lists the raden that are late for the secretariat", () => {
    render(
      <MijnTaken
        tasks={{
          groups: [],
          lateRaden: [
            {
              procedureTitel: "GR X",
              gemeente: "Urk",
              label: "Raadsbesluit over de zienswijze registreren",
              deadline: "2026-07-07",
              href: "/secretariaat/procedures/p1",
            },
          ],
          links: [],
        }}
      />,
    );
    expect(screen.getByText("U heeft nu geen open stappen in een procedure.")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Raden die te laat zijn" })).toHaveTextContent(
      "Urk: raadsbesluit over de zienswijze registreren in GR X, termijn verstreken op 7 juli 2026",
    );
  });
});
