-- What was ingested, counted as articles are written, not at question time.
--
-- reporting.ingestion_by_day and reporting.articles_by_published_day grouped every article row
-- on each call: "the last 7 days" of a busy database is hundreds of thousands of rows. They now
-- read article_day_counts: one row per source, UTC day recorded and publish day, kept by the
-- statement triggers below in the transaction that changes timeline_articles, so it is never
-- behind the article rows. Every count is a sum over article rows, so each statement adds what
-- its new rows bring and takes away what its old rows brought; the earliest and latest publish
-- day are read from the rows of a group, one per publish day, so none has to be taken back.
CREATE TABLE article_day_counts (
    source               text   NOT NULL,
    recorded_day         date   NOT NULL,
    published            date   NOT NULL,
    articles             bigint NOT NULL,
    dated_events         bigint NOT NULL,
    expressions          bigint NOT NULL,
    without_dated_events bigint NOT NULL,
    PRIMARY KEY (recorded_day, source, published)
);
CREATE INDEX article_day_counts_published ON article_day_counts (published, source);
COMMENT ON TABLE article_day_counts IS
    'Articles by source ('''' when none), UTC day recorded and publish day; kept by triggers on timeline_articles.';

-- One function per kind of statement, each reading that statement's transition tables: rows
-- inserted count once, rows deleted are taken back, an update does both.
CREATE FUNCTION article_day_counts_after_insert() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    WITH delta AS (
        SELECT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS recorded_day, a.published,
               1 AS n, a.dated_events::bigint AS d, a.expressions::bigint AS e, (a.dated_events = 0)::int AS w
        FROM new_rows a
    ), grouped AS (
        SELECT source, recorded_day, published, sum(n) AS n, sum(d) AS d, sum(e) AS e, sum(w) AS w
        FROM delta GROUP BY source, recorded_day, published
    )
    INSERT INTO article_day_counts AS c
    SELECT source, recorded_day, published, n, d, e, w FROM grouped
    WHERE n <> 0 OR d <> 0 OR e <> 0 OR w <> 0
    ORDER BY recorded_day, source, published
    ON CONFLICT (recorded_day, source, published) DO UPDATE SET
        articles = c.articles + EXCLUDED.articles,
        dated_events = c.dated_events + EXCLUDED.dated_events,
        expressions = c.expressions + EXCLUDED.expressions,
        without_dated_events = c.without_dated_events + EXCLUDED.without_dated_events;
    RETURN NULL;
END
$$;

CREATE FUNCTION article_day_counts_after_update() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    WITH delta AS (
        SELECT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS recorded_day, a.published,
               1 AS n, a.dated_events::bigint AS d, a.expressions::bigint AS e, (a.dated_events = 0)::int AS w
        FROM new_rows a
        UNION ALL
        SELECT coalesce(a.source, ''), (a.recorded_at AT TIME ZONE 'UTC')::date, a.published,
               -1, -a.dated_events::bigint, -a.expressions::bigint, -(a.dated_events = 0)::int
        FROM old_rows a
    ), grouped AS (
        SELECT source, recorded_day, published, sum(n) AS n, sum(d) AS d, sum(e) AS e, sum(w) AS w
        FROM delta GROUP BY source, recorded_day, published
    )
    INSERT INTO article_day_counts AS c
    SELECT source, recorded_day, published, n, d, e, w FROM grouped
    WHERE n <> 0 OR d <> 0 OR e <> 0 OR w <> 0
    ORDER BY recorded_day, source, published
    ON CONFLICT (recorded_day, source, published) DO UPDATE SET
        articles = c.articles + EXCLUDED.articles,
        dated_events = c.dated_events + EXCLUDED.dated_events,
        expressions = c.expressions + EXCLUDED.expressions,
        without_dated_events = c.without_dated_events + EXCLUDED.without_dated_events;
    -- Groups whose last article went (taken away, or moved to another day or source).
    DELETE FROM article_day_counts c
    USING (SELECT DISTINCT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS recorded_day, a.published
           FROM old_rows a) AS k
    WHERE c.recorded_day = k.recorded_day AND c.source = k.source AND c.published = k.published AND c.articles = 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION article_day_counts_after_delete() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    WITH delta AS (
        SELECT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS recorded_day, a.published,
               -1 AS n, -a.dated_events::bigint AS d, -a.expressions::bigint AS e, -(a.dated_events = 0)::int AS w
        FROM old_rows a
    ), grouped AS (
        SELECT source, recorded_day, published, sum(n) AS n, sum(d) AS d, sum(e) AS e, sum(w) AS w
        FROM delta GROUP BY source, recorded_day, published
    )
    INSERT INTO article_day_counts AS c
    SELECT source, recorded_day, published, n, d, e, w FROM grouped
    WHERE n <> 0 OR d <> 0 OR e <> 0 OR w <> 0
    ORDER BY recorded_day, source, published
    ON CONFLICT (recorded_day, source, published) DO UPDATE SET
        articles = c.articles + EXCLUDED.articles,
        dated_events = c.dated_events + EXCLUDED.dated_events,
        expressions = c.expressions + EXCLUDED.expressions,
        without_dated_events = c.without_dated_events + EXCLUDED.without_dated_events;
    -- Groups whose last article went (taken away, or moved to another day or source).
    DELETE FROM article_day_counts c
    USING (SELECT DISTINCT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS recorded_day, a.published
           FROM old_rows a) AS k
    WHERE c.recorded_day = k.recorded_day AND c.source = k.source AND c.published = k.published AND c.articles = 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER article_day_counts_insert AFTER INSERT ON timeline_articles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_counts_after_insert();
CREATE TRIGGER article_day_counts_update AFTER UPDATE ON timeline_articles
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_counts_after_update();
CREATE TRIGGER article_day_counts_delete AFTER DELETE ON timeline_articles
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION article_day_counts_after_delete();

-- The articles already stored.
INSERT INTO article_day_counts
SELECT coalesce(a.source, ''), (a.recorded_at AT TIME ZONE 'UTC')::date, a.published, count(*), sum(a.dated_events),
       sum(a.expressions), count(*) FILTER (WHERE a.dated_events = 0)
FROM timeline_articles a
GROUP BY 1, 2, 3;

-- The same views, the same columns, from the counts.
CREATE OR REPLACE VIEW reporting.ingestion_by_day AS
SELECT c.source, c.recorded_day AS day,
       sum(c.articles)::bigint AS articles, sum(c.dated_events)::bigint AS dated_events, sum(c.expressions)::bigint AS expressions,
       sum(c.without_dated_events)::bigint AS articles_without_dated_events,
       min(c.published) AS first_published, max(c.published) AS last_published
FROM article_day_counts c
GROUP BY c.source, c.recorded_day;

CREATE OR REPLACE VIEW reporting.articles_by_published_day AS
SELECT c.source, c.published,
       sum(c.articles)::bigint AS articles, sum(c.dated_events)::bigint AS dated_events, sum(c.expressions)::bigint AS expressions,
       sum(c.without_dated_events)::bigint AS articles_without_dated_events
FROM article_day_counts c
GROUP BY c.source, c.published;
