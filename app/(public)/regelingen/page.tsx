import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { VORM_LABELS, procedureStateLabel } from "@/lib/presentation/labels";
import { formatDutchDate } from "@/lib/presentation/dates";
import { listPublicRegelingen } from "@/lib/services/public/regelingen";
import { targetVerdicts } from "@/lib/read-models/regeling-timeline";
import { todayInNetherlands } from "@/lib/domain";

export const metadata: Metadata = { title: "Regelingen" };

export default async function RegelingenPage() {
  await connection();
  const regelingen = await read(listPublicRegelingen);
  const running = regelingen.filter((r) => r.targetInForce && !r.inWerkingOp).map((r) => r.slug);
  const verdicts = await read(targetVerdicts, running, todayInNetherlands());
  return (
    <>
      <Heading level={1}>Gemeenschappelijke regelingen</Heading>
      <Paragraph>
        Gemeenten werken samen in een gemeenschappelijke regeling. Hier ziet u elke regeling en hoe ver de
        besluitvorming is. U hoeft niet in te loggen.
      </Paragraph>
      {regelingen.length === 0 ? (
        <Paragraph>Er zijn nog geen regelingen ingevoerd.</Paragraph>
      ) : (
        <Table caption="Alle regelingen" head={["Regeling", "Vorm", "Stand", "Deelnemers", "In werking"]}>
          {regelingen.map((r) => {
            const gr = r.procedures.find((p) => p.kind.startsWith("GR_"));
            return (
              <Row key={r.id}>
                <Cell header>
                  <Link href={`/regelingen/${r.slug}`}>{r.naam}</Link>
                </Cell>
                <Cell>{VORM_LABELS[r.vorm]}</Cell>
                <Cell>
                  {gr
                    ? procedureStateLabel(gr.kind, gr.derivedState)
                    : r.beeindigdOp
                      ? "Beëindigd"
                      : "Geen lopende procedure"}
                </Cell>
                <Cell>{r._count.participants}</Cell>
                <Cell>
                  {r.inWerkingOp
                    ? formatDutchDate(r.inWerkingOp)
                    : r.targetInForce
                      ? `Gepland: ${formatDutchDate(r.targetInForce)}`
                      : "—"}
                  {verdicts.get(r.slug)?.reachable === false ? (
                    <span className="grv-target-verdict" data-testid={`doel-${r.slug}`}>
                      {" "}
                      {verdicts.get(r.slug)?.text}
                    </span>
                  ) : null}
                </Cell>
              </Row>
            );
          })}
        </Table>
      )}
      <Paragraph>
        Bent u ontwikkelaar? Alle gegevens zijn ook beschikbaar via de{" "}
        <Link href="/api/v1/openapi.json">open API (OpenAPI-beschrijving)</Link>.
      </Paragraph>
    </>
  );
}
