import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { GemeenteBegrotingRow } from "@/lib/services/begroting/public";

/** Given, geen or still open: what this raad did with the current ontwerpbegroting, in words. */
function raadText(c: NonNullable<GemeenteBegrotingRow["cycle"]>): string {
  if (c.raadStatus === "zienswijze_ingediend" || c.raadStatus === "beantwoord")
    return `Zienswijze gegeven (${c.raadStatusLabel.toLowerCase()})`;
  if (c.raadStatus === "geen_zienswijze") return "Geen zienswijze";
  if (c.raadStatus === "ontvangen") return "Open: ontwerpbegroting ontvangen";
  return "Open: ontwerpbegroting nog niet ontvangen";
}

/**
 * The public gemeente page's section (issue 17 point 5): every regeling the gemeente takes part in with its current
 * begroting cycle's stand for this raad and the last day for its zienswijze.
 */
export function GemeenteBegrotingen({ naam, rows }: { naam: string; rows: GemeenteBegrotingRow[] }) {
  return (
    <section aria-labelledby="begrotingen-kop" data-testid="gemeente-begrotingen">
      <Heading level={2} id="begrotingen-kop">
        Begrotingen van de gemeenschappelijke regelingen
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{naam} doet niet mee aan een gemeenschappelijke regeling.</Paragraph>
      ) : (
        <Table
          caption={`Per regeling: de begroting waar de raad van ${naam} nu aan werkt`}
          head={["Regeling", "Begroting", `Raad van ${naam}`, "Zienswijze uiterlijk"]}
        >
          {rows.map((r) => (
            <Row key={r.regeling.slug}>
              <Cell header>
                <Link href={`/regelingen/${r.regeling.slug}`}>{r.regeling.naam}</Link>
              </Cell>
              <Cell>
                {r.cycle
                  ? `${r.cycle.jaar}: ${r.cycle.statusLabel}`
                  : r.geenPartij
                    ? "De raad is geen partij bij de begroting"
                    : "Nog geen begrotingscyclus"}
              </Cell>
              <Cell>{r.cycle ? raadText(r.cycle) : "—"}</Cell>
              <Cell>
                {r.cycle?.zienswijzeUiterlijk
                  ? `${formatDutchDate(r.cycle.zienswijzeUiterlijk)}${r.cycle.gepland ? " (volgens de jaarplanning)" : ""}`
                  : "—"}
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}
