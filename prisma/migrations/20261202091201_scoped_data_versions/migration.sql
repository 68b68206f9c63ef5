-- Per-regeling and per-gemeente data versions (issue 18, docs/caching.md "Narrow validity").
--
-- The tables below carry the regeling they belong to (directly or through one parent). A row
-- trigger notes, for every row the runner's transaction writes (old and new image), that scope as
-- "kind:id" in a transaction-local setting; the runner (lib/public-cache/data-version.ts) resolves
-- the notes to regelingen at the end of its transaction and bumps "regeling:<id>" and the
-- "gemeente:<id>" of every participant, in the same transaction. The trigger only notes while the
-- runner has switched it on (gr_volg.touch = 'aan'), so bulk writers (seed, scale, restore) pay a
-- cheap WHEN test per row and move every version afterwards instead.

-- Index pages and everything that is not a regeling or gemeente page read this row; every command
-- that writes shown data moves it.
INSERT INTO "DataVersion" ("subject", "version")
VALUES ('lijst', (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
ON CONFLICT ("subject") DO NOTHING;

CREATE FUNCTION "gr_volg_touch"() RETURNS trigger AS $$
DECLARE
  img jsonb;
  arg text;
  notes text := '';
  noted text := coalesce(current_setting('gr_volg.touched', true), '');
BEGIN
  -- A bulk change (over ~1,600 rows) stops noting, so the notes stay linear: the "full" note makes
  -- the runner move the kinds instead, which every page reads.
  IF length(noted) > 65536 THEN
    IF right(noted, 7) <> ' full:?' THEN
      PERFORM set_config('gr_volg.touched', noted || ' full:?', true);
    END IF;
    RETURN NULL;
  END IF;
  -- TG_ARGV: "kind:column" pairs, e.g. 'procedure:procedureId'.
  FOREACH img IN ARRAY (CASE TG_OP
      WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)]
      WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
      ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END) LOOP
    FOREACH arg IN ARRAY TG_ARGV LOOP
      notes := notes || ' ' || split_part(arg, ':', 1) || ':' || coalesce(img ->> split_part(arg, ':', 2), '?');
    END LOOP;
  END LOOP;
  PERFORM set_config('gr_volg.touched', noted || notes, true);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- "eigen": shown on the regeling's own page only (its records), not on its gemeenten' pages.
CREATE TRIGGER "RegisterInschrijving_touch" AFTER INSERT OR UPDATE OR DELETE ON "RegisterInschrijving"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('eigen:regelingId');
CREATE TRIGGER "Milestone_touch" AFTER INSERT OR UPDATE OR DELETE ON "Milestone"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('regeling:regelingId');
CREATE TRIGGER "Document_touch" AFTER INSERT OR UPDATE OR DELETE ON "Document"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('regeling:regelingId');
CREATE TRIGGER "Procedure_touch" AFTER INSERT OR UPDATE OR DELETE ON "Procedure"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('regeling:regelingId');
-- A participant added or removed also changes its own gemeente's page (which it may leave).
CREATE TRIGGER "Participant_touch" AFTER INSERT OR UPDATE OR DELETE ON "Participant"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('regeling:regelingId', 'gemeente:gemeenteId');
CREATE TRIGGER "Track_touch" AFTER INSERT OR UPDATE OR DELETE ON "Track"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('procedure:procedureId');
CREATE TRIGGER "Deadline_touch" AFTER INSERT OR UPDATE OR DELETE ON "Deadline"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('procedure:procedureId');
CREATE TRIGGER "Zienswijze_touch" AFTER INSERT OR UPDATE OR DELETE ON "Zienswijze"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('procedure:procedureId');
CREATE TRIGGER "Besluit_touch" AFTER INSERT OR UPDATE OR DELETE ON "Besluit"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('procedure:procedureId');
CREATE TRIGGER "PlannedStep_touch" AFTER INSERT OR UPDATE OR DELETE ON "PlannedStep"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('procedure:procedureId');
CREATE TRIGGER "Motie_touch" AFTER INSERT OR UPDATE OR DELETE ON "Motie"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('besluit:besluitId');
CREATE TRIGGER "ZienswijzePoint_touch" AFTER INSERT OR UPDATE OR DELETE ON "ZienswijzePoint"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('zienswijze:zienswijzeId');
CREATE TRIGGER "DocumentVersion_touch" AFTER INSERT OR UPDATE OR DELETE ON "DocumentVersion"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('document:documentId');
CREATE TRIGGER "Article_touch" AFTER INSERT OR UPDATE OR DELETE ON "Article"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('version:versionId');
