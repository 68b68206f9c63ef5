import { Paragraph } from "@/components/ui/nlds";
import { formatDutchDate } from "@/lib/presentation/dates";

const clock = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" });
const stamp = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" });

/** "19:30" in Dutch local time (Europe/Amsterdam), as the meeting form takes it. */
export const amsterdamClock = (d: Date) => clock.format(d);

/** "19:30–22:00" in Dutch local time, or a dash for an all-day meeting. */
export function meetingTime(startsAt: Date | null, endsAt: Date | null): string {
  if (!startsAt) return "—";
  return endsAt ? `${clock.format(startsAt)}–${clock.format(endsAt)}` : clock.format(startsAt);
}

type Entry = { datum: string; titel: string | null; van?: string };
type Changes = Partial<Record<"toegevoegd" | "verplaatst" | "gewijzigd" | "geannuleerd", Entry[]>> & {
  overgeslagen?: { regel: string; reden: string }[];
};

const line = (e: Entry) =>
  `${formatDutchDate(e.datum)}${e.titel ? ` — ${e.titel}` : ""}${e.van ? ` (was ${formatDutchDate(e.van)})` : ""}`;

/** The last fetch: when, whether it worked, and what it changed in the calendar. */
export function AgendaFeedStatus({
  feed,
}: {
  feed: {
    url: string;
    lastFetchedAt: Date | null;
    lastStatus: string | null;
    lastError: string | null;
    lastChanges: unknown;
  };
}) {
  const changes = (feed.lastChanges ?? {}) as Changes;
  const groups: [string, Entry[] | undefined][] = [
    ["Nieuw", changes.toegevoegd],
    ["Verplaatst", changes.verplaatst],
    ["Gewijzigd", changes.gewijzigd],
    ["Geannuleerd", changes.geannuleerd],
  ];
  return (
    <section aria-label="Laatste keer opgehaald">
      <Paragraph>
        Abonnement op <code>{feed.url}</code>.{" "}
        {feed.lastFetchedAt ? `Laatst opgehaald: ${stamp.format(feed.lastFetchedAt)}.` : "Nog niet opgehaald."}
        {feed.lastStatus === "fout" ? ` Het ophalen is mislukt: ${feed.lastError ?? "onbekende fout"}` : ""}
      </Paragraph>
      {groups.map(([label, list]) =>
        list?.length ? (
          <div key={label}>
            <Paragraph>
              <strong>{label}</strong>
            </Paragraph>
            <ul>
              {list.map((e) => (
                <li key={`${e.datum}-${e.titel}`}>{line(e)}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {changes.overgeslagen?.length ? (
        <details>
          <summary>{changes.overgeslagen.length} afspraken niet overgenomen</summary>
          <ul>
            {changes.overgeslagen.map((s) => (
              <li key={s.regel}>
                {s.regel}: {s.reden}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
