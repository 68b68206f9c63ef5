-- AlterTable
-- Existing events keep the app-computed hash (version 1, verified with the old algorithm); from
-- here on every event is hashed inside the database (version 2). Adding a column with a constant
-- default rewrites no rows, so the append-only triggers do not fire.
ALTER TABLE "AuditEvent" ADD COLUMN     "hashVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "rowDigests" JSONB;
ALTER TABLE "AuditEvent" ALTER COLUMN "hashVersion" SET DEFAULT 2;

-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "lastEventId" BIGINT NOT NULL,
    "lastHash" TEXT NOT NULL,
    "eventCount" BIGINT NOT NULL,
    "bucket" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditCheckpoint_bucket_key" ON "AuditCheckpoint"("bucket");

-- ───────────────────────── Row digests (issue 13 point 3c) ─────────────────────────
-- The digest of a row is the SHA-256 of its jsonb text (jsonb prints keys in one fixed order and
-- normalised values, the same on PostgreSQL and PGlite) without "updatedAt", which changes on
-- every write and says nothing about the content. Only the domain tables below can be digested:
-- the append function runs with the owner's rights and must not become a way to read others.
CREATE OR REPLACE FUNCTION "gr_volg_row_digests"(p_table text, p_ids text[])
RETURNS TABLE (id text, digest text)
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $$
BEGIN
  IF p_table IS NULL OR p_table NOT IN ('Procedure', 'Track', 'Besluit', 'Motie', 'Zienswijze', 'ZienswijzePoint',
      'DocumentVersion', 'Article', 'Meeting', 'Recess', 'StoredFile', 'Deadline') THEN
    RAISE EXCEPTION 'Van tabel % worden geen rijen in het auditlogboek vastgelegd', p_table USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN QUERY EXECUTE format(
    'SELECT i.id, encode(sha256(convert_to((to_jsonb(t) - ''updatedAt'')::text, ''UTF8'')), ''hex'')
       FROM unnest($1) AS i(id) LEFT JOIN %I t ON t.id = i.id', p_table)
    USING p_ids;
END;
$$;

-- ───────────────────────── The hash of an event (version 2) ─────────────────────────
-- One definition, used by the append function, the insert guard and `gr-volg audit verify`, so
-- the three agree byte for byte. The event's id is part of it: an event cannot be moved.
CREATE OR REPLACE FUNCTION "gr_volg_audit_hash_v2"(e "AuditEvent")
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = public, pg_temp
AS $$
  SELECT encode(sha256(convert_to(jsonb_build_object(
    'hashVersion', 2,
    'id', e."id"::text,
    'at', to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'actorId', e."actorId",
    'actorRole', e."actorRole",
    'gemeenteId', e."gemeenteId",
    'type', e."type",
    'subjectKind', e."subjectKind",
    'subjectId', e."subjectId",
    'fromState', e."fromState",
    'toState', e."toState",
    'payload', e."payload",
    'reason', e."reason",
    'rowDigests', e."rowDigests",
    'prevHash', e."prevHash"
  )::text, 'UTF8')), 'hex')
$$;

-- ───────────────────────── Appending: the only way in (issue 13 point 3a) ─────────────────────────
-- Takes the audit lock (one order across all instances), reads the previous hash, digests the rows
-- the event wrote and computes the hash, all inside the database. The app role may EXECUTE this
-- but has no INSERT on "AuditEvent" (gr_volg_grant_app_role), so it cannot choose a hash itself.
-- p_events: [{ type, actorId, actorRole, gemeenteId, subjectKind, subjectId, fromState, toState,
--              payload, reason, at (ISO 8601), rows: [{ table, id }] }]
CREATE OR REPLACE FUNCTION "gr_volg_audit_append"(p_events jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
  ev jsonb;
  rec "AuditEvent"%ROWTYPE;
  prev text;
  last_id bigint;
BEGIN
  IF jsonb_typeof(p_events) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'gr_volg_audit_append verwacht een lijst van gebeurtenissen' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pg_advisory_xact_lock(720260001);
  SELECT a."hash" INTO prev FROM "AuditEvent" a ORDER BY a."id" DESC LIMIT 1;
  FOR ev IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    rec := NULL;
    rec."id" := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
    rec."at" := (COALESCE((ev->>'at')::timestamptz, now()) AT TIME ZONE 'UTC')::timestamp(3);
    rec."actorId" := ev->>'actorId';
    rec."actorRole" := ev->>'actorRole';
    rec."gemeenteId" := ev->>'gemeenteId';
    rec."type" := ev->>'type';
    rec."subjectKind" := ev->>'subjectKind';
    rec."subjectId" := ev->>'subjectId';
    rec."fromState" := ev->>'fromState';
    rec."toState" := ev->>'toState';
    rec."payload" := COALESCE(ev->'payload', '{}'::jsonb);
    IF jsonb_typeof(rec."payload") = 'null' THEN rec."payload" := '{}'::jsonb; END IF;
    rec."reason" := ev->>'reason';
    rec."prevHash" := prev;
    rec."hashVersion" := 2;
    IF jsonb_typeof(ev->'rows') = 'array' AND jsonb_array_length(ev->'rows') > 0 THEN
      SELECT jsonb_agg(jsonb_build_object('table', r.tbl, 'id', d.id, 'digest', d.digest) ORDER BY r.tbl, d.id)
        INTO rec."rowDigests"
        FROM (SELECT x->>'table' AS tbl, array_agg(DISTINCT x->>'id') AS ids
                FROM jsonb_array_elements(ev->'rows') x GROUP BY x->>'table') r,
             LATERAL "gr_volg_row_digests"(r.tbl, r.ids) d;
    END IF;
    rec."hash" := "gr_volg_audit_hash_v2"(rec);
    -- The insert guard lets exactly this insert through; the flag is cleared right after, so it
    -- does not stay open for the rest of the transaction.
    PERFORM set_config('gr_volg.audit_append', 'aan', true);
    INSERT INTO "AuditEvent" SELECT rec.*;
    PERFORM set_config('gr_volg.audit_append', '', true);
    prev := rec."hash";
    last_id := rec."id";
  END LOOP;
  RETURN last_id;
END;
$$;

REVOKE ALL ON FUNCTION "gr_volg_audit_append"(jsonb) FROM PUBLIC;

-- The insert guard: even a role that may INSERT (the owner, a superuser) cannot add an event
-- outside the append function, nor one whose previous hash or own hash is not what the database
-- computes. Only a table owner who switches the triggers off gets past it, and then the signed
-- checkpoints and `audit verify` report it.
CREATE OR REPLACE FUNCTION "audit_event_insert_guard"() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
  prev text;
  prev_id bigint;
BEGIN
  IF current_setting('gr_volg.audit_append', true) IS DISTINCT FROM 'aan' THEN
    RAISE EXCEPTION 'Het auditlogboek wordt alleen via gr_volg_audit_append aangevuld: een directe INSERT is niet toegestaan'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."hashVersion" IS DISTINCT FROM 2 THEN
    RAISE EXCEPTION 'Nieuwe auditgebeurtenissen hebben hashversie 2' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT a."hash", a."id" INTO prev, prev_id FROM "AuditEvent" a ORDER BY a."id" DESC LIMIT 1;
  IF NEW."prevHash" IS DISTINCT FROM prev OR NEW."id" <= COALESCE(prev_id, 0) THEN
    RAISE EXCEPTION 'De auditgebeurtenis sluit niet aan op de laatste gebeurtenis' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."hash" IS DISTINCT FROM "gr_volg_audit_hash_v2"(NEW) THEN
    RAISE EXCEPTION 'De hash van de auditgebeurtenis klopt niet' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditEvent_insert_guard"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_insert_guard"();

-- ───────────────────────── Checkpoints are append-only too (issue 13 point 3b) ─────────────────────────
CREATE OR REPLACE FUNCTION "audit_checkpoint_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'De controlepunten van het auditlogboek zijn alleen-toevoegen: % is niet toegestaan', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditCheckpoint_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION "audit_checkpoint_append_only"();

CREATE TRIGGER "AuditCheckpoint_no_truncate"
  BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_checkpoint_append_only"();

-- ───────────────────────── Users are deactivated, never deleted ─────────────────────────
-- The trail names its actors by user id; deleting a user would leave events without a name.
CREATE OR REPLACE FUNCTION "user_no_delete"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'Gebruikers worden niet verwijderd maar gedeactiveerd (actief = false)'
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_no_delete"
  BEFORE DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_no_delete"();

CREATE TRIGGER "User_no_truncate"
  BEFORE TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "user_no_delete"();

-- ───────────────────────── The app's database role ─────────────────────────
-- Production connects as a role without INSERT/UPDATE/DELETE/TRUNCATE on the audit trail (and
-- without DELETE on users); migrations run as the owner. Run as the owner, after every migration
-- and restore: SELECT gr_volg_grant_app_role('gr_volg_app'); (or `gr-volg db app-rol gr_volg_app`).
CREATE OR REPLACE FUNCTION "gr_volg_grant_app_role"(p_role text) RETURNS void
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
  seq text := pg_get_serial_sequence('"AuditEvent"', 'id');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
    RAISE EXCEPTION 'De databaserol % bestaat niet', p_role USING ERRCODE = 'undefined_object';
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', p_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', p_role);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', p_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', p_role);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', p_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM %I', p_role);
  EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', seq, p_role);
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditCheckpoint" FROM %I', p_role);
  EXECUTE format('REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON "User" FROM %I', p_role);
  IF to_regclass('"_prisma_migrations"') IS NOT NULL THEN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM %I', p_role);
  END IF;
  EXECUTE format('GRANT EXECUTE ON FUNCTION "gr_volg_audit_append"(jsonb) TO %I', p_role);
END;
$$;

REVOKE ALL ON FUNCTION "gr_volg_grant_app_role"(text) FROM PUBLIC;
