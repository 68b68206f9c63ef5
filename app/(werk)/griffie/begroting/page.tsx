import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadGriffieBegrotingen } from "@/lib/services/begroting/read";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { requireGriffier } from "../guard";
import { Geweigerd } from "../Geweigerd";

export const metadata: Metadata = { title: "Begrotingen — griffie" };

export default async function GriffieBegrotingenPage() {
  await connection();
  const access = await requireGriffier("/griffie/begroting");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const cycles = await read(loadGriffieBegrotingen, access.user.gemeenteId);
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
    </>
  );
}
