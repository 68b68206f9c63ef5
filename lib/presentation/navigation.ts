import type { Action } from "@/lib/auth/permissions";
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

/**
 * THE list of work pages: each with the right that opens it (the one permissions table; null = everyone), its
 * short name in the site's navigation and its longer description on the landing page ("Mijn werkruimte").
 */
interface WorkPage {
  href: string;
  right: Action | null;
  /** The name in the site header and the entry links; absent = not in the navigation. */
  nav?: string;
  /** The description in the landing page's list of work pages; absent = not listed there. */
  landing?: string;
}

const WORK_PAGES: readonly WorkPage[] = [
  { href: "/werkruimte", right: "werkruimte.bekijken", nav: "Mijn werkruimte" },
  { href: "/volgen", right: "volgen.beheren", nav: "Volgen" },
  { href: "/griffie", right: "griffie.bekijken", nav: "Griffie", landing: "Griffie: procedures en raadsbesluiten" },
  { href: "/griffie/vergaderingen", right: "griffie.bekijken", landing: "Vergaderingen van de raad" },
  {
    href: "/college",
    right: "college.bekijken",
    nav: "College",
    landing: "College: collegebesluiten en ondertekening",
  },
  {
    href: "/secretariaat",
    right: "secretariaat.bekijken",
    nav: "Secretariaat",
    landing: "Secretariaat: procedures, matrix en nota's",
  },
  { href: "/secretariaat/tijdlijn", right: "secretariaat.bekijken", landing: "Tijdlijn en prognose" },
  {
    href: "/beheer",
    right: "beheer.bekijken",
    nav: "Beheer",
    landing: "Naar beheer: regio's, gemeenten en regelingen",
  },
  {
    href: "/beheer/gebruikers",
    right: "gebruikers.beheren",
    landing: "Naar gebruikers: uitnodigen, rollen, deactiveren en wachtwoord herstellen",
  },
  { href: "/secretariaat/audit", right: "audit.bekijken", landing: "Auditlogboek" },
  { href: "/volgen", right: "volgen.beheren", landing: "Regelingen volgen" },
  { href: "/regelingen", right: null, landing: "Openbare overzichten van de regelingen" },
];

function pagesFor(subject: Subject | null, name: (p: WorkPage) => string | undefined): NavLink[] {
  return WORK_PAGES.flatMap((page) => {
    const label = name(page);
    if (label === undefined) return [];
    if (page.right !== null && !can(subject, page.right).allowed) return [];
    return [{ href: page.href, label }];
  });
}

/** The workspaces the user's role may open, from the one permissions table (none for the public). */
export function workspaceLinks(subject: Subject | null): NavLink[] {
  return pagesFor(subject, (p) => p.nav);
}

/** The work pages listed on the landing page, with their longer descriptions (same table, same rights). */
export function landingPageLinks(subject: Subject | null): NavLink[] {
  return pagesFor(subject, (p) => p.landing);
}
