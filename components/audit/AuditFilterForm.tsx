import { Button, ErrorSummary, SelectField, TextboxField, fieldId } from "@/components/ui/form";
import { auditLabel, auditTypeChoices, isAuditEventType } from "@/lib/audit/catalogue";

export interface AuditFilterValues {
  wie?: string;
  soort?: string;
  onderwerp?: string;
  gemeente?: string;
  van?: string;
  tot?: string;
}

const FORM_ID = "auditfilter";
const idOf = (name: string) => fieldId(FORM_ID, name);

type FilterSpec = { name: keyof AuditFilterValues; label: string; description?: string; type?: "email" | "date" };
const FILTERS: FilterSpec[] = [
  { name: "wie", label: "Wie (e-mailadres)", description: "Alleen wat deze gebruiker heeft gedaan.", type: "email" },
  { name: "soort", label: "Soort gebeurtenis" },
  {
    name: "onderwerp",
    label: "Onderwerp (nummer)",
    description:
      "Het nummer van een procedure, zienswijze of besluit; ook de sporen van een procedure worden gevonden.",
  },
  { name: "gemeente", label: "Gemeente" },
  { name: "van", label: "Vanaf datum", description: "Laat leeg om vanaf het begin te zoeken.", type: "date" },
  { name: "tot", label: "Tot en met datum", description: "Laat leeg om tot en met vandaag te zoeken.", type: "date" },
];

/**
 * The audit view's filters as a plain GET form: it works without JavaScript, and the resulting
 * URL can be bookmarked or shared. The server validates and shows messages per field.
 */
export function AuditFilterForm({
  values,
  errors,
  gemeenten,
  actors = [],
}: {
  values: AuditFilterValues;
  errors: Record<string, string>;
  /** null: the user sees one gemeente only, so there is nothing to choose. */
  gemeenten: { slug: string; naam: string }[] | null;
  /** The accounts "Wie" offers: only those the viewer may see. */
  actors?: { email: string; naam: string }[];
}) {
  const errorList = Object.entries(errors).filter(([k]) => k !== "form" && k !== "na");
  const common = (spec: FilterSpec) => ({
    id: idOf(spec.name),
    name: spec.name,
    label: spec.label,
    description: spec.description,
    error: errors[spec.name],
    defaultValue: values[spec.name] ?? "",
  });
  return (
    <form method="get" action="/secretariaat/audit" className="grv-form" aria-label="Gebeurtenissen filteren">
      <ErrorSummary
        formId={FORM_ID}
        title="Controleer de filters:"
        errors={errorList.map(([name, message]) => ({ id: idOf(name), message }))}
      />
      {FILTERS.map((spec) =>
        spec.name === "soort" ? (
          <SelectField key={spec.name} {...common(spec)} options={soortOptions(values.soort)} />
        ) : spec.name === "gemeente" ? (
          gemeenten ? (
            <SelectField
              key={spec.name}
              {...common(spec)}
              options={[["", "Alle gemeenten"], ...gemeenten.map((g) => [g.slug, g.naam] as const)]}
            />
          ) : null
        ) : (
          <TextboxField
            key={spec.name}
            {...common(spec)}
            type={spec.type}
            autoComplete={spec.name === "wie" ? "off" : undefined}
            list={spec.name === "wie" && actors.length ? idOf("wie-lijst") : undefined}
          />
        ),
      )}
      {actors.length ? (
        <datalist id={idOf("wie-lijst")}>
          {actors.map((a) => (
            <option key={a.email} value={a.email}>
              {a.naam}
            </option>
          ))}
        </datalist>
      ) : null}
      <div>
        <Button type="submit" appearance="primary-action-button">
          Filter toepassen
        </Button>{" "}
        <a href="/secretariaat/audit">Alle filters wissen</a>
      </div>
    </form>
  );
}

/** The catalogue's types by their Dutch label; a bookmarked filter on an older type keeps working. */
function soortOptions(current: string | undefined): (readonly [string, string])[] {
  const older = current && !isAuditEventType(current) ? [[current, auditLabel(current)] as const] : [];
  return [["", "Alle soorten"], ...older, ...auditTypeChoices().map((c) => [c.value, c.label] as const)];
}
