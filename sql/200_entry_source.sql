-- Each timeline row carries its article's source too, and the reporting views read the article
-- from the row, as the timeline queries have since 080.
--
-- reporting.actor_timeline and reporting.dated_events joined timeline_articles for the title,
-- link, publish day and source: one index probe per row answered. "What happened in one week"
-- at ten million rows answers tens of thousands of rows, and the probes were a third of its time.
-- The row already holds title, link and day (as of the revision it was made from; a new revision
-- replaces the rows); with the source it holds all four, and the views read no other table.
-- On Citus the join crossed shards (rows by actor, articles by stream); now it is gone.
ALTER TABLE timeline_entries ADD COLUMN article_source text;
ALTER TABLE timeline_entry_history ADD COLUMN article_source text;
COMMENT ON COLUMN timeline_entries.article_source IS
    'Source (feed or site) of the article; empty when it has none, NULL when the read model has no article row.';

-- Rows written before this file get their article's source. The source counts for nothing in
-- the reporting counts (180), so their trigger is off for this one statement: it would read every
-- row twice to find nothing changed (14 s for 100,000 rows).
DO $$
DECLARE
    counted boolean := EXISTS (SELECT FROM pg_trigger
                               WHERE tgrelid = 'timeline_entries'::regclass AND tgname = 'actor_counts_update');
BEGIN
    IF counted THEN ALTER TABLE timeline_entries DISABLE TRIGGER actor_counts_update; END IF;
    UPDATE timeline_entries e SET article_source = coalesce(a.source, '')
    FROM timeline_articles a WHERE a.stream_id = e.stream_id;
    IF counted THEN ALTER TABLE timeline_entries ENABLE TRIGGER actor_counts_update; END IF;
END $$;
UPDATE timeline_entry_history h SET article_source = coalesce(a.source, '')
FROM timeline_articles a WHERE a.stream_id = h.stream_id;

-- A row inserted by a `timeline` binary older than this file (still running next to a newer one
-- during an upgrade) has no source: it is filled in here, with the rest of the article when that
-- is missing too (080). The projection of this version writes the source, empty for an article
-- without one, so the trigger never fires for it when the article row exists.
CREATE OR REPLACE FUNCTION timeline_rows_fill_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'timeline_entries' THEN
        UPDATE timeline_entries e
        SET article_title = a.title, article_url = a.url, article_identifier = a.identifier, article_published = a.published,
            article_source = coalesce(a.source, '')
        FROM timeline_articles a
        WHERE a.stream_id = NEW.stream_id AND e.entry_id = NEW.entry_id AND e.actor_id = NEW.actor_id;
    ELSE
        UPDATE timeline_entry_history h
        SET article_title = a.title, article_url = a.url, article_identifier = a.identifier, article_published = a.published,
            article_source = coalesce(a.source, '')
        FROM timeline_articles a
        WHERE a.stream_id = NEW.stream_id AND h.entry_id = NEW.entry_id AND h.actor_id = NEW.actor_id
          AND h.retracted_position = NEW.retracted_position;
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER timeline_entries_fill_article ON timeline_entries;
DROP TRIGGER timeline_entry_history_fill_article ON timeline_entry_history;
CREATE TRIGGER timeline_entries_fill_article AFTER INSERT ON timeline_entries
    FOR EACH ROW WHEN (NEW.article_identifier IS NULL OR NEW.article_source IS NULL)
    EXECUTE FUNCTION timeline_rows_fill_article();
CREATE TRIGGER timeline_entry_history_fill_article AFTER INSERT ON timeline_entry_history
    FOR EACH ROW WHEN (NEW.article_identifier IS NULL OR NEW.article_source IS NULL)
    EXECUTE FUNCTION timeline_rows_fill_article();

CREATE OR REPLACE VIEW reporting.actor_timeline AS
SELECT e.actor_id, e.actor_name AS actor, e.actor_kind AS kind, e.provisional,
       daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day,
       e.granularity, e.value, e.expression, e.sentence,
       e.other_actor_names AS other_actors, e.other_actor_ids,
       e.article_title, e.article_url AS url, e.article_published AS published, NULLIF(e.article_source, '') AS source,
       e.stream_id, e.entry_id,
       e.places, e.trigger, e.cameo, e.quad, e.realis, e.role
FROM timeline_entries e;
COMMENT ON COLUMN reporting.actor_timeline.article_title IS 'Title of the article (the revision the entry was found in).';

CREATE OR REPLACE VIEW reporting.dated_events AS
SELECT daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day, e.granularity, e.value,
       e.expression, e.sentence,
       array_prepend(e.actor_name, e.other_actor_names) AS actors,
       array_prepend(e.actor_id, e.other_actor_ids) AS actor_ids,
       e.article_title, e.article_url AS url, e.article_published AS published, NULLIF(e.article_source, '') AS source,
       e.stream_id, e.entry_id,
       e.places, e.trigger, e.cameo, e.quad, e.realis,
       array_prepend(e.role, e.other_actor_roles) AS roles
FROM timeline_entries e
WHERE e.actor_id <= ALL (e.other_actor_ids);
