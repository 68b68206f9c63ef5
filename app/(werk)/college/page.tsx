import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadCollegeWorkspace } from "@/lib/services/college/workspace";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { GeenToegang } from "@/components/ui/GeenToegang";
import { CollegeProcedureCard } from "@/components/college/CollegeProcedureCard";
import { requireCollege } from "./guard";
import { collegeWerkruimteStapAction } from "./actions";
import { listDvhProcedures } from "@/lib/read-models/dienstverleningshandvest";
import { DvhLinks } from "@/components/dienstverleningshandvest/DvhLinks";

export const metadata: Metadata = { title: "College" };

export default async function CollegePage() {
  await connection();
  const access = await requireCollege("/college");
  if ("refusal" in access) return <GeenToegang reason={access.refusal} voor="het college van een gemeente" />;
  const { user } = access;
  const [procedures, handvesten] = await Promise.all([
    read(loadCollegeWorkspace, user.gemeenteId),
    read(listDvhProcedures, user.gemeenteId),
  ]);

  return (
    <>
      <Heading level={1}>College {user.gemeenteNaam}</Heading>
      <Paragraph>
        Wat het college van {user.gemeenteNaam} nu moet doen per gemeenschappelijke regeling: het voorgenomen besluit,
        het collegebesluit, de ondertekening en de bekendmaking van het eigen besluit. Het college besluit en
        ondertekent pas nadat de eigen raad toestemming heeft verleend voor dezelfde versie.
      </Paragraph>
      {procedures.length === 0 ? (
        <Paragraph>Er lopen geen procedures waarin het college van uw gemeente een rol heeft.</Paragraph>
      ) : null}
      {procedures.map((p) => (
        <CollegeProcedureCard key={p.procedureId} procedure={p} action={collegeWerkruimteStapAction} />
      ))}
      <DvhLinks procedures={handvesten} basePath="/college/handvest" />
    </>
  );
}
