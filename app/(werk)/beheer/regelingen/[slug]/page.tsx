import type { Metadata } from "next";
import { read } from "@/lib/read-models";
import { loadRegeling, replaceableRegelingen } from "@/lib/services/beheer/queries";
import { PROCEDURE_SOORTEN } from "@/lib/validation/beheer/regeling";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { BeheerGeweigerd, requireBeheerRecord } from "../../guard";
import { BeheerNav } from "../../nav";
import { eindeVervangenRegelingAction, saveRegelingAction, startProcedureAction } from "../../actions";
import { regelingFields } from "../../fields";

export const metadata: Metadata = { title: "Beheer — regeling" };

export default async function RegelingBeheerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await requireBeheerRecord(`/beheer/regelingen/${slug}`, loadRegeling, slug);
  if ("refusal" in page) return <BeheerGeweigerd reason={page.refusal} />;
  const regeling = page.record;
  const vervangbaar = (await read(replaceableRegelingen)).filter((r) => r.id !== regeling.id);
  const active = new Map(regeling.participants.filter((p) => !p.leftOn).map((p) => [p.gemeenteId, p]));
  // An ended (opgeheven) gemeente cannot join (saveRegeling refuses it), so it is not offered; a
  // current participant stays visible, as do participants from outside the regio (older data), so
  // saving does not end-date them unasked.
  const gemeenten = (regeling.regio?.gemeenten ?? []).filter((g) => !g.opgehevenOp || active.has(g.id));
  for (const p of regeling.participants)
    if (!gemeenten.some((g) => g.id === p.gemeenteId) && (!p.gemeente.opgehevenOp || active.has(p.gemeenteId)))
      gemeenten.push(p.gemeente);
  const trail = regeling.regio ? [{ href: `/beheer/regio/${regeling.regio.slug}`, label: regeling.regio.naam }] : [];
  return (
    <>
      <BeheerNav trail={[...trail, { href: `/beheer/regelingen/${regeling.slug}`, label: regeling.naam }]} />
      <Heading level={1}>{regeling.naam}</Heading>
      <Paragraph>
        Openbare pagina: <a href={`/regelingen/${regeling.slug}`}>/regelingen/{regeling.slug}</a>
      </Paragraph>

      <Heading level={2}>Procedures</Heading>
      {regeling.procedures.length === 0 ? (
        <Paragraph>Er is nog geen procedure gestart.</Paragraph>
      ) : (
        <ul data-testid="procedures">
          {regeling.procedures.map((p) => (
            <li key={p.id}>
              {p.titel} ({PROCEDURE_SOORTEN[p.kind as keyof typeof PROCEDURE_SOORTEN] ?? p.kind})
            </li>
          ))}
        </ul>
      )}
      <BeheerForm
        formId="procedure-starten"
        title="Procedure starten"
        submitLabel="Procedure starten"
        schema="procedure"
        action={startProcedureAction}
        hidden={{ regelingId: regeling.id }}
        fields={[
          {
            name: "kind",
            label: "Soort procedure",
            type: "select",
            options: [["", "Kies een soort"], ...Object.entries(PROCEDURE_SOORTEN)],
          },
          {
            name: "titel",
            label: "Titel van de procedure",
            type: "text",
            hint: "Bijvoorbeeld: Treffen GR Sociaal Domein 2027.",
          },
        ]}
        success="De procedure is gestart, met een spoor per deelnemende gemeente. Het secretariaat publiceert de tekst als versie."
        resetOnSuccess
      />

      {regeling.vervangt ? (
        <BeheerForm
          formId="einde-vervangen-regeling"
          title={`Einde van de ${regeling.vervangt.naam} vastleggen`}
          submitLabel="Einddatum vastleggen"
          schema="eindeVervangen"
          action={eindeVervangenRegelingAction}
          hidden={{ regelingId: regeling.id }}
          fields={[
            {
              name: "einddatum",
              label: "Laatste dag van de vervangen regeling",
              type: "date",
              hint: "De dag vóór de inwerkingtreding van deze regeling, zodat er geen gat en geen overlap is.",
              value: regeling.vervangt.beeindigdOp?.toISOString().slice(0, 10) ?? "",
            },
          ]}
          success="De einddatum van de vervangen regeling is vastgelegd."
        />
      ) : null}

      {regeling.regioId ? (
        <BeheerForm
          formId="regeling-wijzigen"
          title="Regeling wijzigen"
          submitLabel="Regeling opslaan"
          schema="regeling"
          action={saveRegelingAction}
          hidden={{ id: regeling.id, regioId: regeling.regioId }}
          fields={regelingFields(vervangbaar, {
            naam: regeling.naam,
            slug: regeling.slug,
            vorm: regeling.vorm,
            partijen: regeling.partijen,
            vervangtId: regeling.vervangtId ?? "",
            beoogdeInwerkingtreding: regeling.targetInForce?.toISOString().slice(0, 10) ?? "",
            topics: regeling.topics.join(", "),
            ontvangstAannameDagen: String(regeling.ontvangstAannameDagen),
            pdfVerplicht: regeling.pdfVerplicht,
            wijzigingVrijstelling: regeling.wijzigingVrijstelling.join(", "),
          })}
          participants={gemeenten.map((g) => {
            const p = active.get(g.id);
            return { gemeenteId: g.id, naam: g.naam, scope: p?.scope ?? "", topics: p?.scopeTopics.join(", ") ?? "" };
          })}
          success="De regeling is opgeslagen. Een gemeente die niet meer meedoet, is per vandaag beëindigd (niet verwijderd)."
          openHref="/beheer/regelingen/{slug}"
        />
      ) : (
        <Paragraph>
          Deze regeling hoort bij geen regio; koppel haar eerst aan een regio om haar hier te wijzigen.
        </Paragraph>
      )}
    </>
  );
}
