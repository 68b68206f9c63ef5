import type { Metadata } from "next";
import { read } from "@/lib/read-models";
import { loadGemeente, listRegios } from "@/lib/services/beheer/queries";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { BeheerGeweigerd, requireBeheerRecord } from "../../guard";
import { BeheerNav } from "../../nav";
import { OpheffenForm } from "../../opheffen/OpheffenForm";
import { saveGemeenteAction } from "../../actions";
import { gemeenteFields } from "../../fields";

export const metadata: Metadata = { title: "Beheer — gemeente" };

export default async function GemeenteBeheerPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = await requireBeheerRecord(`/beheer/gemeenten/${slug}`, loadGemeente, slug);
  if ("refusal" in page) return <BeheerGeweigerd reason={page.refusal} />;
  const gemeente = page.record;
  const regios = await read(listRegios);
  const body = (kind: string) => gemeente.bodies.find((b) => b.kind === kind);
  const trail = gemeente.regio ? [{ href: `/beheer/regio/${gemeente.regio.slug}`, label: gemeente.regio.naam }] : [];
  return (
    <>
      <BeheerNav trail={[...trail, { href: `/beheer/gemeenten/${gemeente.slug}`, label: gemeente.naam }]} />
      <Heading level={1}>Gemeente {gemeente.naam}</Heading>
      <Paragraph>
        Bestuursorganen:{" "}
        {[body("RAAD")?.naam, body("COLLEGE")?.naam, body("GRIFFIE")?.naam].filter(Boolean).join(", ") || "nog geen"}.
      </Paragraph>
      <BeheerForm
        formId="gemeente-wijzigen"
        title="Gemeente wijzigen"
        submitLabel="Gemeente opslaan"
        schema="gemeente"
        action={saveGemeenteAction}
        hidden={{ id: gemeente.id }}
        fields={[
          {
            name: "regioId",
            label: "Regio",
            type: "select",
            options: [["", "Kies een regio"], ...regios.map((r) => [r.id, r.naam] as [string, string])],
            value: gemeente.regioId ?? "",
          },
          ...gemeenteFields({
            naam: gemeente.naam,
            slug: gemeente.slug,
            cbsCode: gemeente.cbsCode ?? "",
            zetels: body("RAAD")?.zetels?.toString() ?? "",
            griffieEmail: body("GRIFFIE")?.email ?? "",
          }),
        ]}
        success="De gemeente is opgeslagen."
        openHref="/beheer/gemeenten/{slug}"
      />
      <OpheffenForm soort="gemeente" id={gemeente.id} opgehevenOp={gemeente.opgehevenOp} />
    </>
  );
}
