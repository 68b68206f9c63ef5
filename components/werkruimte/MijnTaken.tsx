import type { MyTasks } from "@/lib/read-models/tasks";
import { formatDutchDate } from "@/lib/presentation/dates";
import { Heading, Paragraph } from "@/components/ui/nlds";

const ORGAAN = { raad: "Raad", college: "College", regio: "Regio" } as const;

/** "Mijn taken": per meeting the next steps with their deadline and a link straight to the form. */
export function MijnTaken({ tasks }: { tasks: MyTasks }) {
  const empty = tasks.groups.length === 0;
  return (
    <section aria-labelledby="mijn-taken" data-testid="mijn-taken">
      <Heading level={2} id="mijn-taken">
        Mijn taken
      </Heading>
      {empty ? <Paragraph>U heeft nu geen open stappen in een procedure.</Paragraph> : null}
      {tasks.groups.map((g) => {
        const title = g.meeting
          ? `Vergadering van ${formatDutchDate(g.meeting.date)}${g.meeting.titel ? ` (${g.meeting.titel})` : ""}`
          : "Zonder vergadering";
        const id = `taken-${g.meeting?.id ?? "zonder"}`;
        return (
          <section key={id} aria-labelledby={id} data-testid="taken-groep">
            <Heading level={3} id={id}>
              {title}
            </Heading>
            <ul>
              {g.tasks.map((t) => (
                <li key={`${t.procedureId}-${t.orgaan}`} data-testid="taak">
                  <a href={t.href}>{t.label}</a> — {t.procedureTitel} ({ORGAAN[t.orgaan]})
                  <br />
                  {t.deadline ? (
                    <span data-testid="taak-termijn">
                      {t.late ? "Termijn verstreken op " : "Uiterlijk "}
                      {formatDutchDate(t.deadline)}
                    </span>
                  ) : (
                    <span>Geen vaste termijn</span>
                  )}
                  {t.noMeetingInTime ? <span>. Er is geen vergadering gepland vóór deze datum.</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {tasks.lateRaden.length > 0 ? (
        <section aria-labelledby="te-laat" data-testid="raden-te-laat">
          <Heading level={3} id="te-laat">
            Raden die te laat zijn
          </Heading>
          <ul>
            {tasks.lateRaden.map((r) => (
              <li key={`${r.href}-${r.gemeente}`}>
                <a href={r.href}>{r.gemeente}</a>: {r.label.toLowerCase()} in {r.procedureTitel}, termijn verstreken op{" "}
                {formatDutchDate(r.deadline)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Heading level={2} id="werkruimten">
        Naar uw werkruimten
      </Heading>
      <ul aria-labelledby="werkruimten" data-testid="werkruimte-links">
        {tasks.links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
