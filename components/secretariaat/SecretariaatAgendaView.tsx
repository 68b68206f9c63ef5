import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { deadlineText } from "@/components/griffie/GriffieAgendaView";
import type { AgendaItem, SecretariaatAgenda } from "@/lib/read-models/agenda";

const pageOf = (item: Pick<AgendaItem, "kind" | "procedureId">) =>
  item.kind === "begroting_zienswijze" || item.kind === "begrotingswijziging_zienswijze"
    ? `/secretariaat/begroting/${item.procedureId}`
    : item.kind === "dvh_informeren"
      ? `/secretariaat/handvest/${item.procedureId}`
      : `/secretariaat/procedures/${item.procedureId}`;

/** The secretariat's agenda: which raden are late on which item, and every open item with its raden. */
export function SecretariaatAgendaView({ agenda }: { agenda: SecretariaatAgenda }) {
  return (
    <>
      <Heading level={1}>Agenda van de raden</Heading>
      <Paragraph>
        Alle zienswijzen en toestemmingen waarover gemeenteraden nog moeten besluiten, bij alle regelingen. Bovenaan de
        raden die te laat zijn.
      </Paragraph>
      <section aria-label="Raden die te laat zijn">
        <Heading level={2}>Raden die te laat zijn</Heading>
        {agenda.late.length === 0 ? (
          <Paragraph>Geen enkele raad is te laat.</Paragraph>
        ) : (
          <ul className="grv-list">
            {agenda.late.map((item) => (
              <li key={item.id}>
                Gemeente {item.gemeente.naam}: <Link href={pageOf(item)}>{item.titel}</Link> — {item.regelingNaam}.{" "}
                {item.stap}. {deadlineText(item)}.
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Open punten per procedure">
        <Heading level={2}>Open punten per procedure</Heading>
        {agenda.procedures.length === 0 ? (
          <Paragraph>Er staat niets open bij de raden.</Paragraph>
        ) : (
          agenda.procedures.map((p) => (
            <section key={`${p.procedureId}-${p.kind}`} aria-label={`${p.titel} — ${p.regelingNaam}`}>
              <Heading level={3}>
                <Link href={pageOf(p)}>{p.titel}</Link> — {p.regelingNaam}
              </Heading>
              <ul className="grv-list">
                {p.items.map((item) => (
                  <li key={item.id}>
                    Gemeente {item.gemeente.naam}: {item.stap}. {deadlineText(item)}.
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </>
  );
}
