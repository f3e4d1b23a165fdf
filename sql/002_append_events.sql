-- Appends events to one or more streams in one statement, all or nothing.
--
-- Entry i (1-based here, 0-based in the result) appends the next p_counts[i] entries of the flattened
-- event arrays to stream p_streams[i]. p_expected[i] is NULL (any version), 0 (the stream must not
-- exist yet) or the stream's current last version; a stream named by several entries is checked
-- against the version left by the entries before it. Errors:
--   EL002 wrong expected version; DETAIL 'stream_index=<i> actual_version=<v>'
--   EL003 event ids already stored with other content; DETAIL 'stream_index=<i>'
-- An entry whose event ids are all stored, in order, with the same content, is reported as a
-- duplicate (duplicate = true) and writes nothing. That check runs when p_check_stored_ids is true;
-- callers may first try without it (a first attempt rarely repeats stored ids) and, if the INSERT
-- fails on events_event_id_key, call again with it.
--
-- Set-based: one statement checks every expected version, one INSERT writes every event.
CREATE FUNCTION append_events(
    p_streams text[], p_expected bigint[], p_counts int[],
    p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[], p_check_stored_ids boolean DEFAULT true)
RETURNS TABLE (stream_index int, last_version bigint, positions bigint[], duplicate boolean)
LANGUAGE plpgsql
-- Every lookup here is by a unique key. PL/pgSQL caches plans; one made while the table was nearly
-- empty would otherwise keep scanning the whole table as it grows.
SET enable_seqscan = off
AS $$
DECLARE
    v_entries int := coalesce(cardinality(p_streams), 0);
    v_total int := coalesce(cardinality(p_ids), 0);
    v_first int[];
    v_entry int[];
    v_duplicate boolean[];
    v_base bigint[];
    v_found int;
    v_matching int;
    v_shifts int;
    v_next int := 1;
