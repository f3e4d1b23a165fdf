-- The log's keys include its stream, as every key of a table that may one day be spread over
-- several servers by stream_id must (each server checks uniqueness among its own rows only; see
-- sql/citus/distribute.sql). On one server what is stored and answered does not change:
--
--   * events_pkey (position) becomes (position, stream_id). position still leads, so a reader's
--     "position > last seen" is the same index range scan. Positions stay unique: the identity
--     column hands each one out once, and rows are never updated (the triggers of 001).
--   * events_event_id_key (event_id) becomes (event_id, stream_id), under the same name, so a
--     retried append still fails on it and is repeated through append_events. Lookups by event_id
--     use the same leading column.
--   * events_stream_version_key (stream_id, version) already includes the stream.
--
-- An event id stays unique across all streams (the idempotency key of every append): the lean
-- appends of 050 now look for a stored id themselves, under the append lock, and hand any append
-- that repeats one to append_events, which has always checked ids across streams and reports a
-- retry as a duplicate and a reused id as EL003.
ALTER TABLE events
    DROP CONSTRAINT events_pkey,
    ADD CONSTRAINT events_pkey PRIMARY KEY (position, stream_id);
ALTER TABLE events
    DROP CONSTRAINT events_event_id_key,
    ADD CONSTRAINT events_event_id_key UNIQUE (event_id, stream_id);
COMMENT ON CONSTRAINT events_pkey ON events IS
    'Position, with the stream (the column the log would be spread by; sql/citus/distribute.sql).';
COMMENT ON CONSTRAINT events_event_id_key ON events IS
    'Event id, with the stream; that an id is stored once in the whole log is kept by the append functions, under the append lock.';

-- As in 050, with one more step after the lock: an event id already stored (in any stream) sends
-- the append to append_events (the result is NULL, as for an expected version that does not hold).
CREATE OR REPLACE FUNCTION append_event(
    p_stream text, p_expected bigint, p_id uuid, p_type text, p_data jsonb, p_metadata jsonb)
RETURNS bigint[]
LANGUAGE plpgsql
SET enable_seqscan = off
AS $$
DECLARE
    v_locked text;
    v_current bigint;
    v_position bigint;
BEGIN
    v_locked := pg_advisory_xact_lock(7203118001)::text;
    IF EXISTS (SELECT 1 FROM events e WHERE e.event_id = p_id) THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(max(e.version), 0) INTO v_current FROM events e WHERE e.stream_id = p_stream;
    IF p_expected IS NOT NULL AND p_expected <> v_current THEN
        RETURN NULL;
    END IF;
    INSERT INTO events (stream_id, version, event_id, event_type, data, metadata)
    VALUES (p_stream, v_current + 1, p_id, p_type, p_data, p_metadata)
    RETURNING events.position INTO v_position;
    RETURN ARRAY[v_current + 1, v_position];
END
$$;

CREATE OR REPLACE FUNCTION append_batch(
    p_streams text[], p_expected bigint[], p_prior int[],
    p_entries int[], p_offsets int[], p_ids uuid[], p_types text[], p_data text[], p_metadata text[],
    OUT current_versions bigint[], OUT positions bigint[])
LANGUAGE plpgsql
SET enable_seqscan = off
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    v_entries int := coalesce(cardinality(p_streams), 0);
    v_total int := coalesce(cardinality(p_ids), 0);
    v_conflict int;
    v_locked text;
BEGIN
    IF v_entries <> coalesce(cardinality(p_expected), 0) OR v_entries <> coalesce(cardinality(p_prior), 0)
        OR v_total <> coalesce(cardinality(p_entries), 0) OR v_total <> coalesce(cardinality(p_offsets), 0)
        OR v_total <> coalesce(cardinality(p_types), 0) OR v_total <> coalesce(cardinality(p_data), 0)
        OR v_total <> coalesce(cardinality(p_metadata), 0) THEN
        RAISE EXCEPTION 'append_batch: array lengths do not match' USING ERRCODE = '22023';
    END IF;
    IF v_entries = 0 THEN
        current_versions := '{}';
        positions := '{}';
        RETURN;
    END IF;
    v_locked := pg_advisory_xact_lock(7203118001)::text;
    IF EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY (p_ids)) THEN
        RETURN;
    END IF;
    SELECT array_agg(coalesce(cur.version, 0) ORDER BY s.i) INTO current_versions
      FROM unnest(p_streams) WITH ORDINALITY AS s(stream, i)
      LEFT JOIN LATERAL (
          SELECT e.version FROM events e WHERE e.stream_id = s.stream ORDER BY e.version DESC LIMIT 1
      ) AS cur ON true;
    SELECT min(s.i) INTO v_conflict FROM generate_subscripts(p_streams, 1) AS s(i)
     WHERE p_expected[s.i] IS NOT NULL AND p_expected[s.i] <> current_versions[s.i] + p_prior[s.i];
    IF v_conflict IS NOT NULL THEN
        RETURN;
    END IF;
    IF v_total = 0 THEN
        positions := '{}';
        RETURN;
    END IF;
    WITH inserted AS (
        INSERT INTO events (stream_id, version, event_id, event_type, data, metadata)
        SELECT p_streams[n.entry], current_versions[n.entry] + n.version_offset, n.id, n.type, n.data::jsonb, n.metadata::jsonb
          FROM unnest(p_entries, p_offsets, p_ids, p_types, p_data, p_metadata)
               AS n(entry, version_offset, id, type, data, metadata)
        RETURNING events.position
    )
    SELECT array_agg(i.position ORDER BY i.position) INTO positions FROM inserted AS i;
END
$$;
