-- The append-only event log.
--
-- Ordering: every insert into events first takes the transaction-scoped advisory lock 7203118001
-- (statement trigger below), so positions are handed out and committed one transaction at a time, in
-- position order. A reader therefore never sees a higher position before a lower one commits, and
-- "position > last seen" is a cursor that never skips an event. transaction_id records the writing
-- transaction for auditing.

CREATE TABLE events (
    position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id      text        NOT NULL CONSTRAINT events_stream_id_not_empty CHECK (stream_id <> ''),
    version        bigint      NOT NULL CONSTRAINT events_version_positive CHECK (version >= 1),
    event_id       uuid        NOT NULL CONSTRAINT events_event_id_key UNIQUE,
    event_type     text        NOT NULL CONSTRAINT events_event_type_not_empty CHECK (event_type <> ''),
    data           jsonb       NOT NULL,
    metadata       jsonb,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, version)
);

COMMENT ON TABLE events IS 'Append-only event log; UPDATE, DELETE and TRUNCATE are refused by triggers.';

-- Serializes appends: held until commit, so commit order equals position order.
CREATE FUNCTION events_take_append_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7203118001);
    RETURN NULL;
END
$$;

CREATE TRIGGER events_append_lock
    BEFORE INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION events_take_append_lock();

-- Refuses every change to stored events, also for the table owner.
CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % on events is not allowed', TG_OP
        USING ERRCODE = 'EL001', HINT = 'Record a correcting event instead of changing a stored one.';
END
$$;

CREATE TRIGGER events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON events FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();
CREATE TRIGGER events_no_truncate
    BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();

-- Wakes tailing readers; identical notifications within one transaction are delivered once.
CREATE FUNCTION events_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('events_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER events_appended
    AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION events_notify_appended();
