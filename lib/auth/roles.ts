/** Roles as stored on the user; Dutch labels for the UI. */
export const ROLES = ["ADMIN", "SECRETARIAAT", "GRIFFIER", "COLLEGE", "RAADSLID", "BESTUURSSECRETARIAAT"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: "Beheerder",
  SECRETARIAAT: "Regionaal secretariaat",
  GRIFFIER: "Griffier",
  COLLEGE: "College van B&W",
  RAADSLID: "Raadslid",
  BESTUURSSECRETARIAAT: "Bestuurssecretariaat (namens het college)",
};

/** Roles that act for one gemeente and therefore must have one. */
export const GEMEENTE_SCOPED_ROLES: readonly RoleName[] = ["GRIFFIER", "COLLEGE", "RAADSLID", "BESTUURSSECRETARIAAT"];

export function isRole(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
