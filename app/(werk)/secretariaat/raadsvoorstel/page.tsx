import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadRaadsvoorstelOverview } from "@/lib/read-models/secretariaat";
import { defaultRegelingSlug } from "@/lib/services/overview";
import { findPdfConverter } from "@/lib/documents/word/pdf";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { Geweigerd } from "../Geweigerd";
import { requireSecretariaat } from "../guard";
import { SecretariaatNav } from "../nav";

export const metadata: Metadata = { title: "Secretariaat — concept-raadsvoorstellen" };

/** A draft raadsvoorstel per gemeente (DOCX), pre-filled with the facts of the GR procedure. */
export default async function RaadsvoorstelPage() {
  await connection();
  const access = await requireSecretariaat("/secretariaat/raadsvoorstel");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const slug = await read(defaultRegelingSlug);
  const pdf = (await findPdfConverter()) !== null;
  const { regeling, procedure } = slug
    ? await read(loadRaadsvoorstelOverview, slug)
    : { regeling: null, procedure: null };

  return (
    <>
      <Heading level={1}>Concept-raadsvoorstellen</Heading>
      <SecretariaatNav current="/secretariaat/raadsvoorstel" />
      {!regeling || !procedure ? (
        <Paragraph>Er is nog geen GR-procedure om een raadsvoorstel voor te maken.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Per gemeente een concept-raadsvoorstel voor {procedure.titel} als Word-document: onderwerp, samenvatting,
            voorstel, inleiding, bevoegdheid en bijlagen, ingevuld met de gegevens van de procedure. De griffie en de
            ambtenaar maken het daarna af. Een gemeente die alleen via een addendum is aangesloten, krijgt een voorstel
            dat past bij haar positie: zij is geen partij bij de nieuwe regeling.
          </Paragraph>
          {pdf ? null : (
            <Paragraph>
              PDF-versies zijn op deze server niet beschikbaar (LibreOffice ontbreekt). Bewaar het Word-document als
              PDF.
            </Paragraph>
          )}
          <Table caption={`Concept-raadsvoorstellen voor ${regeling.naam}`} head={["Gemeente", "Deelname", "Download"]}>
            {regeling.participants.map((p) => (
              <Row key={p.id}>
                <Cell header>{p.gemeente.naam}</Cell>
                <Cell>{p.scope === "FULL" ? "Volledig" : "Addendum"}</Cell>
                <Cell>
                  <a href={`/secretariaat/raadsvoorstel/${procedure.id}/${p.gemeente.slug}`}>
                    Raadsvoorstel {p.gemeente.naam} (DOCX)
                  </a>
                  {pdf ? (
                    <>
                      {" · "}
                      <a href={`/secretariaat/raadsvoorstel/${procedure.id}/${p.gemeente.slug}/pdf`}>
                        Raadsvoorstel {p.gemeente.naam} (PDF)
                      </a>
                    </>
                  ) : null}
                </Cell>
              </Row>
            ))}
          </Table>
        </>
      )}
    </>
  );
}
