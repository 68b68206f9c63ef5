import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { read } from "@/lib/read-models";
import { loadGemeente, listRegios } from "@/lib/services/beheer/queries";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { BeheerGeweigerd, requireBeheer } from "../../guard";
import { BeheerNav } from "../../nav";
import { OpheffenForm } from "../../opheffen/OpheffenForm";
import { saveGemeenteAction } from "../../actions";
import { gemeenteFields } from "../../fields";

export const metadata: Metadata = { title: "Beheer — gemeente" };

export default async function GemeenteBeheerPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const access = await requireBeheer(`/beheer/gemeenten/${slug}`);
  if ("refusal" in access) return <BeheerGeweigerd reason={access.refusal} />;
  const gemeente = await read(loadGemeente, slug);
  if (!gemeente) notFound();
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
