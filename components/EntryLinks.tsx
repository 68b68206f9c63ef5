import { requestUser } from "@/components/request-user";
import { Heading, Link } from "@/components/ui/nlds";
import { workspaceLinks } from "@/lib/presentation/navigation";

/**
 * The home page's ways in: every regeling, every gemeente, the search, and (for a signed-in user)
 * the workspaces the role may open.
 */
export async function EntryLinks({
  regelingen,
  gemeenten,
}: {
  regelingen: { slug: string; naam: string }[];
  gemeenten: { slug: string; naam: string }[];
}) {
  const user = await requestUser();
  const workspaces = workspaceLinks(user ? { role: user.role, gemeenteId: user.gemeenteId } : null);
  return (
    <nav aria-labelledby="ingangen-kop" className="grv-entry" data-testid="ingangen">
      <Heading level={2} id="ingangen-kop">
        Waar wilt u naartoe?
      </Heading>
      <p>
        <Link href="/zoeken">Zoeken in regelingen, documenten, zienswijzen en besluiten</Link>
      </p>
      {workspaces.length ? (
        <>
          <Heading level={3}>Uw werkruimtes</Heading>
          <ul className="grv-list" data-testid="ingangen-werkruimtes">
            {workspaces.map((l) => (
              <li key={l.href}>
                <Link href={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={3}>Regelingen</Heading>
      <ul className="grv-list" data-testid="ingangen-regelingen">
        {regelingen.map((r) => (
          <li key={r.slug}>
            <Link href={`/regelingen/${r.slug}`}>{r.naam}</Link>
          </li>
        ))}
      </ul>
      <Heading level={3}>Gemeenten</Heading>
      <ul className="grv-list" data-testid="ingangen-gemeenten">
        {gemeenten.map((g) => (
          <li key={g.slug}>
            <Link href={`/gemeenten/${g.slug}`}>{g.naam}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
