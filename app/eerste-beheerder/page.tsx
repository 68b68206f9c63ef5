import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { read } from "@/lib/read-models";
import { beheerderBestaat } from "@/lib/services/users/eerste-beheerder";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { EersteBeheerderForm } from "@/components/users/EersteBeheerderForm";
import { eersteBeheerderAction } from "./actions";

export const metadata: Metadata = { title: "Eerste beheerder", referrer: "no-referrer", robots: { index: false } };

/**
 * First run: make the first beheerder in the browser. Exists only while no beheerder exists (404
 * afterwards), and needs the one-time setup code that `gr-volg start` printed (docs/security.md).
 */
export default async function EersteBeheerderPage() {
  await connection();
  if (await read(beheerderBestaat)) notFound();
  return (
    <>
      <Heading level={1}>Eerste beheerder</Heading>
      <Paragraph>
        Deze installatie heeft nog geen beheerder. Maak hier het eerste beheerdersaccount. U heeft de installatiecode
        nodig die <code>gr-volg start</code> bij het starten afdrukte (een nieuwe code:{" "}
        <code>gr-volg beheer eerste-code</code>
        ). Zodra er een beheerder is, bestaat deze pagina niet meer; verdere gebruikers nodigt de beheerder uit via
        Beheer → Gebruikers.
      </Paragraph>
      <EersteBeheerderForm action={eersteBeheerderAction} />
    </>
  );
}
