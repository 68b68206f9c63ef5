import type { Metadata } from "next";
import { connection } from "next/server";
import { todayInNetherlands } from "@/lib/domain";
import { read } from "@/lib/read-models";
import { loadGriffieAgenda } from "@/lib/read-models/agenda";
import { loadAgendaSubscriptions } from "@/lib/services/griffie/agenda-abonnement";
import { GriffieAgendaView } from "@/components/griffie/GriffieAgendaView";
import { AgendaLinkSection, AgendaMailForm } from "@/components/griffie/AgendaAbonnementForms";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { requireGriffier } from "../guard";
import { Geweigerd } from "../Geweigerd";
import { agendaLinkAction, agendaMailAction } from "./actions";

export const metadata: Metadata = { title: "Agenda van de raad — griffie" };

export default async function GriffieAgendaPage() {
  await connection();
  const access = await requireGriffier("/griffie/agenda");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const [agenda, subscriptions] = await Promise.all([
    read(loadGriffieAgenda, access.user.gemeenteId, todayInNetherlands()),
    read(loadAgendaSubscriptions, access.user.id),
  ]);
  return (
    <>
      <p>
        <a href="/griffie">← Terug naar de griffie</a>
      </p>
      <GriffieAgendaView agenda={agenda} icsHref="/griffie/agenda/ics" />
      <section aria-labelledby="abonneren">
        <Heading level={2} id="abonneren">
          Agenda volgen
        </Heading>
        <Heading level={3}>In uw agenda-app</Heading>
        <Paragraph>
          Met een privé-agendalink ziet u de termijnen in Outlook, Google Agenda of de agenda van uw telefoon. De app
          haalt de agenda zelf op; u hoeft daarvoor niet in te loggen.
        </Paragraph>
        <AgendaLinkSection action={agendaLinkAction} linkSince={subscriptions.linkSince?.toISOString() ?? null} />
        <Heading level={3}>Per e-mail</Heading>
        <AgendaMailForm action={agendaMailAction} aan={subscriptions.mail} />
      </section>
    </>
  );
}
