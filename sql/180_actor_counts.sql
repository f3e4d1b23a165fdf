-- Per-actor counts kept as timeline rows are written, for the reporting questions that counted
-- every row of an actor (or of a month) on each call: events by month, actor pairs, provisional
-- names. A busy actor has hundreds of thousands of rows; these questions now read one row per
-- actor and month, per pair, per name.
--
-- Three tables, kept by statement triggers on timeline_entries in the transaction that changes the
-- rows, so they are never behind them:
--   actor_month_counts        actor, month of first_day: entries, distinct articles
--   actor_pair_counts         actor, other actor: entries naming both, distinct articles, first and last day
--   provisional_actor_counts  provisional name: its provisional entries, articles, first and last day
--
-- How a statement's change is counted. Entries are a sum over rows: each new row adds one, each old
-- row takes one away. Articles are distinct streams, so per (key, stream) the trigger compares the
-- stream's rows after the statement (read from timeline_entries by stream: an article has few rows)
-- with the rows before it (after, less the new rows, plus the old ones): a stream that had no row
-- and now has one is one more article, and the other way round. First and last days only grow by
-- adding rows; when a row holding the first or the last day of a pair or name goes, that key's days
-- are read again from its rows. Names are not kept here: the views take them from the rows.

CREATE TABLE actor_month_counts (
    actor_id text   NOT NULL,
    month    date   NOT NULL,
    entries  bigint NOT NULL,
    articles bigint NOT NULL,
    PRIMARY KEY (actor_id, month)
);
CREATE INDEX actor_month_counts_month ON actor_month_counts (month, entries DESC, actor_id);
COMMENT ON TABLE actor_month_counts IS 'Entries and distinct articles per actor and month of first_day; kept by triggers on timeline_entries.';

CREATE TABLE actor_pair_counts (
    actor_id       text   NOT NULL,
    other_actor_id text   NOT NULL,
    entries        bigint NOT NULL,
    articles       bigint NOT NULL,
    first_day      date   NOT NULL,
    last_day       date   NOT NULL,
    other_actor    text   NOT NULL,
    PRIMARY KEY (actor_id, other_actor_id)
);
COMMENT ON TABLE actor_pair_counts IS 'Entries naming two actors, from the first one''s rows; kept by triggers on timeline_entries.';
COMMENT ON COLUMN actor_pair_counts.other_actor IS 'The other actor''s name as its rows gave it, for an actor with no rows of its own.';

CREATE TABLE provisional_actor_counts (
    actor_id  text   PRIMARY KEY,
    entries   bigint NOT NULL,
    articles  bigint NOT NULL,
    first_day date   NOT NULL,
    last_day  date   NOT NULL
);
COMMENT ON TABLE provisional_actor_counts IS 'Provisional entries per name; kept by triggers on timeline_entries.';

-- The first sentence (in log order) naming a provisional name, read for each name listed.
DROP INDEX timeline_entries_provisional;
CREATE INDEX timeline_entries_provisional ON timeline_entries (actor_id, position, entry_id) WHERE provisional;

