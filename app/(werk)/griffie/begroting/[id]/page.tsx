import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadGriffieBegroting } from "@/lib/services/begroting/read";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { WijzigingView } from "@/lib/services/begroting/read";
import { SaveNotices } from "@/components/begroting/SaveNotice";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BegrotingFacts, BegrotingRaadDetails } from "@/components/begroting/BegrotingCycle";
import { BegrotingZienswijzeForm } from "@/components/begroting/BegrotingForms";
import { requireGriffier } from "../../guard";
import { Geweigerd } from "../../Geweigerd";
import { begrotingZienswijzeAction, wijzigingZienswijzeAction } from "../../actions";
import { WijzigingFacts } from "@/components/begroting/Wijzigingen";

export const metadata: Metadata = { title: "Begroting — griffie" };

export default async function GriffieBegrotingPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireGriffier(`/griffie/begroting/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const loaded = await read(loadGriffieBegroting, id, access.user.gemeenteId);
  if (!loaded) notFound();
  const { cycle, raad } = loaded;
  return (
    <>
      <p>
        <a href="/griffie/begroting">← Alle begrotingen</a>
      </p>
      <Heading level={1}>{cycle.titel}</Heading>
      <SaveNotices>
        <dl className="grv-facts">
          <dt>Stand van uw raad</dt>
          <dd data-testid="raad-stand">{raad.statusLabel}</dd>
          <dt>Zienswijze uiterlijk</dt>
          <dd>{raad.termijnEinde ? formatDutchDate(raad.termijnEinde) : "Nog niet bekend"}</dd>
        </dl>
        <BegrotingRaadDetails raad={raad} />
        {raad.status === "ontvangen" ? (
          <section aria-labelledby="besluit-raad">
            <Heading level={2} id="besluit-raad">
              Besluit van de raad vastleggen
            </Heading>
            <Paragraph>
              Een punt van de zienswijze verwijst naar een programma of een pagina van de begroting. Het bestuur
              antwoordt schriftelijk vóór de vaststelling.
            </Paragraph>
            <BegrotingZienswijzeForm
              key={raad.status}
              procedureId={cycle.id}
              participantId={raad.participantId}
              action={begrotingZienswijzeAction}
            />
          </section>
        ) : null}
        <WijzigingenVanDeRaad
          procedureId={cycle.id}
          jaar={cycle.jaar}
          gemeenteId={access.user.gemeenteId}
          wijzigingen={cycle.wijzigingen}
        />
        <Heading level={2}>De begroting van de regeling</Heading>
        <BegrotingFacts cycle={cycle} headingLevel={3} />
      </SaveNotices>
    </>
  );
}

/**
 * The begrotingswijzigingen sent to the raden (art. 35 lid 5): the own raad's stand and deadline on each, and the
 * same zienswijze form as on the ontwerpbegroting while its window is open.
 */
function WijzigingenVanDeRaad(props: {
  procedureId: string;
  jaar: number;
  gemeenteId: string;
  wijzigingen: readonly WijzigingView[];
}) {
  const sent = props.wijzigingen.filter((w) => w.sentOn);
  return (
    <section aria-labelledby="begrotingswijzigingen">
      <Heading level={2} id="begrotingswijzigingen">
        Begrotingswijzigingen {props.jaar}
      </Heading>
      {sent.length ? null : <Paragraph>Er is (nog) geen begrotingswijziging naar de raden gestuurd.</Paragraph>}
      {sent.map((w) => {
        const raad = w.raden.find((r) => r.gemeenteId === props.gemeenteId);
        if (!raad) return null;
        return (
          <section key={w.nummer} aria-labelledby={`wijziging-${w.nummer}`} data-testid={`wijziging-${w.nummer}`}>
            <Heading level={3} id={`wijziging-${w.nummer}`}>
              Wijziging {w.nummer}: {w.titel}
            </Heading>
            <WijzigingFacts w={w} />
            <dl className="grv-facts">
              <dt>Stand van uw raad</dt>
              <dd data-testid={`wijziging-${w.nummer}-raad-stand`}>{raad.statusLabel}</dd>
              <dt>Zienswijze uiterlijk</dt>
              <dd>{raad.termijnEinde ? formatDutchDate(raad.termijnEinde) : "Nog niet bekend"}</dd>
            </dl>
            <BegrotingRaadDetails raad={raad} />
            {raad.status === "ontvangen" && w.status === "ontwerp_verzonden" ? (
              <BegrotingZienswijzeForm
                key={`${w.nummer}-${raad.status}`}
                procedureId={props.procedureId}
                participantId={raad.participantId}
                nummer={w.nummer}
                action={wijzigingZienswijzeAction}
              />
            ) : null}
          </section>
        );
      })}
    </section>
  );
}
