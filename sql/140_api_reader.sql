-- The group role `timeline_reader`: what `timeline serve` switches to on each of its connections
-- (SET ROLE), so the HTTP API can read the read model and the log and cannot write anything.
-- Like `timeline_analyst` it is cluster-wide, created once, and has no login of its own.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'timeline_reader') THEN
        IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION 'the group role timeline_reader does not exist and % may not create roles', current_user
                USING ERRCODE = '42501', HINT = 'As an administrator run CREATE ROLE timeline_reader NOLOGIN, then migrate again.';
        END IF;
        BEGIN
            CREATE ROLE timeline_reader NOLOGIN;
            COMMENT ON ROLE timeline_reader IS 'The HTTP API (timeline serve): SELECT on the event log, the read model and reporting, nothing else.';
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END
$$;

-- The migrating role (which serves) may become the reader.
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'timeline_reader', 'MEMBER') THEN
        EXECUTE format('GRANT timeline_reader TO %I', current_user);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO timeline_reader', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO timeline_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO timeline_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO timeline_reader;
GRANT USAGE ON SCHEMA reporting TO timeline_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO timeline_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO timeline_reader;
