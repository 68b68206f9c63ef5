import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadGriffieBegrotingen } from "@/lib/services/begroting/read";
import { loadGriffiePlanningen } from "@/lib/services/begroting/planning-read";
import { feasibilityText } from "@/components/begroting/PlanningView";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { requireGriffier } from "../guard";
import { Geweigerd } from "../Geweigerd";

export const metadata: Metadata = { title: "Begrotingen — griffie" };

export default async function GriffieBegrotingenPage() {
  await connection();
  const access = await requireGriffier("/griffie/begroting");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const cycles = await read(loadGriffieBegrotingen, access.user.gemeenteId);
  const planningen = await read(loadGriffiePlanningen, access.user.gemeenteId);
  return (
    <>
      <p>
        <a href="/griffie">← Terug naar de griffie</a>
      </p>
      <Heading level={1}>Begrotingen van de regelingen</Heading>
      <Paragraph>
        De ontwerpbegrotingen van de gemeenschappelijke regelingen waaraan uw gemeente deelneemt. Leg hier de zienswijze
        van uw raad vast, of dat de raad geen zienswijze geeft.
      </Paragraph>
      {cycles.length ? (
        <ul className="grv-list" aria-label="Begrotingen">
          {cycles.map((c) => (
            <li key={c.id}>
              <Link href={`/griffie/begroting/${c.id}`}>
                Begroting {c.jaar} — {c.regeling.naam}
              </Link>{" "}
              ({c.statusLabel})
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er loopt nog geen begrotingscyclus.</Paragraph>
      )}
      <Heading level={2} id="jaarplanning">
        Jaarplanning: haalt uw raad de termijnen?
      </Heading>
      {planningen.length ? (
        <Table
          caption="Termijnen uit de jaarplanning van de besturen, met de raadsvergaderingen van uw gemeente"
          head={["Regeling", "Wat", "Uiterlijk", "Haalbaarheid"]}
        >
          {planningen.map((p) => (
            <Row key={`${p.procedureId}-${p.item.key}`}>
              <Cell header>
                Begroting {p.jaar} — {p.regeling.naam}
              </Cell>
              <Cell>{p.item.label}</Cell>
              <Cell>{formatDutchDate(p.item.lastDay)}</Cell>
              <Cell>{feasibilityText(p.feasibility)}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Nog geen regeling heeft een jaarplanning met de aanbieding aan het algemeen bestuur.</Paragraph>
      )}
    </>
  );
}