BEGIN
    IF v_entries = 0 THEN RETURN; END IF;
    -- Bookkeeping in plain PL/pgSQL expressions (no queries): where each entry starts, and each
    -- event's entry.
    v_duplicate := array_fill(false, ARRAY[v_entries]);
    v_first := array_fill(0, ARRAY[v_entries]);
    v_entry := array_fill(0, ARRAY[greatest(v_total, 1)]);
    FOR i IN 1 .. v_entries LOOP
        v_first[i] := v_next;
        FOR k IN v_next .. least(v_next + p_counts[i] - 1, v_total) LOOP
            v_entry[k] := i;
        END LOOP;
        v_next := v_next + p_counts[i];
    END LOOP;
    IF v_entries <> coalesce(cardinality(p_expected), 0) OR v_entries <> coalesce(cardinality(p_counts), 0)
        OR v_total <> v_next - 1 OR v_total <> coalesce(cardinality(p_types), 0)
        OR v_total <> coalesce(cardinality(p_data), 0) OR v_total <> coalesce(cardinality(p_metadata), 0) THEN
        RAISE EXCEPTION 'append_events: array lengths do not match' USING ERRCODE = '22023';
    END IF;
    IF v_total = 0 THEN v_entry := '{}'; END IF;
    -- The same lock the insert trigger takes; taken first so the checks below cannot race.
    PERFORM pg_advisory_xact_lock(7203118001);

    -- Idempotency: only when some id is already stored (a retry), check entry by entry.
    IF p_check_stored_ids AND EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY (p_ids)) THEN
        FOR i IN 1 .. v_entries LOOP
            SELECT count(*) INTO v_found FROM events e
             WHERE e.event_id = ANY (p_ids[v_first[i] : v_first[i] + p_counts[i] - 1]);
            CONTINUE WHEN v_found = 0;
            SELECT count(*), count(DISTINCT e.version - n.ord), max(e.version), array_agg(e.position ORDER BY n.ord)
              INTO v_matching, v_shifts, last_version, positions
              FROM unnest(p_ids[v_first[i] : v_first[i] + p_counts[i] - 1], p_types[v_first[i] : v_first[i] + p_counts[i] - 1],
                          p_data[v_first[i] : v_first[i] + p_counts[i] - 1], p_metadata[v_first[i] : v_first[i] + p_counts[i] - 1])
                   WITH ORDINALITY AS n(id, type, data, metadata, ord)
              JOIN events e ON e.event_id = n.id
             WHERE e.stream_id = p_streams[i] AND e.event_type = n.type AND e.data = n.data
               AND e.metadata IS NOT DISTINCT FROM n.metadata;
            IF v_matching <> p_counts[i] OR v_shifts <> 1 THEN
                RAISE EXCEPTION 'event ids of this append are already stored with different content'
                    USING ERRCODE = 'EL003', DETAIL = format('stream_index=%s', i - 1);
            END IF;
            v_duplicate[i] := true;
            stream_index := i - 1;
            duplicate := true;
            RETURN NEXT;
        END LOOP;
    END IF;

    -- Base version of every entry: the stream's last version plus earlier entries of the same stream.
    SELECT array_agg(b.base ORDER BY b.i) INTO v_base FROM (
        SELECT s.i, coalesce(cur.version, 0)
                   + coalesce(sum(CASE WHEN v_duplicate[s.i] THEN 0 ELSE p_counts[s.i] END)
                       OVER (PARTITION BY p_streams[s.i] ORDER BY s.i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS base
          FROM generate_series(1, v_entries) AS s(i)
          LEFT JOIN LATERAL (
              SELECT e.version FROM events e WHERE e.stream_id = p_streams[s.i] ORDER BY e.version DESC LIMIT 1
          ) AS cur ON true
    ) AS b;

    FOR i IN 1 .. v_entries LOOP
        IF NOT v_duplicate[i] AND p_expected[i] IS NOT NULL AND p_expected[i] <> v_base[i] THEN
            RAISE EXCEPTION 'wrong expected version'
                USING ERRCODE = 'EL002', DETAIL = format('stream_index=%s actual_version=%s', i - 1, v_base[i]);
        END IF;
    END LOOP;

    RETURN QUERY
    WITH inserted AS (
        INSERT INTO events (stream_id, version, event_id, event_type, data, metadata)
        SELECT p_streams[n.entry], v_base[n.entry] + (n.ord - v_first[n.entry] + 1), n.id, n.type, n.data, n.metadata
          FROM unnest(v_entry, p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS n(entry, id, type, data, metadata, ord)
         WHERE NOT v_duplicate[n.entry]
         ORDER BY n.ord
        RETURNING events.event_id, events.position, events.version
    ), placed AS (
        SELECT m.entry, ins.position, ins.version
          FROM inserted AS ins JOIN unnest(v_entry, p_ids) AS m(entry, id) ON m.id = ins.event_id
    )
    SELECT s.i - 1, coalesce(max(p.version), v_base[s.i]),
           coalesce(array_agg(p.position ORDER BY p.version) FILTER (WHERE p.position IS NOT NULL), '{}'), false
      FROM generate_series(1, v_entries) AS s(i)
      LEFT JOIN placed AS p ON p.entry = s.i
     WHERE NOT v_duplicate[s.i]
     GROUP BY s.i;
END
$$;

-- The common case, one stream, in as few statements as possible; anything unusual (a retry whose
-- events are already stored, a wrong expected version) is handed to append_events for the full
-- checks and its errors. A retry with expected version "any" reaches the INSERT and fails on
-- events_event_id_key; the client then repeats the call through append_events.
CREATE FUNCTION append_stream(
    p_stream text, p_expected bigint, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[],
    OUT last_version bigint, OUT positions bigint[], OUT duplicate boolean)
LANGUAGE plpgsql
-- See append_events: cached plans must keep using the indexes as the table grows.
SET enable_seqscan = off
AS $$
DECLARE
    v_current bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(7203118001);
    SELECT e.version INTO v_current FROM events e WHERE e.stream_id = p_stream ORDER BY e.version DESC LIMIT 1;
    v_current := coalesce(v_current, 0);
    IF (p_expected IS NOT NULL AND p_expected <> v_current) OR coalesce(cardinality(p_ids), 0) = 0 THEN
        SELECT a.last_version, a.positions, a.duplicate INTO last_version, positions, duplicate
          FROM append_events(ARRAY[p_stream], ARRAY[p_expected], ARRAY[coalesce(cardinality(p_ids), 0)],
                             p_ids, p_types, p_data, p_metadata) AS a;
        RETURN;
    END IF;
    WITH inserted AS (
        INSERT INTO events (stream_id, version, event_id, event_type, data, metadata)
        SELECT p_stream, v_current + n.ord, n.id, n.type, n.data, n.metadata
          FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS n(id, type, data, metadata, ord)
         ORDER BY n.ord
        RETURNING events.position, events.version
    )
    SELECT max(i.version), array_agg(i.position ORDER BY i.version) INTO last_version, positions FROM inserted AS i;
    duplicate := false;
END
$$;