-- Applies one statement's change, given as rows of timeline_entries with a sign (1 new, -1 old)
-- in the transition tables the trigger functions below read. Written once here and put into the
-- three functions, one per kind of statement. Every read of timeline_entries here is by stream or
-- by actor, through an index; sequential scans are off, so that a plan cached while the table was
-- small (PL/pgSQL keeps its plans) does not go on scanning it once it is large. A stream's rows are
-- read by the stream alone (OFFSET 0 keeps the other conditions out of the scan: with them, the
-- planner may add the GiST index on days and actor, which has to be read far for an actor alone).
-- The counts of each key are read once (MATERIALIZED), though used twice. Most statements write
-- the rows of new articles: a stream that had no row before the statement (its rows now are those
-- the statement added) needs no count per key, as nothing was there before.
DO $do$
DECLARE
    v_apply text := $apply$
    -- One statement for the three tables: the changed rows are read once, and which streams are
    -- new is asked once.
    WITH changed AS MATERIALIZED (%1$s),
    fresh AS MATERIALIZED (
        SELECT s.stream_id FROM (SELECT stream_id, sum(sign) AS change FROM changed GROUP BY 1) AS s
        WHERE (SELECT count(*) FROM timeline_entries e WHERE e.stream_id = s.stream_id) = s.change
    ),
    -- Actor and month.
    month_keys AS (
        SELECT c.actor_id, date_trunc('month', c.first_day::timestamp)::date AS month, c.stream_id, sum(c.sign) AS change
        FROM changed c GROUP BY 1, 2, 3 HAVING sum(c.sign) <> 0
    ), month_counted AS MATERIALIZED (
        SELECT k.actor_id, k.month, k.change,
               CASE WHEN f.stream_id IS NOT NULL THEN k.change ELSE
               (SELECT count(*) FROM (SELECT e.actor_id, e.first_day FROM timeline_entries e WHERE e.stream_id = k.stream_id OFFSET 0) AS e
                 WHERE e.actor_id = k.actor_id AND date_trunc('month', e.first_day::timestamp)::date = k.month) END AS now
        FROM month_keys k LEFT JOIN fresh f ON f.stream_id = k.stream_id
    ), month_delta AS (
        SELECT actor_id, month, sum(change) AS entries, sum((now > 0)::int - (now - change > 0)::int) AS articles
        FROM month_counted GROUP BY 1, 2
    ), months_written AS (
        INSERT INTO actor_month_counts AS t
        SELECT actor_id, month, entries, articles FROM month_delta ORDER BY actor_id, month
        ON CONFLICT (actor_id, month) DO UPDATE SET entries = t.entries + EXCLUDED.entries, articles = t.articles + EXCLUDED.articles
    ),
    -- Pairs, from each row to every other actor it names (as often as it names it). Every pair of
    -- a new row is written, also when its counts do not change: the row may bring a wider day or
    -- another spelling of the name.
    named AS (
        SELECT c.actor_id, o.id AS other_actor_id, o.name AS other_actor, c.stream_id, c.first_day, c.last_day, c.sign
        FROM changed c CROSS JOIN LATERAL unnest(c.other_actor_ids, c.other_actor_names) AS o(id, name)
    ), pair_keys AS (
        SELECT actor_id, other_actor_id, stream_id, sum(sign) AS change
        FROM named GROUP BY 1, 2, 3 HAVING sum(sign) <> 0
    ), pair_counted AS MATERIALIZED (
        SELECT k.actor_id, k.other_actor_id, k.change,
               CASE WHEN f.stream_id IS NOT NULL THEN k.change ELSE
               (SELECT count(*) FROM (SELECT e.actor_id, e.other_actor_ids FROM timeline_entries e WHERE e.stream_id = k.stream_id OFFSET 0) AS e
                 CROSS JOIN LATERAL unnest(e.other_actor_ids) AS o(id)
                 WHERE e.actor_id = k.actor_id AND o.id = k.other_actor_id) END AS now
        FROM pair_keys k LEFT JOIN fresh f ON f.stream_id = k.stream_id
    ), pair_delta AS (
        SELECT actor_id, other_actor_id, sum(change) AS entries, sum((now > 0)::int - (now - change > 0)::int) AS articles
        FROM pair_counted GROUP BY 1, 2
    ), pair_days AS (
        SELECT actor_id, other_actor_id, min(first_day) AS first_day, max(last_day) AS last_day, max(other_actor) AS other_actor
        FROM named WHERE sign > 0 GROUP BY 1, 2
    ), pairs_written AS (
        INSERT INTO actor_pair_counts AS t
        SELECT actor_id, other_actor_id, coalesce(d.entries, 0), coalesce(d.articles, 0),
               coalesce(s.first_day, 'infinity'), coalesce(s.last_day, '-infinity'), coalesce(s.other_actor, '')
        FROM pair_delta d FULL JOIN pair_days s USING (actor_id, other_actor_id)
        ORDER BY actor_id, other_actor_id
        ON CONFLICT (actor_id, other_actor_id) DO UPDATE SET
            entries = t.entries + EXCLUDED.entries, articles = t.articles + EXCLUDED.articles,
            first_day = least(t.first_day, EXCLUDED.first_day), last_day = greatest(t.last_day, EXCLUDED.last_day),
            other_actor = CASE WHEN EXCLUDED.other_actor = '' THEN t.other_actor ELSE EXCLUDED.other_actor END
    ),
    -- Provisional names.
    name_keys AS (
        SELECT c.actor_id, c.stream_id, sum(c.sign) AS change
        FROM changed c WHERE c.provisional GROUP BY 1, 2 HAVING sum(c.sign) <> 0
    ), name_counted AS MATERIALIZED (
        SELECT k.actor_id, k.change,
               CASE WHEN f.stream_id IS NOT NULL THEN k.change ELSE
               (SELECT count(*) FROM (SELECT e.actor_id, e.provisional FROM timeline_entries e WHERE e.stream_id = k.stream_id OFFSET 0) AS e
                 WHERE e.actor_id = k.actor_id AND e.provisional) END AS now
        FROM name_keys k LEFT JOIN fresh f ON f.stream_id = k.stream_id
    ), name_delta AS (
        SELECT actor_id, sum(change) AS entries, sum((now > 0)::int - (now - change > 0)::int) AS articles
        FROM name_counted GROUP BY 1
    ), name_days AS (
        SELECT actor_id, min(first_day) AS first_day, max(last_day) AS last_day
        FROM changed WHERE provisional AND sign > 0 GROUP BY 1
    )
    INSERT INTO provisional_actor_counts AS t
    SELECT actor_id, coalesce(d.entries, 0), coalesce(d.articles, 0), coalesce(s.first_day, 'infinity'), coalesce(s.last_day, '-infinity')
    FROM name_delta d FULL JOIN name_days s USING (actor_id)
    ORDER BY actor_id
    ON CONFLICT (actor_id) DO UPDATE SET
        entries = t.entries + EXCLUDED.entries, articles = t.articles + EXCLUDED.articles,
        first_day = least(t.first_day, EXCLUDED.first_day), last_day = greatest(t.last_day, EXCLUDED.last_day);
    $apply$;
    -- What went: counts left at zero, and first and last days that a row taking them went with.
    v_remove text := $remove$
    -- Months left with no entry go.
    WITH changed AS (%1$s)
    DELETE FROM actor_month_counts t
    USING (SELECT DISTINCT c.actor_id, date_trunc('month', c.first_day::timestamp)::date AS month FROM changed c WHERE c.sign < 0) AS k
    WHERE t.actor_id = k.actor_id AND t.month = k.month AND t.entries = 0;

    -- Pairs left with no entry go. Where a row that went held a pair's first or last day, the
    -- days of that actor's pairs are read again from its rows (one pass per actor). Rows that an
    -- update leaves as they were (same entry, days and actors) did not go.
    WITH changed AS (%1$s),
    gone AS (
        SELECT g.actor_id, g.other_actor_id, min(g.first_day) AS first_day, max(g.last_day) AS last_day
        FROM (SELECT c.entry_id, c.actor_id, o.id AS other_actor_id, c.first_day, c.last_day
              FROM changed c CROSS JOIN LATERAL unnest(c.other_actor_ids) AS o(id) WHERE c.sign < 0
              EXCEPT
              SELECT c.entry_id, c.actor_id, o.id, c.first_day, c.last_day
              FROM changed c CROSS JOIN LATERAL unnest(c.other_actor_ids) AS o(id) WHERE c.sign > 0) AS g
        GROUP BY 1, 2
    )
    DELETE FROM actor_pair_counts t USING gone g
    WHERE t.actor_id = g.actor_id AND t.other_actor_id = g.other_actor_id AND t.entries = 0;

    WITH changed AS (%1$s),
    gone AS (
        SELECT g.actor_id, g.other_actor_id, min(g.first_day) AS first_day, max(g.last_day) AS last_day
        FROM (SELECT c.entry_id, c.actor_id, o.id AS other_actor_id, c.first_day, c.last_day
              FROM changed c CROSS JOIN LATERAL unnest(c.other_actor_ids) AS o(id) WHERE c.sign < 0
              EXCEPT
              SELECT c.entry_id, c.actor_id, o.id, c.first_day, c.last_day
              FROM changed c CROSS JOIN LATERAL unnest(c.other_actor_ids) AS o(id) WHERE c.sign > 0) AS g
        GROUP BY 1, 2
    ), stale AS (
        SELECT t.actor_id, t.other_actor_id FROM actor_pair_counts t JOIN gone g USING (actor_id, other_actor_id)
        WHERE g.first_day <= t.first_day OR g.last_day >= t.last_day
    ), days AS (
        SELECT e.actor_id, o.id AS other_actor_id, min(e.first_day) AS first_day, max(e.last_day) AS last_day
        FROM timeline_entries e CROSS JOIN LATERAL unnest(e.other_actor_ids) AS o(id)
        WHERE e.actor_id IN (SELECT actor_id FROM stale)
        GROUP BY 1, 2
    )
    UPDATE actor_pair_counts t SET first_day = d.first_day, last_day = d.last_day
    FROM stale s JOIN days d USING (actor_id, other_actor_id)
    WHERE t.actor_id = s.actor_id AND t.other_actor_id = s.other_actor_id;

    -- Provisional names left with no entry go, and their days where a row holding one went.
    WITH changed AS (%1$s),
    gone AS (
        SELECT g.actor_id, min(g.first_day) AS first_day, max(g.last_day) AS last_day
        FROM (SELECT entry_id, actor_id, first_day, last_day FROM changed WHERE provisional AND sign < 0
              EXCEPT
              SELECT entry_id, actor_id, first_day, last_day FROM changed WHERE provisional AND sign > 0) AS g
        GROUP BY 1
    )
    DELETE FROM provisional_actor_counts t USING gone g WHERE t.actor_id = g.actor_id AND t.entries = 0;

    WITH changed AS (%1$s),
    gone AS (
        SELECT g.actor_id, min(g.first_day) AS first_day, max(g.last_day) AS last_day
        FROM (SELECT entry_id, actor_id, first_day, last_day FROM changed WHERE provisional AND sign < 0
              EXCEPT
              SELECT entry_id, actor_id, first_day, last_day FROM changed WHERE provisional AND sign > 0) AS g
        GROUP BY 1
    )
    UPDATE provisional_actor_counts t SET first_day = r.first_day, last_day = r.last_day
    FROM gone g CROSS JOIN LATERAL (
        SELECT min(e.first_day) AS first_day, max(e.last_day) AS last_day FROM timeline_entries e
        WHERE e.actor_id = g.actor_id AND e.provisional
    ) AS r
    WHERE t.actor_id = g.actor_id AND (g.first_day <= t.first_day OR g.last_day >= t.last_day);
    $remove$;
    v_columns text := 'entry_id, actor_id, stream_id, first_day, last_day, other_actor_ids, other_actor_names, provisional';
    v_new text := format('SELECT %s, 1 AS sign FROM new_rows', v_columns);
    v_old text := format('SELECT %s, -1 AS sign FROM old_rows', v_columns);
