import { BeheerForm } from "@/components/beheer/BeheerForm";
import { opheffenGemeenteAction, opheffenRegioAction } from "./actions";

/**
 * End-date (opheffen) a regio or gemeente, or open it again. Nothing is deleted: history and
 * public pages stay; an opgeheven gemeente is no longer offered for new users.
 */
export function OpheffenForm({
  soort,
  id,
  opgehevenOp,
}: {
  soort: "regio" | "gemeente";
  id: string;
  opgehevenOp: Date | null;
}) {
  const action = soort === "regio" ? opheffenRegioAction : opheffenGemeenteAction;
  const de = soort === "regio" ? "De regio" : "De gemeente";
  if (opgehevenOp) {
    return (
      <BeheerForm
        formId={`${soort}-heropenen`}
        title={`${de} is opgeheven per ${opgehevenOp.toISOString().slice(0, 10)}`}
        submitLabel="Opheffing ongedaan maken"
        schema="opheffen"
        action={action}
        hidden={{ id, opgeheven: "false" }}
        fields={[]}
        success={`${de} is weer in gebruik.`}
      />
    );
  }
  return (
    <BeheerForm
      formId={`${soort}-opheffen`}
      title={soort === "regio" ? "Regio opheffen" : "Gemeente opheffen"}
      submitLabel={soort === "regio" ? "Regio opheffen" : "Gemeente opheffen"}
      schema="opheffen"
      action={action}
      hidden={{ id, opgeheven: "true" }}
      fields={[
        {
          name: "datum",
          label: "Datum van opheffing",
          type: "date",
          hint:
            soort === "regio"
              ? "Kan pas als alle gemeenten van de regio zijn opgeheven. Er wordt niets verwijderd."
              : "Bijvoorbeeld na een herindeling. Kan pas als de gemeente geen actieve gebruikers meer heeft. Er wordt niets verwijderd.",
        },
      ]}
      success={`${de} is opgeheven.`}
    />
  );
}
