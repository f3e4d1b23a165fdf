-- Appends events to one or more streams in one statement, all or nothing.
--
-- Stream i (0-based in the result) receives the next p_counts[i+1] entries of the flattened event
-- arrays. p_expected[i] is NULL (any version), 0 (the stream must not exist yet) or the stream's
-- current last version. Errors:
--   EL002 wrong expected version; DETAIL 'stream_index=<i> actual_version=<v>'
--   EL003 event ids already stored with other content; DETAIL 'stream_index=<i>'
-- An append whose event ids are all stored, in order, with the same content, is reported as a
-- duplicate (duplicate = true) and changes nothing.
CREATE FUNCTION append_events(
    p_streams text[], p_expected bigint[], p_counts int[],
    p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[])
RETURNS TABLE (stream_index int, last_version bigint, positions bigint[], duplicate boolean)
LANGUAGE plpgsql AS $$
DECLARE
    v_offset int := 0;
    v_count int;
    v_current bigint;
    v_any_known boolean;
    v_found int;
    v_matching int;
    v_shifts int;
BEGIN
    IF cardinality(p_streams) IS DISTINCT FROM cardinality(p_expected)
        OR cardinality(p_streams) IS DISTINCT FROM cardinality(p_counts)
        OR coalesce(cardinality(p_ids), 0) <> (SELECT coalesce(sum(c), 0) FROM unnest(p_counts) AS c)
        OR coalesce(cardinality(p_ids), 0) <> coalesce(cardinality(p_types), 0)
        OR coalesce(cardinality(p_ids), 0) <> coalesce(cardinality(p_data), 0)
        OR coalesce(cardinality(p_ids), 0) <> coalesce(cardinality(p_metadata), 0) THEN
        RAISE EXCEPTION 'append_events: array lengths do not match' USING ERRCODE = '22023';
    END IF;
    -- The same lock the insert trigger takes; taken first so the checks below cannot race.
    PERFORM pg_advisory_xact_lock(7203118001);
    v_any_known := EXISTS (SELECT 1 FROM events e WHERE e.event_id = ANY (p_ids));

    FOR i IN 1 .. coalesce(cardinality(p_streams), 0) LOOP
        v_count := p_counts[i];
        stream_index := i - 1;
        duplicate := false;
        IF v_any_known THEN
            SELECT count(*) INTO v_found FROM events e WHERE e.event_id = ANY (p_ids[v_offset + 1 : v_offset + v_count]);
            IF v_found > 0 THEN
                SELECT count(*), count(DISTINCT e.version - n.ord), max(e.version), array_agg(e.position ORDER BY n.ord)
                  INTO v_matching, v_shifts, last_version, positions
                  FROM unnest(p_ids[v_offset + 1 : v_offset + v_count], p_types[v_offset + 1 : v_offset + v_count],
                              p_data[v_offset + 1 : v_offset + v_count], p_metadata[v_offset + 1 : v_offset + v_count])
                       WITH ORDINALITY AS n(id, type, data, metadata, ord)
                  JOIN events e ON e.event_id = n.id
                 WHERE e.stream_id = p_streams[i] AND e.event_type = n.type AND e.data = n.data
                   AND e.metadata IS NOT DISTINCT FROM n.metadata;
                IF v_matching = v_count AND v_shifts = 1 THEN
                    duplicate := true;
                    RETURN NEXT;
                    v_offset := v_offset + v_count;
                    CONTINUE;
                END IF;
                RAISE EXCEPTION 'event ids of this append are already stored with different content'
                    USING ERRCODE = 'EL003', DETAIL = format('stream_index=%s', i - 1);
            END IF;
        END IF;

        SELECT coalesce(max(e.version), 0) INTO v_current FROM events e WHERE e.stream_id = p_streams[i];
        IF p_expected[i] IS NOT NULL AND p_expected[i] <> v_current THEN
            RAISE EXCEPTION 'wrong expected version'
                USING ERRCODE = 'EL002', DETAIL = format('stream_index=%s actual_version=%s', i - 1, v_current);
        END IF;

        WITH inserted AS (
            INSERT INTO events (stream_id, version, event_id, event_type, data, metadata)
            SELECT p_streams[i], v_current + n.ord, n.id, n.type, n.data, n.metadata
              FROM unnest(p_ids[v_offset + 1 : v_offset + v_count], p_types[v_offset + 1 : v_offset + v_count],
                          p_data[v_offset + 1 : v_offset + v_count], p_metadata[v_offset + 1 : v_offset + v_count])
                   WITH ORDINALITY AS n(id, type, data, metadata, ord)
             ORDER BY n.ord
            RETURNING events.position, events.version
        )
        SELECT coalesce(max(inserted.version), v_current), coalesce(array_agg(inserted.position ORDER BY inserted.version), '{}')
          INTO last_version, positions
          FROM inserted;
        RETURN NEXT;
        v_offset := v_offset + v_count;
    END LOOP;
END
$$;