BEGIN
    EXECUTE format($f$CREATE FUNCTION actor_counts_after_insert() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $body$
        BEGIN %s RETURN NULL; END $body$$f$, format(v_apply, v_new));  -- nothing goes
    EXECUTE format($f$CREATE FUNCTION actor_counts_after_update() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $body$
        BEGIN %s %s RETURN NULL; END $body$$f$, format(v_apply, v_new || ' UNION ALL ' || v_old), format(v_remove, v_new || ' UNION ALL ' || v_old));
    EXECUTE format($f$CREATE FUNCTION actor_counts_after_delete() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off AS $body$
        BEGIN %s %s RETURN NULL; END $body$$f$, format(v_apply, v_old), format(v_remove, v_old));
END
$do$;

CREATE TRIGGER actor_counts_insert AFTER INSERT ON timeline_entries
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_counts_after_insert();
CREATE TRIGGER actor_counts_update AFTER UPDATE ON timeline_entries
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_counts_after_update();
CREATE TRIGGER actor_counts_delete AFTER DELETE ON timeline_entries
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_counts_after_delete();

-- The rows already stored.
INSERT INTO actor_month_counts
SELECT s.actor_id, s.month, sum(s.n), count(*)
FROM (SELECT e.actor_id, date_trunc('month', e.first_day::timestamp)::date AS month, e.stream_id, count(*) AS n
      FROM timeline_entries e GROUP BY 1, 2, 3) AS s
