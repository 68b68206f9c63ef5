import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadDvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { DvhOwnGemeenteView } from "@/components/dienstverleningshandvest/DvhOwnGemeenteView";
import { DvhRaadForm } from "@/components/dienstverleningshandvest/DvhForms";
import { requireGriffier } from "../../guard";
import { Geweigerd } from "../../Geweigerd";
import { dvhRaadAction } from "../actions";

export const metadata: Metadata = { title: "Dienstverleningshandvest — griffie" };

/** The griffie's screen of a handvest actualisatie: record that the raad was informed of the college's decision. */
export default async function GriffieHandvestPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireGriffier(`/griffie/handvest/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const o = await read(loadDvhOverview, id);
  const own = o?.gemeenten.find((g) => g.gemeenteId === access.user.gemeenteId);
  if (!o || !own) notFound();
  return (
    <DvhOwnGemeenteView
      overview={o}
      ownLabel={own.label}
      gemeenteNaam={own.naam}
      back={{ href: "/griffie", label: "Terug naar de griffie" }}
    >
      {own.raadMayBeInformed ? (
        <DvhRaadForm
          key={`r-${o.version}`}
          procedureId={o.procedureId}
          expectedVersion={o.version}
          participantId={own.participantId}
          action={dvhRaadAction}
        />
      ) : null}
    </DvhOwnGemeenteView>
  );
}
