import { can, type Subject } from "@/lib/auth/permissions";

export interface NavLink {
  href: string;
  label: string;
}

/** The public entry points, for everyone. */
export const PUBLIC_LINKS: NavLink[] = [
  { href: "/", label: "Overzicht" },
  { href: "/regelingen", label: "Regelingen" },
  { href: "/gemeenten", label: "Gemeenten" },
  { href: "/zoeken", label: "Zoeken" },
];

/** The workspaces the user's role may open, from the one permissions table (none for the public). */
export function workspaceLinks(subject: Subject | null): NavLink[] {
  const links: NavLink[] = [];
  if (can(subject, "werkruimte.bekijken").allowed) links.push({ href: "/werkruimte", label: "Mijn werkruimte" });
  if (can(subject, "volgen.beheren").allowed) links.push({ href: "/volgen", label: "Volgen" });
  if (can(subject, "griffie.bekijken").allowed) links.push({ href: "/griffie", label: "Griffie" });
  if (can(subject, "college.bekijken").allowed) links.push({ href: "/college", label: "College" });
  if (can(subject, "secretariaat.bekijken").allowed) links.push({ href: "/secretariaat", label: "Secretariaat" });
  if (can(subject, "beheer.bekijken").allowed) links.push({ href: "/beheer", label: "Beheer" });
  return links;
}
