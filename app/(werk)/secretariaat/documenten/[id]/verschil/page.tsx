import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadDocumentVersions } from "@/lib/read-models/secretariaat";
import { diffVersions } from "@/lib/documents/diff";
import { DiffParts as Parts } from "@/components/documents/DiffParts";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { Geweigerd } from "../../../Geweigerd";
import { requireSecretariaat } from "../../../guard";
import { Button, SelectField } from "@/components/ui/form";

export const metadata: Metadata = { title: "Secretariaat — verschil tussen versies" };

const CHANGE_LABELS = {
  toegevoegd: "Nieuw artikel",
  verwijderd: "Artikel vervallen",
  gewijzigd: "Gewijzigd",
  ongewijzigd: "Ongewijzigd",
} as const;

export default async function VerschilPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ van?: string; naar?: string }>;
}) {
  await connection();
  const { id } = await params;
  const sp = await searchParams;
  const access = await requireSecretariaat(`/secretariaat/documenten/${id}/verschil`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const document = await read(loadDocumentVersions, id);
  if (!document) notFound();
  const newest = document.versions.at(-1)?.number ?? 1;
  const naar = Number.parseInt(sp.naar ?? String(newest), 10);
  const van = Number.parseInt(sp.van ?? String(naar - 1), 10);
  const older = document.versions.find((v) => v.number === van);
  const newer = document.versions.find((v) => v.number === naar);
  const diff = older && newer ? diffVersions(older.articles, newer.articles) : null;
  const changed = diff?.filter((d) => d.change !== "ongewijzigd") ?? [];

  return (
    <>
      <Heading level={1}>Verschil tussen versies van {document.titel}</Heading>
      <Paragraph>
        {document.procedures[0] ? (
          <a href={`/secretariaat/procedures/${document.procedures[0].id}`}>Terug naar de procedure</a>
        ) : (
          <a href="/secretariaat">Terug naar het secretariaat</a>
        )}
      </Paragraph>
      <form method="get" className="grv-form" aria-label="Kies de versies">
        {(
          [
            ["van", "Oudere versie", van],
            ["naar", "Nieuwere versie", naar],
          ] as const
        ).map(([name, label, value]) => (
          <SelectField
            key={name}
            id={`versie-${name}`}
            name={name}
            label={label}
            defaultValue={String(value)}
            options={document.versions.map((v) => [String(v.number), `Versie ${v.number}: ${v.label}`] as const)}
          />
        ))}
        <div>
          <Button type="submit" appearance="secondary-action-button">
            Verschil tonen
          </Button>
        </div>
      </form>
      {!diff || !older || !newer ? (
        <Alert type="warning">Kies twee bestaande versies van dit document.</Alert>
      ) : (
        <>
          <Paragraph>
            Van versie {older.number} ({older.label}) naar versie {newer.number} ({newer.label}):{" "}
            {changed.length === 0 ? "geen verschillen" : `${changed.length} artikel(en) gewijzigd`}. Toegevoegde tekst
            is onderstreept, verwijderde tekst is doorgestreept.
          </Paragraph>
          {diff.map((d) => {
            const kop = d.after ?? d.before;
            if (!kop) return null; // a diff entry has an old or a new article, or both
            return (
              <section key={d.key} className="grv-article" aria-labelledby={`artikel-${d.key}`} data-change={d.change}>
                <h2 className="utrecht-heading-3" id={`artikel-${d.key}`}>
                  {/^\d/.test(kop.nummer) ? `Artikel ${kop.nummer}` : kop.nummer} –{" "}
                  {d.change === "gewijzigd" && d.titel.length ? <Parts parts={d.titel} /> : kop.titel}
                  <span className="grv-badge grv-badge--neutral"> {CHANGE_LABELS[d.change]}</span>
                </h2>
                {d.change === "ongewijzigd" ? null : (
                  <div className="grv-article__text" style={{ whiteSpace: "pre-wrap" }}>
                    <Parts parts={d.tekst} />
                  </div>
                )}
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
