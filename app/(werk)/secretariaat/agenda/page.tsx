import type { Metadata } from "next";
import { connection } from "next/server";
import { todayInNetherlands } from "@/lib/domain";
import { read } from "@/lib/read-models";
import { loadSecretariaatAgenda } from "@/lib/read-models/agenda";
import { SecretariaatAgendaView } from "@/components/secretariaat/SecretariaatAgendaView";
import { requireSecretariaat } from "../guard";
import { Geweigerd } from "../Geweigerd";
import { SecretariaatNav } from "../nav";

export const metadata: Metadata = { title: "Agenda van de raden — secretariaat" };

export default async function SecretariaatAgendaPage() {
  await connection();
  const access = await requireSecretariaat("/secretariaat/agenda");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const agenda = await read(loadSecretariaatAgenda, todayInNetherlands());
  return (
    <>
      <SecretariaatNav current="/secretariaat/agenda" />
      <SecretariaatAgendaView agenda={agenda} />
    </>
  );
}
