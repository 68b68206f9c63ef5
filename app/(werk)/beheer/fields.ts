import type { FieldSpec } from "@/components/beheer/BeheerForm";
import { PARTIJEN, VORMEN } from "@/lib/validation/beheer/regeling";

/** The short name that becomes the public address; unique per kind of record. */
export const slugField = (hint: string, value?: string): FieldSpec => ({
  name: "slug",
  label: "Korte naam (slug)",
  type: "text",
  hint,
  value,
});

/** The gemeente form's fields (new and edit share them; `values` fills in an existing gemeente). */
export function gemeenteFields(
  values: Partial<Record<"naam" | "slug" | "cbsCode" | "zetels" | "griffieEmail", string>> = {},
): FieldSpec[] {
  return [
    { name: "naam", label: "Naam van de gemeente", type: "text", value: values.naam },
    slugField("Kleine letters, cijfers en koppeltekens, bijvoorbeeld noordoostpolder.", values.slug),
    {
      name: "cbsCode",
      label: "CBS-gemeentecode (optioneel)",
      type: "text",
      hint: "Bijvoorbeeld GM0034.",
      value: values.cbsCode,
    },
    {
      name: "zetels",
      label: "Aantal zetels in de gemeenteraad",
      type: "number",
      hint: "Nodig om het quorum te controleren.",
      value: values.zetels,
    },
    {
      name: "griffieEmail",
      label: "E-mailadres van de griffie (optioneel)",
      type: "email",
      value: values.griffieEmail,
    },
  ];
}
export const GEMEENTE_FIELDS = gemeenteFields();

export function regelingFields(
  vervangbaar: { id: string; naam: string }[],
  values: Partial<
    Record<
      | "naam"
      | "slug"
      | "vorm"
      | "partijen"
      | "vervangtId"
      | "beoogdeInwerkingtreding"
      | "topics"
      | "ontvangstAannameDagen"
      | "pdfVerplicht"
      | "wijzigingVrijstelling",
      string
    >
  > = {},
): FieldSpec[] {
  return [
    { name: "naam", label: "Naam van de regeling", type: "text", value: values.naam },
    slugField("Wordt het openbare adres: /regelingen/<korte naam>.", values.slug),
    {
      name: "vorm",
      label: "Vorm (Wgr art. 8)",
      type: "select",
      options: [["", "Kies een vorm"], ...Object.entries(VORMEN)],
      value: values.vorm,
    },
    {
      name: "partijen",
      label: "Partijen",
      type: "select",
      options: Object.entries(PARTIJEN),
      value: values.partijen ?? "COLLEGES",
    },
    {
      name: "vervangtId",
      label: "Vervangt de regeling (optioneel)",
      type: "select",
      options: [["", "Geen"], ...vervangbaar.map((r) => [r.id, r.naam] as [string, string])],
      value: values.vervangtId,
    },
    {
      name: "beoogdeInwerkingtreding",
      label: "Beoogde datum van inwerkingtreding (optioneel)",
      type: "date",
      value: values.beoogdeInwerkingtreding,
    },
    {
      name: "topics",
      label: "Onderwerpen (optioneel)",
      type: "text",
      hint: "Gescheiden door komma's, bijvoorbeeld: Jeugd, Wmo, Zorg",
      value: values.topics,
    },
    {
      name: "ontvangstAannameDagen",
      label: "Aangenomen bezorgtijd van het ontwerp (dagen)",
      type: "number",
      hint: "Zolang een griffie de ontvangst niet bevestigt, geldt als ontvangst: de datum van verzending plus dit aantal dagen.",
      value: values.ontvangstAannameDagen ?? "2",
    },
    {
      name: "pdfVerplicht",
      label: "Welke raadsbesluiten hebben een pdf nodig",
      type: "select",
      options: [
        ["BESLUITEN", "Zienswijze en toestemming (verleend of geweigerd); niet bij aanhouden of geen zienswijze"],
        ["ALLE", "Alle raadsbesluiten, ook aanhouden en geen zienswijze"],
      ],
      value: values.pdfVerplicht ?? "BESLUITEN",
    },
    {
      name: "wijzigingVrijstelling",
      label: "Begrotingswijzigingen zonder zienswijze van de raden (optioneel)",
      type: "text",
      hint: "Categorieën die de regeling uitzondert (Wgr art. 35 lid 5), gescheiden door komma's. Leeg: elke begrotingswijziging gaat voor een zienswijze naar de raden.",
      value: values.wijzigingVrijstelling,
    },
  ];
}
