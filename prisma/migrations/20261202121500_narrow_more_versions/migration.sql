-- Narrow more writes (issue 18, docs/caching.md "Who bumps"): stored files, meetings, recesses and
-- bodies, the regeling row itself and users now note their scope with the row trigger of migration
-- 20261202091201_scoped_data_versions (gr_volg_touch), instead of moving the kind rows every page reads.
-- The runner (lib/public-cache/data-version.ts, resolveNotes) resolves the new note kinds:
--   file:<storedFileId>   the regeling of the besluit that references the file (none: shown nowhere);
--   body:<bodyId>         the body's gemeente and every regeling it takes part in, or the regelingen
--                         of the body's regio (regional boards);
--   gemeente+:<id>, regio:<id>  the same for a body row's own columns (the old image too; '?' = null);
--   vervangt:<regelingId> the regeling a regeling replaces ('?' = none): its page names the successor;
--   gebruiker:<userId>    the "gebruiker" kind (only the signed-in matrix shows a user).

CREATE TRIGGER "StoredFile_touch" AFTER INSERT OR UPDATE OR DELETE ON "StoredFile"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('file:id');
CREATE TRIGGER "StoredFileContent_touch" AFTER INSERT OR UPDATE OR DELETE ON "StoredFileContent"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('file:fileId');
CREATE TRIGGER "Meeting_touch" AFTER INSERT OR UPDATE OR DELETE ON "Meeting"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('body:bodyId');
CREATE TRIGGER "Recess_touch" AFTER INSERT OR UPDATE OR DELETE ON "Recess"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('body:bodyId');
CREATE TRIGGER "Body_touch" AFTER INSERT OR UPDATE OR DELETE ON "Body"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('body:id', 'gemeente+:gemeenteId', 'regio:regioId');
CREATE TRIGGER "Regeling_touch" AFTER INSERT OR UPDATE OR DELETE ON "Regeling"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('regeling:id', 'vervangt:vervangtId');
-- Only the columns a page shows (the matrix header: the name; role, gemeente and actief decide what
-- the personal copy may show): the griffier's agenda-mail and digest opt-ins note nothing.
CREATE TRIGGER "User_touch" AFTER INSERT OR DELETE ON "User"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('gebruiker:id');
CREATE TRIGGER "User_update_touch"
  AFTER UPDATE OF "naam", "email", "role", "gemeenteId", "actief", "passwordHash", "sessionVersion", "oidcSubject" ON "User"
  FOR EACH ROW WHEN (current_setting('gr_volg.touch', true) = 'aan')
  EXECUTE FUNCTION "gr_volg_touch"('gebruiker:id');
