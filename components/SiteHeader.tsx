import { requestUser } from "@/components/request-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { Link } from "@/components/ui/nlds";

/** Page header (banner landmark) with the main navigation and who is signed in. */
export async function SiteHeader() {
  const user = await requestUser();
  const subject = user ? { role: user.role, gemeenteId: user.gemeenteId } : null;
  const links: { href: string; label: string }[] = [
    { href: "/", label: "Overzicht" },
    { href: "/regelingen", label: "Regelingen" },
  ];
  if (can(subject, "werkruimte.bekijken").allowed) links.push({ href: "/werkruimte", label: "Mijn werkruimte" });
  if (can(subject, "volgen.beheren").allowed) links.push({ href: "/volgen", label: "Volgen" });
  if (can(subject, "griffie.bekijken").allowed) links.push({ href: "/griffie", label: "Griffie" });
  if (can(subject, "college.bekijken").allowed) links.push({ href: "/college", label: "College" });
  if (can(subject, "secretariaat.bekijken").allowed) links.push({ href: "/secretariaat", label: "Secretariaat" });
  if (can(subject, "beheer.bekijken").allowed) links.push({ href: "/beheer", label: "Beheer" });
  return (
    <header className="grv-header">
      <div className="grv-container grv-header__bar">
        <a className="grv-brand" href="/">
          GR-volg
        </a>
        <nav className="grv-nav" aria-label="Hoofdmenu">
          <ul>
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
            <li>{user ? <Link href="/uitloggen">Uitloggen</Link> : <Link href="/inloggen">Inloggen</Link>}</li>
          </ul>
        </nav>
        {user ? (
          <p className="grv-user" data-testid="ingelogd-als">
            Ingelogd als <strong>{user.name}</strong> — {ROLE_LABELS[user.role]}
            {user.gemeenteNaam ? ` (${user.gemeenteNaam})` : ""}
          </p>
        ) : null}
      </div>
    </header>
  );
}
