import type { Metadata } from "next";
import { connection } from "next/server";
import { todayInNetherlands } from "@/lib/domain";
import { read } from "@/lib/read-models";
import { loadGriffieAgenda } from "@/lib/read-models/agenda";
import { GriffieAgendaView } from "@/components/griffie/GriffieAgendaView";
import { requireGriffier } from "../guard";
import { Geweigerd } from "../Geweigerd";

export const metadata: Metadata = { title: "Agenda van de raad — griffie" };

export default async function GriffieAgendaPage() {
  await connection();
  const access = await requireGriffier("/griffie/agenda");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const agenda = await read(loadGriffieAgenda, access.user.gemeenteId, todayInNetherlands());
  return (
    <>
      <p>
        <a href="/griffie">← Terug naar de griffie</a>
      </p>
      <GriffieAgendaView agenda={agenda} icsHref="/griffie/agenda/ics" />
    </>
  );
}
