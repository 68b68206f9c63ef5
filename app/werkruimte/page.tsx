import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { read } from "@/lib/read-models";
import { loadMyTasks } from "@/lib/read-models/tasks";
import { todayInNetherlands } from "@/lib/domain";
import { MijnTaken } from "@/components/werkruimte/MijnTaken";

export const metadata: Metadata = { title: "Mijn werkruimte" };

const ROLE_INTRO: Record<string, string> = {
  ADMIN: "U richt regio's, gemeenten en gemeenschappelijke regelingen in en bekijkt het auditlogboek.",
  SECRETARIAAT: "U volgt de besluitvorming in alle gemeenten, verwerkt zienswijzen en publiceert nieuwe versies.",
  GRIFFIER: "U registreert de zienswijzen en raadsbesluiten van uw eigen gemeenteraad.",
  COLLEGE: "U registreert collegebesluiten en de ondertekening voor uw eigen gemeente.",
  BESTUURSSECRETARIAAT:
    "U registreert namens het college de collegebesluiten en de ondertekening voor uw eigen gemeente.",
  RAADSLID: "U volgt de besluitvorming van uw gemeenteraad en de regio.",
};

export default async function WorkspacePage() {
  const user = await currentUser();
  if (!user) redirect("/inloggen?callbackUrl=/werkruimte");
  const subject = { role: user.role, gemeenteId: user.gemeenteId };
  const tasks = await read(loadMyTasks, { id: user.id, ...subject }, todayInNetherlands());
  return (
    <>
      <Heading level={1}>Mijn werkruimte</Heading>
      <Paragraph>
        Welkom, {user.name}. U bent ingelogd als <strong data-testid="rol">{ROLE_LABELS[user.role]}</strong>
        {user.gemeenteNaam ? (
          <>
            {" "}
            voor de gemeente <strong data-testid="gemeente">{user.gemeenteNaam}</strong>
          </>
        ) : null}
        .
      </Paragraph>
      <Paragraph>{ROLE_INTRO[user.role]}</Paragraph>
      <MijnTaken tasks={tasks} />
      {!can(subject, "werkruimte.bekijken").allowed ? (
        <Paragraph>Voor uw rol is er geen werkruimte; de openbare overzichten staan op de startpagina.</Paragraph>
      ) : null}
      <Paragraph>
        <Link href="/werkruimte/sessies">Mijn sessies</Link>: zien waar u bent ingelogd, een sessie beëindigen of overal
        afmelden.
      </Paragraph>
    </>
  );
}
