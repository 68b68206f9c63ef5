/** Breadcrumb-style way back inside the beheer workspace. */
export function BeheerNav({ trail }: { trail: { href: string; label: string }[] }) {
  return (
    <nav aria-label="Kruimelpad" className="grv-breadcrumb">
      <ol>
        <li>
          <a href="/beheer">Beheer</a>
        </li>
        {trail.map((t) => (
          <li key={t.href}>
            <a href={t.href}>{t.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
