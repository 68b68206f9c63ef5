-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "agendaUrl" TEXT;

-- Full-text search (lib/read-models/search.ts): GIN indexes on the exact expressions the search
-- query uses (lib/read-models/search-expressions.ts), Dutch snowball configuration. Expression
-- indexes, not generated columns: Prisma's schema cannot describe a tsvector column, and the
-- drift check ignores expression indexes.
CREATE INDEX "Regeling_search_idx" ON "Regeling" USING gin (to_tsvector('dutch'::regconfig, coalesce("naam", '') || ' ' || coalesce("citeertitel", '') || ' ' || coalesce("belang", '')));
CREATE INDEX "Gemeente_search_idx" ON "Gemeente" USING gin (to_tsvector('dutch'::regconfig, coalesce("naam", '')));
CREATE INDEX "Document_search_idx" ON "Document" USING gin (to_tsvector('dutch'::regconfig, coalesce("titel", '') || ' ' || coalesce("omschrijving", '')));
CREATE INDEX "Article_search_idx" ON "Article" USING gin (to_tsvector('dutch'::regconfig, coalesce("titel", '') || ' ' || coalesce("tekst", '')));
CREATE INDEX "ZienswijzePoint_search_idx" ON "ZienswijzePoint" USING gin (to_tsvector('dutch'::regconfig, coalesce("onderwerp", '') || ' ' || coalesce("tekst", '')));
CREATE INDEX "ZienswijzePoint_antwoord_search_idx" ON "ZienswijzePoint" USING gin (to_tsvector('dutch'::regconfig, coalesce("antwoord", '')));
CREATE INDEX "Besluit_search_idx" ON "Besluit" USING gin (to_tsvector('dutch'::regconfig, coalesce("besluitnummer", '') || ' ' || coalesce("motivering", '') || ' ' || coalesce("publicatieVindplaats", '')));