GROUP BY 1, 2;
INSERT INTO actor_pair_counts
SELECT s.actor_id, s.other_actor_id, sum(s.n), count(*), min(s.first_day), max(s.last_day), max(s.other_actor)
FROM (SELECT e.actor_id, o.id AS other_actor_id, e.stream_id, count(*) AS n, min(e.first_day) AS first_day,
             max(e.last_day) AS last_day, max(o.name) AS other_actor
      FROM timeline_entries e CROSS JOIN LATERAL unnest(e.other_actor_ids, e.other_actor_names) AS o(id, name)
      GROUP BY 1, 2, 3) AS s
GROUP BY 1, 2;
INSERT INTO provisional_actor_counts
SELECT s.actor_id, sum(s.n), count(*), min(s.first_day), max(s.last_day)
FROM (SELECT e.actor_id, e.stream_id, count(*) AS n, min(e.first_day) AS first_day, max(e.last_day) AS last_day
      FROM timeline_entries e WHERE e.provisional GROUP BY 1, 2) AS s
GROUP BY 1;

-- Months are counted in actor_month_counts now; its index on month answers "one month, every actor".
DROP INDEX timeline_entries_month;

-- The same views, the same columns, from the counts. An actor's name and kind come from the first
-- row of its timeline (index only); the view is a plain select, so with ORDER BY ... LIMIT the
-- names are looked up for the rows returned only.
CREATE OR REPLACE VIEW reporting.actor_events_by_month AS
SELECT c.actor_id,
       (SELECT e.actor_name FROM timeline_entries e WHERE e.actor_id = c.actor_id
         ORDER BY e.first_day, e.last_day DESC, e.entry_id LIMIT 1) AS actor,
       (SELECT e.actor_kind FROM timeline_entries e WHERE e.actor_id = c.actor_id
         ORDER BY e.first_day, e.last_day DESC, e.entry_id LIMIT 1) AS kind,
       c.month, c.entries AS events, c.articles
