import { Heading, Paragraph } from "@/components/ui/nlds";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { ProcedureRecord } from "@/lib/services/secretariaat/records-timeline";

/**
 * The recorded facts of a procedure (ontwerp sent, voorgenomen besluit, publication, registers, …),
 * each with its own date first. The public page leaves out the internal notes; the secretariat sees them.
 */
export function ProcedureRecordList(props: { records: ProcedureRecord[]; withNotes?: boolean; title?: string }) {
  const title = props.title ?? "Vastgelegd in de procedure";
  return (
    <section aria-labelledby="vastgelegd-kop" data-testid="procedure-vastgelegd">
      <Heading level={2} id="vastgelegd-kop">
        {title}
      </Heading>
      {props.records.length === 0 ? (
        <Paragraph>Er is nog niets vastgelegd.</Paragraph>
      ) : (
        <ol className="grv-timeline">
          {props.records.map((r) => (
            <li key={r.key} className="grv-timeline__item">
              <p className="grv-timeline__date">{formatDutchDate(r.date)}</p>
              <p>{r.text}</p>
              {props.withNotes && r.notes ? <p className="grv-muted">Aantekeningen: {r.notes}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
