import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { listRegios } from "@/lib/services/beheer/queries";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { BeheerGeweigerd, requireBeheer } from "./guard";
import { saveRegioAction } from "./actions";
import { slugField } from "./fields";

export const metadata: Metadata = { title: "Beheer — regio's" };

export default async function BeheerPage() {
  await connection();
  const access = await requireBeheer("/beheer");
  if ("refusal" in access) return <BeheerGeweigerd reason={access.refusal} />;
  const regios = await read(listRegios);
  return (
    <>
      <Heading level={1}>Beheer</Heading>
      <Paragraph>
        Hier richt u een regio in: de gemeenten met hun raad, college en griffie, en de gemeenschappelijke regelingen
        met hun deelnemers en procedures. Elke wijziging komt in het auditlogboek.
      </Paragraph>
      <Paragraph>
        <a href="/beheer/gebruikers">Gebruikers</a>: uitnodigen, rol en gemeente, deactiveren, wachtwoord herstellen en
        inlezen uit CSV.
      </Paragraph>
      <Heading level={2}>Regio&apos;s</Heading>
      {regios.length === 0 ? (
        <Paragraph>Er is nog geen regio.</Paragraph>
      ) : (
        <ul data-testid="regios">
          {regios.map((r) => (
            <li key={r.id}>
              <a href={`/beheer/regio/${r.slug}`}>{r.naam}</a> — {r._count.gemeenten} gemeenten, {r._count.regelingen}{" "}
              regelingen{r.opgehevenOp ? " (opgeheven)" : ""}
            </li>
          ))}
        </ul>
      )}
      <BeheerForm
        formId="nieuwe-regio"
        title="Nieuwe regio"
        submitLabel="Regio aanmaken"
        schema="regio"
        action={saveRegioAction}
        fields={[
          { name: "naam", label: "Naam van de regio", type: "text" },
          slugField("Kleine letters, cijfers en koppeltekens, bijvoorbeeld regio-noord."),
          { name: "omschrijving", label: "Omschrijving (optioneel)", type: "text" },
        ]}
        success="De regio is aangemaakt."
        openHref="/beheer/regio/{slug}"
        resetOnSuccess
      />
    </>
  );
}
