/** Sub-navigation of the secretariat's workspace. */
export function SecretariaatNav({ current }: { current: string }) {
  const links = [
    ["/secretariaat", "Stand per gemeente"],
    ["/secretariaat/tijdlijn", "Tijdlijn en kritiek pad"],
    ["/secretariaat/raadsvoorstel", "Raadsvoorstellen"],
    ["/secretariaat/audit", "Auditlogboek"],
    ["/secretariaat/begroting", "Begrotingscyclus"],
    ["/secretariaat/agenda", "Agenda van de raden"],
  ];
  return (
    <nav aria-label="Secretariaat">
      <ul className="grv-list">
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} aria-current={href === current ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
