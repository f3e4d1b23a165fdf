-- Lean appends for the common case, an append none of whose events is stored yet. EventLog tries
-- these first and repeats the append through append_events(..., p_check_stored_ids => true) when
-- they cannot settle it, so every error and every duplicate is still reported by append_events:
--   * an expected version does not hold: nothing is written and the result is NULL (the caller
--     repeats, and append_events tells a retried append (duplicate) from a conflict (EL002));
--   * an event id is already stored: the INSERT fails on events_event_id_key, nothing is written.
--
-- Both take the advisory lock of 001 before reading stream versions, read them in a later statement
-- (so with a snapshot that sees every append committed before the lock), and write with a single
-- INSERT, whose statement trigger takes the same lock again: the ordering guarantee of 001 holds
-- unchanged. As in 002, sequential scans are off so a plan made while the table was small keeps
-- using the indexes; append_batch also keeps one generic plan (the arrays' contents do not change
-- it), instead of planning every call for its array values.
--
-- A PL/pgSQL assignment evaluates a plain expression directly, while PERFORM starts a query
-- executor for it; the lock (here and in the triggers of 001, replaced below with the same
-- behaviour) is therefore taken in an assignment.

-- 001's statement triggers, unchanged in what they do: take the append lock before any row of an
-- INSERT into events, and notify tailing readers after it.
CREATE OR REPLACE FUNCTION events_take_append_lock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_locked text;
BEGIN
    v_locked := pg_advisory_xact_lock(7203118001)::text;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION events_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_notified text;
BEGIN
    v_notified := pg_notify('events_appended', '')::text;
    RETURN NULL;
END
$$;

-- One event to one stream: {version, position} of the stored event, or NULL when p_expected
-- (NULL = any, 0 = no stream) does not hold. A plain bigint[] result (called in the select list)
-- spares the caller a function scan and a row type per call.
CREATE FUNCTION append_event(
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

-- Events for one or more streams in one statement, all or nothing.
--
-- Entry i (1-based) names stream p_streams[i]; p_expected[i] is NULL (any), 0 (no stream) or the
-- version the stream must be at once the earlier entries of the same stream (p_prior[i] events)
-- are counted in. Event n belongs to entry p_entries[n] and gets version
-- current_versions[p_entries[n]] + p_offsets[n] (p_offsets counts on across entries of one stream).
-- data and metadata arrive as JSON text and are parsed row by row while inserting (memory of one
-- parse is freed before the next).
--
-- current_versions: each entry's stream version before the append. positions: of every event, in
-- input order (the INSERT draws positions from the identity sequence row by row, in array order,
-- and the lock keeps other writers out), or NULL when an expected version does not hold.
CREATE FUNCTION append_batch(
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
