import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { deadlineText, slotHeading } from "@/lib/presentation/agenda";
import type { AgendaItem, GriffieAgenda } from "@/lib/read-models/agenda";

const KIND_LABELS: Record<AgendaItem["kind"], string> = {
  gr_zienswijze: "Zienswijze op de regeling",
  gr_toestemming: "Toestemming voor de regeling",
  begroting_zienswijze: "Zienswijze op de begroting",
  begrotingswijziging_zienswijze: "Zienswijze op een begrotingswijziging",
  dvh_informeren: "Dienstverleningshandvest",
};

export { deadlineText, slotHeading };

/** One agenda item: what the raad must decide, by when, and links to the stukken and the draft raadsvoorstel. */
function AgendaItemView({ item }: { item: AgendaItem }) {
  return (
    <li>
      <strong>{item.titel}</strong> — {item.regelingNaam}
      <br />
      {KIND_LABELS[item.kind]}: {item.stap}. {deadlineText(item)}.
      <ul className="grv-list">
        {item.links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The griffie agenda: open zienswijzen and toestemmingen per raadsvergadering in which the raad must decide. */
export function GriffieAgendaView({ agenda, icsHref }: { agenda: GriffieAgenda; icsHref: string }) {
  return (
    <>
      <Heading level={1}>Agenda van de raad</Heading>
      <Paragraph>
        Hier ziet u alles waarover uw gemeenteraad nog moet besluiten bij de gemeenschappelijke regelingen: zienswijzen
        en toestemmingen. Ook een Dienstverleningshandvest waarover u de raad nog moet informeren staat hier. Elk punt
        staat bij de laatste raadsvergadering vóór de termijn.
      </Paragraph>
      <Paragraph>
        <Link href={icsHref}>Zet deze termijnen in uw agenda (iCalendar)</Link>
      </Paragraph>
      {agenda.groups.length === 0 ? (
        <Paragraph>Er staat niets open. Uw raad hoeft nu geen zienswijze of toestemming te geven.</Paragraph>
      ) : (
        agenda.groups.map((g) => {
          const heading = slotHeading(g.slot);
          return (
            <section key={heading} aria-label={heading}>
              <Heading level={2}>{heading}</Heading>
              {g.slot.kind === "geen_vergadering" ? (
                <Paragraph>
                  Voor deze punten is er geen raadsvergadering meer vóór de termijn. Plan een extra vergadering of vraag
                  het bestuur van de regeling om uitstel.
                </Paragraph>
              ) : null}
              <ul className="grv-list">
                {g.items.map((item) => (
                  <AgendaItemView key={item.id} item={item} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