FROM actor_month_counts c;

CREATE OR REPLACE VIEW reporting.actor_pairs AS
SELECT p.actor_id,
       (SELECT e.actor_name FROM timeline_entries e WHERE e.actor_id = p.actor_id
         ORDER BY e.first_day, e.last_day DESC, e.entry_id LIMIT 1) AS actor,
       p.other_actor_id,
       coalesce((SELECT e.actor_name FROM timeline_entries e WHERE e.actor_id = p.other_actor_id
                  ORDER BY e.first_day, e.last_day DESC, e.entry_id LIMIT 1), p.other_actor) AS other_actor,
       p.entries AS events, p.articles, p.first_day, p.last_day
FROM actor_pair_counts p;

CREATE OR REPLACE VIEW reporting.provisional_actors AS
SELECT p.actor_id,
       (SELECT e.actor_name FROM timeline_entries e WHERE e.actor_id = p.actor_id AND e.provisional
         ORDER BY e.position, e.entry_id LIMIT 1) AS actor,
       (SELECT e.actor_kind FROM timeline_entries e WHERE e.actor_id = p.actor_id AND e.provisional
         ORDER BY e.position, e.entry_id LIMIT 1) AS kind,
       p.entries AS events, p.articles, p.first_day, p.last_day,
       (SELECT e.evidence FROM timeline_entries e WHERE e.actor_id = p.actor_id AND e.provisional
         ORDER BY e.position, e.entry_id LIMIT 1) AS sample_evidence,
       (SELECT e.sentence FROM timeline_entries e WHERE e.actor_id = p.actor_id AND e.provisional
         ORDER BY e.position, e.entry_id LIMIT 1) AS sample_sentence
FROM provisional_actor_counts p;
