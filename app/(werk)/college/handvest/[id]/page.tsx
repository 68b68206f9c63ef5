import type { Metadata } from "next";
import { connection } from "next/server";
import { GeenToegang } from "@/components/ui/GeenToegang";
import { DvhOwnGemeentePage } from "@/components/dienstverleningshandvest/DvhOwnGemeenteView";
import { DvhCollegeForm } from "@/components/dienstverleningshandvest/DvhForms";
import { requireCollege } from "../../guard";
import { dvhCollegeAction } from "../actions";

export const metadata: Metadata = { title: "Dienstverleningshandvest — college" };

/** The college's screen of a handvest actualisatie: its own decision, once the BOSD agreed. */
export default async function CollegeHandvestPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireCollege(`/college/handvest/${id}`);
  if ("refusal" in access) return <GeenToegang reason={access.refusal} voor="het college van een gemeente" />;
  return (
    <DvhOwnGemeentePage
      id={id}
      gemeenteId={access.user.gemeenteId}
      back={{ href: "/college", label: "Terug naar het college" }}
      mayAct={(own) => own.collegeMayDecide}
      form={(common, own) => <DvhCollegeForm {...common} gemeente={own.naam} action={dvhCollegeAction} />}
    />
  );
}
