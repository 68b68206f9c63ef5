import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchKind } from "@/lib/read-models/search";

const KIND_LABELS: Record<SearchKind, string> = {
  regeling: "Regeling",
  gemeente: "Gemeente",
  document: "Document",
  artikel: "Artikel",
  zienswijzepunt: "Zienswijze",
  antwoord: "Antwoord (nota van beantwoording)",
  besluit: "Besluit",
};

/** The snippet as text with <mark> around the matched words (the markers are never HTML). */
export function Snippet({ text }: { text: string }) {
  // Each piece is keyed by where it starts in the snippet: parts of one string have no other identity.
  let offset = 0;
  const pieces = text.split(HIGHLIGHT_START).map((part, i) => {
    const [hit, rest] = i === 0 ? ["", part] : part.split(HIGHLIGHT_END, 2);
    const piece = { at: offset, hit, rest: rest ?? "" };
    offset += part.length + HIGHLIGHT_START.length;
    return piece;
  });
  return (
    <>
      {pieces.map((p) => (
        <span key={p.at}>
          {p.hit ? <mark>{p.hit}</mark> : null}
          {p.rest}
        </span>
      ))}
    </>
  );
}

export function SearchResults({ q, hits }: { q: string; hits: SearchHit[] }) {
  return (
    <section aria-labelledby="resultaten-kop">
      <Heading level={2} id="resultaten-kop">
        Resultaten
      </Heading>
      <p role="status" data-testid="zoek-aantal">
        {hits.length === 0
          ? `Niets gevonden voor "${q}". Probeer een ander of korter woord.`
          : `${hits.length} ${hits.length === 1 ? "resultaat" : "resultaten"} voor "${q}".`}
      </p>
      {hits.length ? (
        <ol className="grv-search-results" data-testid="zoekresultaten">
          {hits.map((h) => (
            <li key={`${h.kind}-${h.id}`}>
              <Paragraph className="grv-muted">
                {KIND_LABELS[h.kind]}
                {h.concept ? " — concept, alleen zichtbaar voor uw gemeente" : ""}
              </Paragraph>
              <Heading level={3}>
                <Link href={h.href}>{h.title}</Link>
              </Heading>
              <Paragraph>
                <Snippet text={h.snippet} />
              </Paragraph>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
