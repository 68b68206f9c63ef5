/**
 * The searched text per kind, written once: the query (search.ts) and the GIN expression indexes of
 * the migration `search_and_meeting_links` use these exact expressions, otherwise PostgreSQL cannot
 * use the index (tests/integration/search.test.ts checks the migration holds each one).
 */
export const SEARCH_TEXT = {
  regeling: `coalesce(r."naam", '') || ' ' || coalesce(r."citeertitel", '') || ' ' || coalesce(r."belang", '')`,
  gemeente: `coalesce(g."naam", '')`,
  document: `coalesce(d."titel", '') || ' ' || coalesce(d."omschrijving", '')`,
  artikel: `coalesce(a."titel", '') || ' ' || coalesce(a."tekst", '')`,
  zienswijzepunt: `coalesce(p."onderwerp", '') || ' ' || coalesce(p."tekst", '')`,
  antwoord: `coalesce(p."antwoord", '')`,
  besluit: `coalesce(b."besluitnummer", '') || ' ' || coalesce(b."motivering", '') || ' ' || coalesce(b."publicatieVindplaats", '')`,
} as const;

export const SEARCH_DOCUMENTS = Object.fromEntries(
  Object.entries(SEARCH_TEXT).map(([k, v]) => [k, `to_tsvector('dutch'::regconfig, ${v})`]),
) as Record<keyof typeof SEARCH_TEXT, string>;

/** Bounded: a search page shows at most this many hits. */
export const SEARCH_MAX_HITS = 30;
