import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { documentTitle } from "@/lib/read-models/public";
import { publicKey } from "@/lib/services/public/keys";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { versionDateFact } from "@/lib/presentation/legal-date";
import { loadPublicDocument } from "@/lib/services/public/documenten";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const d = publicKey((await params).id) === null ? null : await read(documentTitle, (await params).id);
  return { title: d ?? "Document niet gevonden" };
}

export default async function DocumentPage({ params }: Props) {
  await connection();
  const key = publicKey((await params).id);
  if (key === null) notFound();
  const doc = await read(loadPublicDocument, key);
  if (!doc) notFound();
  return (
    <>
      <Heading level={1}>{doc.titel}</Heading>
      <Paragraph>
        Onderdeel van <Link href={`/regelingen/${doc.regeling.slug}`}>{doc.regeling.naam}</Link>.
        {doc.periode ? ` Periode: ${doc.periode}.` : ""} {doc.omschrijving ?? ""}
      </Paragraph>
      {doc.bron ? <Paragraph className="grv-muted">Bron: {doc.bron}</Paragraph> : null}
      <Paragraph>
        Een document kan meerdere versies hebben. Elk besluit gaat over één versie. Met de controlecode (hash) kunt u
        zien of twee raden over precies dezelfde tekst besloten.
      </Paragraph>
      {doc.versions.map((v) => (
        <section key={v.id} aria-labelledby={`versie-${v.number}`} className="grv-version">
          <Heading level={2} id={`versie-${v.number}`}>
            {v.label} — {v.status === "DEFINITIEF" ? "definitieve tekst" : "concepttekst"}
          </Heading>
          <dl className="grv-facts grv-facts-public">
            <dt>Versie</dt>
            <dd>{v.number}</dd>
            <dt>{versionDateFact(v).label}</dt>
            <dd>{versionDateFact(v).value}</dd>
            <dt>Controlecode</dt>
            <dd>
              <code className="grv-hash">{v.contentHash}</code>
            </dd>
          </dl>
          {v.toelichting ? <Paragraph>{v.toelichting}</Paragraph> : null}
          {v.articles.length === 0 ? (
            <Paragraph>Van deze versie zijn geen artikelen ingevoerd.</Paragraph>
          ) : (
            v.articles.map((a) => (
              <article key={a.id} className="grv-article">
                <Heading level={3}>
                  {/^\d/.test(a.nummer) ? `Artikel ${a.nummer}` : a.nummer}. {a.titel}
                </Heading>
                <p className="grv-article__text">{a.tekst}</p>
              </article>
            ))
          )}
        </section>
      ))}
    </>
  );
}
