import type { FieldSpec } from "@/components/beheer/BeheerForm";
import { ROLES, ROLE_LABELS } from "@/lib/auth/roles";

export const ROLE_OPTIONS: [string, string][] = ROLES.map((r) => [r, ROLE_LABELS[r]]);

/** Role and gemeente: shared by the invitation and the change form. */
export function rolGemeenteFields(
  gemeenten: { id: string; naam: string }[],
  values: { rol?: string; gemeenteId?: string } = {},
): FieldSpec[] {
  return [
    { name: "rol", label: "Rol", type: "select", options: [["", "Kies een rol"], ...ROLE_OPTIONS], value: values.rol },
    {
      name: "gemeenteId",
      label: "Gemeente",
      type: "select",
      hint: "Verplicht voor griffier, college en raadslid; leeg voor beheerder en regionaal secretariaat.",
      options: [["", "Geen gemeente"], ...gemeenten.map((g) => [g.id, g.naam] as [string, string])],
      value: values.gemeenteId,
    },
  ];
}

export const formatMoment = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat("nl-NL", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "Europe/Amsterdam",
      }).format(d)
    : "nooit";
