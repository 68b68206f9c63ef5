import type { Metadata } from "next";
import { connection } from "next/server";
import { DvhOwnGemeentePage } from "@/components/dienstverleningshandvest/DvhOwnGemeenteView";
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
  return (
    <DvhOwnGemeentePage
      id={id}
      gemeenteId={access.user.gemeenteId}
      back={{ href: "/griffie", label: "Terug naar de griffie" }}
      mayAct={(own) => own.raadMayBeInformed}
      form={(common) => <DvhRaadForm {...common} action={dvhRaadAction} />}
    />
  );
}
