import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { read } from "@/lib/read-models";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { loadGebruikerPage } from "@/lib/services/users/gebruikers-queries";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { BeheerGeweigerd, requireBeheer } from "../../guard";
import { BeheerNav } from "../../nav";
import { gebruikerActiefAction, nieuweLinkAction, wijzigGebruikerAction } from "../actions";
import { formatMoment, rolGemeenteFields } from "../fields";

export const metadata: Metadata = { title: "Beheer — gebruiker" };

export default async function GebruikerPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireBeheer(`/beheer/gebruikers/${encodeURIComponent(id)}`);
  if ("refusal" in access) return <BeheerGeweigerd reason={access.refusal} />;
  const { gebruiker: u, gemeenten } = await read(loadGebruikerPage, id);
  if (!u) notFound();
  // A user of a gemeente that was ended keeps it visible in the select (so the form shows the truth).
  const opties =
    u.gemeenteId && !gemeenten.some((g) => g.id === u.gemeenteId)
      ? [...gemeenten, { id: u.gemeenteId, naam: `${u.gemeente} (opgeheven)`, slug: "" }]
      : gemeenten;
  const eigen = u.id === access.user.id;
  return (
    <>
      <BeheerNav
        trail={[
          { href: "/beheer/gebruikers", label: "Gebruikers" },
          { href: `/beheer/gebruikers/${u.id}`, label: u.naam },
        ]}
      />
      <Heading level={1}>{u.naam}</Heading>
      <dl className="grv-dl" data-testid="gebruiker-gegevens">
        <dt>E-mailadres</dt>
        <dd>{u.email}</dd>
        <dt>Rol</dt>
        <dd>{isRole(u.role) ? ROLE_LABELS[u.role] : u.role}</dd>
        <dt>Gemeente</dt>
        <dd>{u.gemeente ?? "geen"}</dd>
        <dt>Status</dt>
        <dd>{!u.actief ? "Gedeactiveerd" : u.heeftWachtwoord ? "Actief" : "Uitgenodigd (nog geen wachtwoord)"}</dd>
        <dt>Laatst ingelogd</dt>
        <dd>{formatMoment(u.laatsteAanmelding)}</dd>
      </dl>

      <BeheerForm
        formId="gebruiker-wijzigen"
        title="Rol en gemeente wijzigen"
        submitLabel="Opslaan"
        schema="gebruikerWijzigen"
        action={wijzigGebruikerAction}
        hidden={{ id: u.id }}
        fields={rolGemeenteFields(opties, { rol: u.role, gemeenteId: u.gemeenteId ?? "" })}
        success="De wijziging is opgeslagen."
      />

      {u.actief ? (
        <BeheerForm
          formId="gebruiker-link"
          title={u.heeftWachtwoord ? "Wachtwoord opnieuw instellen" : "Nieuwe uitnodiging"}
          submitLabel={u.heeftWachtwoord ? "Herstellink maken" : "Nieuwe uitnodigingslink maken"}
          schema="gebruikerLink"
          action={nieuweLinkAction}
          hidden={{ id: u.id }}
          fields={[]}
          success="Er is een nieuwe eenmalige link gemaakt; eerdere links werken niet meer."
        />
      ) : null}

      {eigen ? (
        <Paragraph>U kunt uw eigen account niet deactiveren.</Paragraph>
      ) : (
        <BeheerForm
          formId="gebruiker-status"
          title={u.actief ? "Account deactiveren" : "Account heractiveren"}
          submitLabel={u.actief ? "Account deactiveren" : "Account heractiveren"}
          schema="gebruikerActief"
          action={gebruikerActiefAction}
          hidden={{ id: u.id, actief: u.actief ? "false" : "true" }}
          fields={[]}
          success={u.actief ? "Het account is gedeactiveerd." : "Het account is weer actief."}
        />
      )}
    </>
  );
}
