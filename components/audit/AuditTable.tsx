import { Cell, Row, Table } from "@/components/ui/Table";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { canonicalJson } from "@/lib/services/audit";
import type { AuditRow } from "@/lib/services/audit-view";
import { formatDutchTimestamp } from "@/lib/services/audit-view-csv";

const humanize = (s: string) => s.replaceAll("_", " ");

/** One page of audit events, newest first; the raw data and hash sit behind a disclosure per event. */
export function AuditTable({ events }: { events: AuditRow[] }) {
  return (
    <Table
      caption="Gebeurtenissen in het auditlogboek, nieuwste eerst"
      head={["Nummer", "Wanneer", "Wat", "Wie", "Gemeente", "Van en naar", "Details"]}
    >
      {events.map((e) => (
        <Row key={e.id}>
          <Cell>{e.id}</Cell>
          <Cell>
            <time dateTime={e.at.toISOString()}>{formatDutchTimestamp(e.at)}</time>
          </Cell>
          <Cell header>
            {humanize(e.type)}
            <br />
            <span className="grv-muted grv-hash">
              {humanize(e.subjectKind)} {e.subjectId}
            </span>
          </Cell>
          <Cell>
            {e.actorNaam}
            {isRole(e.actorRole) ? ` (${ROLE_LABELS[e.actorRole]})` : ""}
          </Cell>
          <Cell>{e.gemeente ?? "Regio"}</Cell>
          <Cell>
            {e.fromState || e.toState
              ? `${e.fromState ? humanize(e.fromState) : "—"} → ${e.toState ? humanize(e.toState) : "—"}`
              : "—"}
            {e.reason ? (
              <>
                <br />
                Reden: {e.reason}
              </>
            ) : null}
          </Cell>
          <Cell>
            <details>
              <summary>Gegevens van gebeurtenis {e.id}</summary>
              <pre className="grv-hash">{canonicalJson(e.payload)}</pre>
              <p className="grv-hash">Hash: {e.hash}</p>
            </details>
          </Cell>
        </Row>
      ))}
    </Table>
  );
}
