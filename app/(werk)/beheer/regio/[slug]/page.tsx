import type { Metadata } from "next";
import { read } from "@/lib/read-models";
import { loadRegio, replaceableRegelingen } from "@/lib/services/beheer/queries";
import { VORMEN } from "@/lib/validation/beheer/regeling";
import { Heading } from "@/components/ui/nlds";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { GemeentenCsvForm } from "@/components/beheer/GemeentenCsvForm";
import { BeheerGeweigerd, requireBeheerRecord } from "../../guard";
import { BeheerNav } from "../../nav";
import { OpheffenForm } from "../../opheffen/OpheffenForm";
import { importGemeentenAction, saveGemeenteAction, saveRegelingAction, saveRegioAction } from "../../actions";
import { GEMEENTE_FIELDS, regelingFields, slugField } from "../../fields";

export const metadata: Metadata = { title: "Beheer — regio" };

export default async function RegioBeheerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await requireBeheerRecord(`/beheer/regio/${slug}`, loadRegio, slug);
  if ("refusal" in page) return <BeheerGeweigerd reason={page.refusal} />;
  const regio = page.record;
  const vervangbaar = await read(replaceableRegelingen);
  return (
    <>
      <BeheerNav trail={[{ href: `/beheer/regio/${regio.slug}`, label: regio.naam }]} />
      <Heading level={1}>Regio {regio.naam}</Heading>

      <Heading level={2}>Gemeenten</Heading>
      {regio.gemeenten.length === 0 ? (
        <p>Deze regio heeft nog geen gemeenten.</p>
      ) : (
        <ul data-testid="gemeenten">
          {regio.gemeenten.map((g) => {
            const raad = g.bodies.find((b) => b.kind === "RAAD");
            const griffie = g.bodies.find((b) => b.kind === "GRIFFIE");
            return (
              <li key={g.id}>
                <a href={`/beheer/gemeenten/${g.slug}`}>{g.naam}</a> — raad: {raad?.zetels ?? "?"} zetels
                {griffie?.email ? `, griffie: ${griffie.email}` : ""}
                {g.opgehevenOp ? " (opgeheven)" : ""}
              </li>
            );
          })}
        </ul>
      )}
      <BeheerForm
        formId="nieuwe-gemeente"
        title="Gemeente toevoegen"
        submitLabel="Gemeente toevoegen"
        schema="gemeente"
        action={saveGemeenteAction}
        hidden={{ regioId: regio.id }}
        fields={GEMEENTE_FIELDS}
        success="De gemeente is toegevoegd, met haar raad, college en griffie."
        openHref="/beheer/gemeenten/{slug}"
        resetOnSuccess
      />
      <GemeentenCsvForm regioId={regio.id} action={importGemeentenAction} />

      <Heading level={2}>Gemeenschappelijke regelingen</Heading>
      {regio.regelingen.length === 0 ? (
        <p>Deze regio heeft nog geen regelingen.</p>
      ) : (
        <ul data-testid="regelingen">
          {regio.regelingen.map((r) => (
            <li key={r.id}>
              <a href={`/beheer/regelingen/${r.slug}`}>{r.naam}</a> ({VORMEN[r.vorm]})
            </li>
          ))}
        </ul>
      )}
      <BeheerForm
        formId="nieuwe-regeling"
        title="Nieuwe regeling"
        submitLabel="Regeling aanmaken"
        schema="regeling"
        action={saveRegelingAction}
        hidden={{ regioId: regio.id }}
        fields={regelingFields(vervangbaar)}
        participants={regio.gemeenten
          // An ended (opgeheven) gemeente cannot join a new regeling: not offered.
          .filter((g) => !g.opgehevenOp)
          .map((g) => ({ gemeenteId: g.id, naam: g.naam, scope: "", topics: "" }))}
        success="De regeling is aangemaakt."
        openHref="/beheer/regelingen/{slug}"
        resetOnSuccess
      />

      <BeheerForm
        formId="regio-wijzigen"
        title="Regio wijzigen"
        submitLabel="Regio opslaan"
        schema="regio"
        action={saveRegioAction}
        hidden={{ id: regio.id }}
        fields={[
          { name: "naam", label: "Naam van de regio", type: "text", value: regio.naam },
          slugField("Wijzigt ook het adres van deze pagina.", regio.slug),
          { name: "omschrijving", label: "Omschrijving (optioneel)", type: "text", value: regio.omschrijving ?? "" },
        ]}
        success="De regio is opgeslagen."
        openHref="/beheer/regio/{slug}"
      />
      <OpheffenForm soort="regio" id={regio.id} opgehevenOp={regio.opgehevenOp} />
    </>
  );
}
