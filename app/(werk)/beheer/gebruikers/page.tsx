import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { gebruikersFilterSchema } from "@/lib/validation/beheer/gebruiker";
import { loadGebruikersPage } from "@/lib/services/users/gebruikers-queries";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { BeheerForm } from "@/components/beheer/BeheerForm";
import { GebruikersCsvForm } from "@/components/beheer/GebruikersCsvForm";
import { PASSWORD_POLICY_TEXT } from "@/lib/validation/password";
import { BeheerGeweigerd, requireBeheer } from "../guard";
import { BeheerNav } from "../nav";
import { importGebruikersAction, uitnodigenGebruikerAction } from "./actions";
import { ROLE_OPTIONS, formatMoment, rolGemeenteFields } from "./fields";

export const metadata: Metadata = { title: "Beheer — gebruikers" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function GebruikersPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const access = await requireBeheer("/beheer/gebruikers");
  if ("refusal" in access) return <BeheerGeweigerd reason={access.refusal} />;
  const sp = await searchParams;
  const filter = gebruikersFilterSchema.parse({
    q: first(sp.q),
    rol: first(sp.rol),
    gemeente: first(sp.gemeente),
    actief: first(sp.actief),
  });
  const { gebruikers, gemeenten, alleGemeenten } = await read(loadGebruikersPage, filter);
  const filtered = Boolean(filter.q || filter.rol || filter.gemeente || filter.actief);
  return (
    <>
      <BeheerNav trail={[{ href: "/beheer/gebruikers", label: "Gebruikers" }]} />
      <Heading level={1}>Gebruikers</Heading>
      <Paragraph>
        Nodig gebruikers uit, wijzig hun rol en gemeente, deactiveer of heractiveer een account, of maak een link om het
        wachtwoord opnieuw in te stellen. Niets wordt verwijderd; elke wijziging komt in het auditlogboek en beëindigt
        de lopende sessies van die gebruiker.
      </Paragraph>

      <form method="get" action="/beheer/gebruikers" className="grv-form" aria-labelledby="zoeken-kop">
        <h2 className="utrecht-heading-2" id="zoeken-kop">
          Zoeken en filteren
        </h2>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoek-q">
            Naam of e-mailadres
          </label>
          <input id="zoek-q" name="q" type="search" defaultValue={filter.q ?? ""} className="utrecht-textbox" />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoek-rol">
            Rol
          </label>
          <select id="zoek-rol" name="rol" defaultValue={filter.rol ?? ""} className="utrecht-select">
            <option value="">Alle rollen</option>
            {ROLE_OPTIONS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoek-gemeente">
            Gemeente
          </label>
          <select id="zoek-gemeente" name="gemeente" defaultValue={filter.gemeente ?? ""} className="utrecht-select">
            <option value="">Alle gemeenten</option>
            {alleGemeenten.map((g) => (
              <option key={g.slug} value={g.slug}>
                {g.naam}
              </option>
            ))}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="zoek-actief">
            Status
          </label>
          <select id="zoek-actief" name="actief" defaultValue={filter.actief ?? ""} className="utrecht-select">
            <option value="">Actief en gedeactiveerd</option>
            <option value="ja">Alleen actief</option>
            <option value="nee">Alleen gedeactiveerd</option>
          </select>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          Zoeken
        </button>
      </form>

      <p role="status" data-testid="gebruikers-aantal">
        {gebruikers.length} {gebruikers.length === 1 ? "gebruiker" : "gebruikers"}
        {filtered ? " gevonden met deze filters" : ""}.
      </p>
      {gebruikers.length > 0 ? (
        <Table caption="Gebruikers" head={["Naam", "E-mailadres", "Rol", "Gemeente", "Status", "Laatst ingelogd"]}>
          {gebruikers.map((u) => (
            <Row key={u.id}>
              <Cell header>
                <a href={`/beheer/gebruikers/${u.id}`}>{u.naam}</a>
              </Cell>
              <Cell>{u.email}</Cell>
              <Cell>{isRole(u.role) ? ROLE_LABELS[u.role] : u.role}</Cell>
              <Cell>{u.gemeente ?? "—"}</Cell>
              <Cell>{!u.actief ? "Gedeactiveerd" : u.heeftWachtwoord ? "Actief" : "Uitgenodigd"}</Cell>
              <Cell>{formatMoment(u.laatsteAanmelding)}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}

      <BeheerForm
        formId="gebruiker-uitnodigen"
        title="Gebruiker uitnodigen"
        submitLabel="Uitnodigen"
        schema="gebruikerUitnodigen"
        action={uitnodigenGebruikerAction}
        fields={[
          { name: "email", label: "E-mailadres", type: "email" },
          { name: "naam", label: "Naam", type: "text" },
          ...rolGemeenteFields(gemeenten),
        ]}
        success="De gebruiker is uitgenodigd. Geef de gebruiker deze link; daarmee stelt hij of zij een wachtwoord in."
        resetOnSuccess
      />
      <Paragraph>Wachtwoordeisen bij het accepteren: {PASSWORD_POLICY_TEXT}</Paragraph>

      <GebruikersCsvForm action={importGebruikersAction} />
    </>
  );
}
