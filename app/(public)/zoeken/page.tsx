import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { searchAll, SEARCH_MAX_LENGTH } from "@/lib/read-models/search";
import { requestUser } from "@/components/request-user";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Button, ErrorSummary, TextboxField, fieldId } from "@/components/ui/form";
import { SearchResults } from "@/components/search/SearchResults";

export const metadata: Metadata = { title: "Zoeken" };

const FORM_ID = "zoeken";

/**
 * Search over regelingen, gemeenten, documents, zienswijzen, answers and besluiten. A plain GET
 * form: it works without JavaScript and the result can be bookmarked. The public sees public data
 * only; a signed-in user also what the permissions table lets the role see.
 */
export default async function ZoekenPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await connection();
  const raw = (await searchParams).q;
  const q = Array.isArray(raw) ? raw[0] : raw;
  const user = await requestUser();
  const result =
    q === undefined
      ? null
      : await read(searchAll, { q }, user ? { role: user.role, gemeenteId: user.gemeenteId } : null);
  const error = result && !result.ok ? result.message : undefined;
  return (
    <>
      <Heading level={1}>Zoeken</Heading>
      <Paragraph>
        Zoek in regelingen, gemeenten, documenten en artikelen, zienswijzen, antwoorden en besluiten. Woorden worden ook
        in een andere vorm gevonden: "zienswijzen" vindt ook "zienswijze".
      </Paragraph>
      <form method="get" action="/zoeken" role="search" className="grv-form" aria-label="Zoeken">
        <ErrorSummary
          formId={FORM_ID}
          errors={error ? [{ id: fieldId(FORM_ID, "q"), message: error }] : []}
          focusKey={error ? 1 : 0}
        />
        <TextboxField
          id={fieldId(FORM_ID, "q")}
          name="q"
          type="search"
          label="Zoekterm"
          description={`Bijvoorbeeld een naam, een onderwerp of een besluitnummer (hoogstens ${SEARCH_MAX_LENGTH} tekens).`}
          error={error}
          defaultValue={q?.slice(0, SEARCH_MAX_LENGTH * 2) ?? ""}
        />
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
      </form>
      {result?.ok ? <SearchResults q={result.q} hits={result.hits} /> : null}
    </>
  );
}
