import { requestUser } from "@/components/request-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { PUBLIC_LINKS, workspaceLinks } from "@/lib/presentation/navigation";
import { Link } from "@/components/ui/nlds";

/** Page header (banner landmark) with the main navigation and who is signed in. */
export async function SiteHeader() {
  const user = await requestUser();
  const subject = user ? { role: user.role, gemeenteId: user.gemeenteId } : null;
  const links = [...PUBLIC_LINKS, ...workspaceLinks(subject)];
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
