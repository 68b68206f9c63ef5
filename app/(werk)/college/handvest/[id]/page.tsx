import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadDvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { GeenToegang } from "@/components/ui/GeenToegang";
import { DvhOwnGemeenteView } from "@/components/dienstverleningshandvest/DvhOwnGemeenteView";
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
  const o = await read(loadDvhOverview, id);
  const own = o?.gemeenten.find((g) => g.gemeenteId === access.user.gemeenteId);
  if (!o || !own) notFound();
  return (
    <DvhOwnGemeenteView
      overview={o}
      ownLabel={own.label}
      gemeenteNaam={own.naam}
      back={{ href: "/college", label: "Terug naar het college" }}
    >
      {own.collegeMayDecide ? (
        <DvhCollegeForm
          key={`c-${o.version}`}
          procedureId={o.procedureId}
          expectedVersion={o.version}
          participantId={own.participantId}
          gemeente={own.naam}
          action={dvhCollegeAction}
        />
      ) : null}
    </DvhOwnGemeenteView>
  );
}
