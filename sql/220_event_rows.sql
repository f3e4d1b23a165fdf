-- Each event kept as one row, written as its reports are: reporting.events grouped every report
-- of every event on each call, so "the most reported events of a week" read all of them (at ten
-- million reports, seconds). It now reads event_rows, one row per event with the same columns,
-- kept by statement triggers in the transaction that writes the reports, the articles or their
-- fingerprints, so never behind them.
--
-- How a statement's change is applied: every event it touches is computed again from all of its
-- reports (event_rows_computed, the grouping reporting.events did until now; an event has few
-- reports) and its row is written over when it differs; an event left without reports loses its
-- row. A statement on articles or fingerprints touches the events reported in those articles:
-- the article's source and publish day, and whether it is a reprint, are counted in its events.

-- The grouping of 130, unchanged, read by the triggers for the events they touch.
CREATE VIEW event_rows_computed AS
SELECT r.event_id,
       CASE WHEN max(r.first_day) <= min(r.last_day) THEN max(r.first_day) ELSE min(r.first_day) END AS first_day,
       CASE WHEN max(r.first_day) <= min(r.last_day) THEN min(r.last_day) ELSE max(r.last_day) END AS last_day,
       max(r.first_day) > min(r.last_day) AS dates_disagree,
       mode() WITHIN GROUP (ORDER BY r.cameo) AS cameo,
       CASE WHEN bool_or(r.realis = 'actual') THEN 'actual' ELSE max(r.realis) END AS realis,
       (SELECT array_agg(DISTINCT x ORDER BY x) FROM event_mentions m2, unnest(m2.actor_ids) x
         WHERE m2.event_id = r.event_id) AS actor_ids,
       count(*) AS mentions, count(DISTINCT r.stream_id) AS articles, count(DISTINCT r.source) AS sources,
       count(*) FILTER (WHERE r.reprint_of IS NOT NULL) AS reprinted_mentions,
       min(r.published) AS first_reported, max(r.published) AS last_reported
FROM reporting.event_reports r
GROUP BY r.event_id;
COMMENT ON VIEW event_rows_computed IS 'Events computed from their reports; what event_rows keeps (read it by event_id).';

CREATE TABLE event_rows AS SELECT * FROM event_rows_computed WITH NO DATA;
ALTER TABLE event_rows ADD PRIMARY KEY (event_id);
COMMENT ON TABLE event_rows IS 'One row per event (reporting.events); kept by triggers on event_mentions, timeline_articles and article_fingerprints.';
INSERT INTO event_rows SELECT * FROM event_rows_computed ORDER BY event_id;

-- "The events of a period": found by their days (days <@ period, as in 210; && too).
CREATE INDEX event_rows_days ON event_rows USING spgist (daterange(first_day, last_day, '[]'));

-- Computes the events `touched` again and writes what changed. PL/pgSQL, so that its two
-- statements are planned once per session, not on every call. Every read is by event or by
-- stream, through an index: sequential scans are off (as in 180), so that no plan made while the
-- tables were small goes on scanning them once they are large.
CREATE FUNCTION event_rows_refresh(touched text[]) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    IF cardinality(touched) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM event_rows r WHERE r.event_id = ANY (touched)
      AND NOT EXISTS (SELECT FROM event_mentions m WHERE m.event_id = r.event_id);
    INSERT INTO event_rows AS r
    SELECT * FROM event_rows_computed c WHERE c.event_id = ANY (touched) ORDER BY c.event_id
    ON CONFLICT (event_id) DO UPDATE
    SET first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day, dates_disagree = EXCLUDED.dates_disagree,
        cameo = EXCLUDED.cameo, realis = EXCLUDED.realis, actor_ids = EXCLUDED.actor_ids, mentions = EXCLUDED.mentions,
        articles = EXCLUDED.articles, sources = EXCLUDED.sources, reprinted_mentions = EXCLUDED.reprinted_mentions,
        first_reported = EXCLUDED.first_reported, last_reported = EXCLUDED.last_reported
    WHERE (r.*) IS DISTINCT FROM (EXCLUDED.*);
END
$$;

-- After a statement on event_mentions: the events of the rows it wrote or took away.
CREATE FUNCTION event_rows_after_reports() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM event_rows_refresh(ARRAY(SELECT DISTINCT event_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM event_rows_refresh(ARRAY(SELECT DISTINCT event_id FROM old_rows));
    ELSE
        PERFORM event_rows_refresh(ARRAY(SELECT event_id FROM new_rows UNION SELECT event_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;

-- After a statement on timeline_articles or article_fingerprints: the events reported in those
-- articles (none yet for an article whose reports come after it). An update counts only when it
-- changes what events count: an article's source (or the link and identifier it falls back to)
-- or publish day, a fingerprint's reprint_of. The projection updates each article's coverage
-- counts on every page; those touch no event.
CREATE FUNCTION event_rows_after_articles() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
DECLARE
    streams text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        streams := ARRAY(SELECT stream_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        streams := ARRAY(SELECT stream_id FROM old_rows);
    ELSIF TG_TABLE_NAME = 'timeline_articles' THEN
        streams := ARRAY(SELECT n.stream_id FROM new_rows n JOIN old_rows o USING (stream_id)
                         WHERE (n.source, n.url, n.identifier, n.published) IS DISTINCT FROM (o.source, o.url, o.identifier, o.published));
    ELSE
        streams := ARRAY(SELECT n.stream_id FROM new_rows n JOIN old_rows o USING (stream_id)
                         WHERE n.reprint_of IS DISTINCT FROM o.reprint_of);
    END IF;
    IF cardinality(streams) > 0 THEN
        -- Most new articles have no reports yet: they come in a later statement.
        PERFORM event_rows_refresh(ARRAY(SELECT DISTINCT m.event_id FROM event_mentions m WHERE m.stream_id = ANY (streams)));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_rows_insert AFTER INSERT ON event_mentions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_reports();
CREATE TRIGGER event_rows_update AFTER UPDATE ON event_mentions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_reports();
CREATE TRIGGER event_rows_delete AFTER DELETE ON event_mentions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_reports();

CREATE TRIGGER event_rows_insert AFTER INSERT ON timeline_articles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_articles();
CREATE TRIGGER event_rows_update AFTER UPDATE ON timeline_articles
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_articles();
CREATE TRIGGER event_rows_delete AFTER DELETE ON timeline_articles
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_articles();

CREATE TRIGGER event_rows_insert AFTER INSERT ON article_fingerprints
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_articles();
CREATE TRIGGER event_rows_update AFTER UPDATE ON article_fingerprints
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_articles();
CREATE TRIGGER event_rows_delete AFTER DELETE ON article_fingerprints
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rows_after_articles();

-- The view reads the rows; its columns, their comments and the analysts' grant stay. It gains
-- days, as the other views have: WHERE days <@ daterange(...) is answered from the index.
CREATE OR REPLACE VIEW reporting.events AS
SELECT event_id, first_day, last_day, dates_disagree, cameo, realis, actor_ids, mentions, articles, sources,
       reprinted_mentions, first_reported, last_reported, daterange(first_day, last_day, '[]') AS days
FROM event_rows;
COMMENT ON VIEW reporting.events IS
    'One row per event with how many reports, articles and sources back it: e.g. the most reported events '
    'dated inside a week, WHERE days <@ daterange(''2025-07-07'', ''2025-07-13'', ''[]'').';
COMMENT ON COLUMN reporting.events.days IS 'first_day .. last_day as a daterange.';
