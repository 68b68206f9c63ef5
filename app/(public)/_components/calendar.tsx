import { headers } from "next/headers";
import { Heading, Paragraph, Link } from "@/components/ui/nlds";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { CalendarItem } from "@/lib/services/public/common";
import { meetingTime } from "@/components/griffie/AgendaFeedStatus";

const KIND: Record<CalendarItem["kind"], string> = {
  deadline: "Termijn",
  vergadering: "Vergadering",
  mijlpaal: "Mijlpaal",
};

export function UpcomingList({
  items,
  title = "Komende termijnen en data",
  empty = "Er zijn geen komende termijnen bekend.",
}: {
  items: CalendarItem[];
  title?: string;
  empty?: string;
}) {
  return (
    <section aria-labelledby="komend-kop">
      <Heading level={2} id="komend-kop">
        {title}
      </Heading>
      {items.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ol className="grv-timeline" data-testid="komend">
          {items.map((i) => (
            <li key={i.uid} className="grv-timeline__item grv-timeline__item--coming">
              <p className="grv-timeline__date">
                <time dateTime={i.date}>{formatDutchDate(i.date)}</time>
                {i.startsAt ? `, ${meetingTime(i.startsAt, i.endsAt ?? null)} uur` : ""} · {KIND[i.kind]}
              </p>
              <p>
                <strong>{i.title}</strong>
              </p>
              <p className="grv-muted">{i.description}</p>
              {i.kind === "vergadering" && i.url ? (
                <p>
                  <Link href={i.url}>Agenda in het raadsinformatiesysteem</Link>
                </p>
              ) : null}
              {i.explanation ? (
                <details className="grv-trace">
                  <summary>Hoe is deze datum berekend?</summary>
                  <ul>
                    {i.explanation.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Subscribe links for a calendar feed: webcal:// (opens the calendar app) and the plain https link. */
export async function SubscribeLinks({ path, label }: { path: string; label: string }) {
  // The configured public URL wins over request headers (which a client can set).
  const configured = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL) : null;
  const h = await headers();
  const host = configured?.host ?? h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    configured?.protocol.replace(":", "") ??
    h.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return (
    <section aria-labelledby="agenda-kop" className="grv-subscribe">
      <Heading level={2} id="agenda-kop">
        In uw agenda
      </Heading>
      <Paragraph>
        Zet de termijnen en vergaderingen van {label} in uw eigen agenda. De agenda werkt zichzelf bij.
      </Paragraph>
      <ul>
        <li>
          <Link href={`webcal://${host}${path}`}>Abonneren in uw agenda-app (webcal)</Link>
        </li>
        <li>
          <Link href={`${proto}://${host}${path}`}>Agendabestand (.ics) downloaden</Link>
        </li>
      </ul>
    </section>
  );
}
