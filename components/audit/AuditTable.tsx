import { Cell, Row, Table } from "@/components/ui/Table";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import type { AuditRow } from "@/lib/services/audit-view";
import { formatDutchTimestamp } from "@/lib/services/audit-view-csv";

const humanize = (s: string) => s.replaceAll("_", " ");

/**
 * One page of audit events, newest first. Each event is described from the audit catalogue (its
 * Dutch label and its data in words); the hash sits behind a disclosure per event.
 */
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
            {e.label}
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
            {e.details ? <p>{e.details}</p> : null}
            <details>
              <summary>Hash van gebeurtenis {e.id}</summary>
              <p className="grv-hash">{e.hash}</p>
            </details>
          </Cell>
        </Row>
      ))}
    </Table>
  );
}
