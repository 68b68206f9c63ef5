import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { defaultRegelingSlug } from "@/lib/services/overview";
import { loadBegrotingOverview } from "@/lib/services/begroting/read";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { BegrotingStartForm } from "@/components/begroting/BegrotingForms";
import { Geweigerd } from "../Geweigerd";
import { requireSecretariaat, todayIso } from "../guard";
import { SecretariaatNav } from "../nav";
import { begrotingStartAction } from "./actions";

export const metadata: Metadata = { title: "Secretariaat — begrotingscyclus" };

type Search = Promise<{ regeling?: string }>;

export default async function BegrotingOverviewPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const access = await requireSecretariaat("/secretariaat/begroting");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const slug = (await searchParams).regeling ?? (await read(defaultRegelingSlug));
  const overview = slug ? await read(loadBegrotingOverview, slug) : null;
  return (
    <>
      <Heading level={1}>Begrotingscyclus</Heading>
      <SecretariaatNav current="/secretariaat/begroting" />
      {overview ? (
        <>
          <Paragraph>
            Elk jaar: kaders en voorlopige jaarrekening, de ontwerpbegroting met de zienswijzen van de raden, het
            antwoord van het bestuur, de vaststelling en de verzending aan Gedeputeerde Staten.
          </Paragraph>
          <Heading level={2}>{overview.regeling.naam}</Heading>
          {overview.cycles.length ? (
            <ul className="grv-list" aria-label="Begrotingen">
              {overview.cycles.map((c) => (
                <li key={c.id}>
                  <Link href={`/secretariaat/begroting/${c.id}`}>Begroting {c.jaar}</Link> — {c.statusLabel}
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>Voor deze regeling is nog geen begrotingscyclus gestart.</Paragraph>
          )}
          <Heading level={2}>Nieuwe cyclus starten</Heading>
          <BegrotingStartForm
            regelingen={[[overview.regeling.id, overview.regeling.naam]]}
            jaar={Number(todayIso().slice(0, 4)) + 1}
            action={begrotingStartAction}
          />
        </>
      ) : (
        <Paragraph>Er is nog geen regeling.</Paragraph>
      )}
    </>
  );
}
