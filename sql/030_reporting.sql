-- The `reporting` schema: documented, read-only views for analysts (psql, Metabase, notebooks),
-- and the group role `timeline_analyst` that may read them and nothing else.
--
-- Views run with the rights of their owner (the role that applies migrations), so analysts need
-- no privilege on the tables underneath: they can SELECT from `reporting` and cannot write
-- anywhere. `timeline db grant-analyst NAME` creates a login role that is a member of
-- `timeline_analyst`.

-- Roles are cluster-wide: create the group role once, whichever database migrates first.
-- Two databases migrating at the same moment may race on the creation; the loser finds it done.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'timeline_analyst') THEN
        IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            RAISE EXCEPTION 'the group role timeline_analyst does not exist and % may not create roles', current_user
                USING ERRCODE = '42501', HINT = 'As an administrator run CREATE ROLE timeline_analyst NOLOGIN, then migrate again.';
        END IF;
        BEGIN
            CREATE ROLE timeline_analyst NOLOGIN;
            -- Only by the creator: two databases updating one shared comment at once would clash.
            COMMENT ON ROLE timeline_analyst IS 'Analysts: SELECT on the views of schema reporting, nothing else.';
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
END
$$;

-- Nobody but the owner creates objects in public (PostgreSQL 15 already revokes this; older
-- servers do not) or temporary tables in this database. The migrating role owns the schema
-- objects and keeps what it needs: it is granted TEMPORARY explicitly.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY, CONNECT ON DATABASE %I TO %I', current_database(), current_user);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO timeline_analyst', current_database());
END
$$;

CREATE SCHEMA reporting;
COMMENT ON SCHEMA reporting IS 'Read-only views for analysts over the event log and the timeline read model.';
REVOKE ALL ON SCHEMA reporting FROM PUBLIC;
GRANT USAGE ON SCHEMA reporting TO timeline_analyst;

-- "What happened between two dates" filters on daterange(first_day, last_day, '[]'); the views
-- expose exactly this expression, so `days && daterange(...)` is answered from this index.
CREATE INDEX timeline_entries_days ON timeline_entries USING gist (daterange(first_day, last_day, '[]'));
-- Events per month, for one month ("who was busy in March") or one actor: answered by index-only
-- scans (every column the view reads is in the index), even for the busiest actors.
CREATE INDEX timeline_entries_month ON timeline_entries ((date_trunc('month', first_day::timestamp)::date), actor_id)
    INCLUDE (first_day, stream_id, actor_name, actor_kind);
CREATE INDEX timeline_entries_actor_month ON timeline_entries (actor_id, (date_trunc('month', first_day::timestamp)::date))
    INCLUDE (first_day, stream_id, actor_name, actor_kind);
-- Provisional actors are few: the review list reads only their rows.
CREATE INDEX timeline_entries_provisional ON timeline_entries (actor_id) WHERE provisional;
-- Coverage by publish month and ingestion by recorded day, without reading every article.
CREATE INDEX timeline_articles_published_month ON timeline_articles ((date_trunc('month', published::timestamp)::date));
CREATE INDEX timeline_articles_recorded_day ON timeline_articles (((recorded_at AT TIME ZONE 'UTC')::date));

CREATE VIEW reporting.actors AS
SELECT a.id AS actor_id, a.canonical_name AS actor, a.latin_name, a.kind,
       coalesce((SELECT array_agg(al.alias ORDER BY al.alias) FROM actor_aliases al WHERE al.actor_id = a.id), '{}') AS aliases
FROM actors a;
COMMENT ON VIEW reporting.actors IS 'The gazetteer: every known actor with the names it is recognized by. Find an actor_id here.';
COMMENT ON COLUMN reporting.actors.actor_id IS 'Stable id, for example sergey-lavrov; the key of every other view.';
COMMENT ON COLUMN reporting.actors.actor IS 'Canonical name in Devanagari.';
COMMENT ON COLUMN reporting.actors.latin_name IS 'Name in Latin script (empty when none is known).';
COMMENT ON COLUMN reporting.actors.kind IS 'person, country, organization, ...';
COMMENT ON COLUMN reporting.actors.aliases IS 'Every name the actor is recognized by, sorted.';

CREATE VIEW reporting.actor_timeline AS
SELECT e.actor_id, e.actor_name AS actor, e.actor_kind AS kind, e.provisional,
       daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day,
       e.granularity, e.value, e.expression, e.sentence,
       e.other_actor_names AS other_actors, e.other_actor_ids,
       a.title AS article_title, a.url, a.published, a.source, e.stream_id, e.entry_id
FROM timeline_entries e
LEFT JOIN timeline_articles a ON a.stream_id = e.stream_id;
COMMENT ON VIEW reporting.actor_timeline IS
    'One row per dated event and actor. Filter on actor_id (indexed) and on days with && (GiST index), '
    'e.g. WHERE actor_id = ''sergey-lavrov'' AND days && daterange(''2025-07-01'', ''2025-07-31'', ''[]'').';
COMMENT ON COLUMN reporting.actor_timeline.actor_id IS 'Actor id (see reporting.actors); provisional:<name> for names not in the gazetteer.';
COMMENT ON COLUMN reporting.actor_timeline.actor IS 'Actor name as recognized.';
COMMENT ON COLUMN reporting.actor_timeline.kind IS 'person, country, organization, ...';
COMMENT ON COLUMN reporting.actor_timeline.provisional IS 'True when the actor is not in the gazetteer (awaiting review).';
COMMENT ON COLUMN reporting.actor_timeline.days IS 'The days the date expression covers, as a daterange (shown half-open: [first, last+1)).';
COMMENT ON COLUMN reporting.actor_timeline.first_day IS 'First day covered.';
COMMENT ON COLUMN reporting.actor_timeline.last_day IS 'Last day covered (inclusive).';
COMMENT ON COLUMN reporting.actor_timeline.granularity IS 'day, week, month, quarter, year, ...: how precise the date is.';
COMMENT ON COLUMN reporting.actor_timeline.value IS 'The resolved date in TIMEX form: 2025-07-12, 2025-06, 2025-W28, ...';
COMMENT ON COLUMN reporting.actor_timeline.expression IS 'The date expression as written in the article, e.g. शनिवार.';
COMMENT ON COLUMN reporting.actor_timeline.sentence IS 'The sentence that holds the expression and names the actor.';
COMMENT ON COLUMN reporting.actor_timeline.other_actors IS 'Names of the other actors in the same sentence.';
COMMENT ON COLUMN reporting.actor_timeline.other_actor_ids IS 'Ids of the other actors, in the order of other_actors.';
COMMENT ON COLUMN reporting.actor_timeline.article_title IS 'Title of the article (latest revision).';
COMMENT ON COLUMN reporting.actor_timeline.url IS 'URL of the article, when it has one.';
COMMENT ON COLUMN reporting.actor_timeline.published IS 'Publish day of the article; relative dates are resolved against it.';
COMMENT ON COLUMN reporting.actor_timeline.source IS 'Source (feed or site) of the article, when known.';
COMMENT ON COLUMN reporting.actor_timeline.stream_id IS 'The article''s stream in the event log (see reporting.event_log).';
COMMENT ON COLUMN reporting.actor_timeline.entry_id IS 'Id of the dated event: the same on the timeline of every actor it names.';

-- Every entry has its article row (the projection writes both in one transaction); the LEFT JOIN
-- lets the planner skip the article lookup when a query uses no article column.

-- One row per dated event: the row of the actor whose id sorts first stands for the event
-- (no id among the others is smaller), so no grouping hides the indexed columns.
CREATE VIEW reporting.dated_events AS
SELECT daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day, e.granularity, e.value,
       e.expression, e.sentence,
       array_prepend(e.actor_name, e.other_actor_names) AS actors,
       array_prepend(e.actor_id, e.other_actor_ids) AS actor_ids,
       a.title AS article_title, a.url, a.published, a.source, e.stream_id, e.entry_id
FROM timeline_entries e
LEFT JOIN timeline_articles a ON a.stream_id = e.stream_id
WHERE e.actor_id <= ALL (e.other_actor_ids);
COMMENT ON VIEW reporting.dated_events IS
    'What happened: one row per dated event with all its actors. For a period use '
    'WHERE days && daterange(''2025-07-01'', ''2025-07-31'', ''[]'') (GiST index).';
COMMENT ON COLUMN reporting.dated_events.days IS 'The days the date expression covers, as a daterange.';
COMMENT ON COLUMN reporting.dated_events.first_day IS 'First day covered.';
COMMENT ON COLUMN reporting.dated_events.last_day IS 'Last day covered (inclusive).';
COMMENT ON COLUMN reporting.dated_events.granularity IS 'day, week, month, quarter, year, ...: how precise the date is.';
COMMENT ON COLUMN reporting.dated_events.value IS 'The resolved date in TIMEX form.';
COMMENT ON COLUMN reporting.dated_events.expression IS 'The date expression as written in the article.';
COMMENT ON COLUMN reporting.dated_events.sentence IS 'The sentence of the event.';
COMMENT ON COLUMN reporting.dated_events.actors IS 'Names of every actor in the sentence (the one with the smallest id first).';
COMMENT ON COLUMN reporting.dated_events.actor_ids IS 'Ids of the actors, in the order of actors.';
COMMENT ON COLUMN reporting.dated_events.article_title IS 'Title of the article.';
COMMENT ON COLUMN reporting.dated_events.url IS 'URL of the article, when it has one.';
COMMENT ON COLUMN reporting.dated_events.published IS 'Publish day of the article.';
COMMENT ON COLUMN reporting.dated_events.source IS 'Source of the article, when known.';
COMMENT ON COLUMN reporting.dated_events.stream_id IS 'The article''s stream in the event log (see reporting.event_log).';
COMMENT ON COLUMN reporting.dated_events.entry_id IS 'Id of the dated event.';

CREATE VIEW reporting.actor_events_by_month AS
SELECT e.actor_id, max(e.actor_name) AS actor, max(e.actor_kind) AS kind,
       date_trunc('month', e.first_day::timestamp)::date AS month,
       count(*) AS events, count(DISTINCT e.stream_id) AS articles
FROM timeline_entries e
GROUP BY e.actor_id, date_trunc('month', e.first_day::timestamp)::date;
COMMENT ON VIEW reporting.actor_events_by_month IS
    'Dated events per actor and month (the month the event''s dates begin in). '
    'Filter on actor_id or on month = ''2025-07-01'' (both indexed).';
COMMENT ON COLUMN reporting.actor_events_by_month.actor_id IS 'Actor id.';
COMMENT ON COLUMN reporting.actor_events_by_month.actor IS 'Actor name.';
COMMENT ON COLUMN reporting.actor_events_by_month.kind IS 'person, country, organization, ...';
COMMENT ON COLUMN reporting.actor_events_by_month.month IS 'First day of the month in which the event''s first day falls.';
COMMENT ON COLUMN reporting.actor_events_by_month.events IS 'Dated events naming the actor that begin in this month.';
COMMENT ON COLUMN reporting.actor_events_by_month.articles IS 'Distinct articles those events come from.';

CREATE FUNCTION reporting.most_active_actors(from_day date, to_day date, top integer DEFAULT 10)
RETURNS TABLE (rank bigint, actor_id text, actor text, kind text, events bigint, articles bigint,
               first_day date, last_day date)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    -- Reads the view, not the table: the caller needs SELECT on reporting only, and the function
    -- stays SECURITY INVOKER and inlinable, so days && ... is answered from the GiST index.
    SELECT rank() OVER (ORDER BY count(*) DESC), t.actor_id, max(t.actor), max(t.kind),
           count(*), count(DISTINCT t.stream_id), min(t.first_day), max(t.last_day)
    FROM reporting.actor_timeline t
    WHERE t.days && daterange(from_day, to_day, '[]')
    GROUP BY t.actor_id
    ORDER BY count(*) DESC, t.actor_id
    LIMIT top
$$;
COMMENT ON FUNCTION reporting.most_active_actors(date, date, integer) IS
    'The top actors by dated events whose days overlap from_day..to_day (inclusive), busiest first; '
    'ties share a rank and are listed by actor_id. Example: SELECT * FROM reporting.most_active_actors(''2025-07-01'', ''2025-07-31'', 5).';

CREATE VIEW reporting.actor_pairs AS
SELECT e.actor_id, max(e.actor_name) AS actor, o.actor_id AS other_actor_id, max(o.actor) AS other_actor,
       count(*) AS events, count(DISTINCT e.stream_id) AS articles, min(e.first_day) AS first_day, max(e.last_day) AS last_day
FROM timeline_entries e
CROSS JOIN LATERAL unnest(e.other_actor_ids, e.other_actor_names) AS o(actor_id, actor)
GROUP BY e.actor_id, o.actor_id;
COMMENT ON VIEW reporting.actor_pairs IS
    'Co-occurrence: actors named in the same dated event. Each pair appears twice, once from each side, '
    'so WHERE actor_id = ''sergey-lavrov'' lists everyone Lavrov appears with (indexed).';
COMMENT ON COLUMN reporting.actor_pairs.actor_id IS 'Actor id.';
COMMENT ON COLUMN reporting.actor_pairs.actor IS 'Actor name.';
COMMENT ON COLUMN reporting.actor_pairs.other_actor_id IS 'Id of the actor named together with it.';
COMMENT ON COLUMN reporting.actor_pairs.other_actor IS 'Name of the actor named together with it.';
COMMENT ON COLUMN reporting.actor_pairs.events IS 'Dated events naming both.';
COMMENT ON COLUMN reporting.actor_pairs.articles IS 'Distinct articles those events come from.';
COMMENT ON COLUMN reporting.actor_pairs.first_day IS 'Earliest day of those events.';
COMMENT ON COLUMN reporting.actor_pairs.last_day IS 'Latest day of those events.';

CREATE VIEW reporting.ingestion_by_day AS
SELECT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS day,
       count(*) AS articles, sum(a.dated_events)::bigint AS dated_events, sum(a.expressions)::bigint AS expressions,
       count(*) FILTER (WHERE a.dated_events = 0) AS articles_without_dated_events,
       min(a.published) AS first_published, max(a.published) AS last_published
FROM timeline_articles a
GROUP BY 1, 2;
COMMENT ON VIEW reporting.ingestion_by_day IS
    'What was ingested, by source and the UTC day its latest revision was recorded. '
    'Filter on day, e.g. WHERE day >= current_date - 7 (indexed).';
COMMENT ON COLUMN reporting.ingestion_by_day.source IS 'Source of the articles (empty when none was given).';
COMMENT ON COLUMN reporting.ingestion_by_day.day IS 'UTC day the articles (latest revision) were recorded in the log.';
COMMENT ON COLUMN reporting.ingestion_by_day.articles IS 'Articles recorded that day.';
COMMENT ON COLUMN reporting.ingestion_by_day.dated_events IS 'Dated events extracted from them.';
COMMENT ON COLUMN reporting.ingestion_by_day.expressions IS 'Temporal expressions of every type found in them.';
COMMENT ON COLUMN reporting.ingestion_by_day.articles_without_dated_events IS 'Of those articles, how many gave no dated event.';
COMMENT ON COLUMN reporting.ingestion_by_day.first_published IS 'Earliest publish day among them.';
COMMENT ON COLUMN reporting.ingestion_by_day.last_published IS 'Latest publish day among them.';

CREATE VIEW reporting.articles_by_published_day AS
SELECT coalesce(a.source, '') AS source, a.published,
       count(*) AS articles, sum(a.dated_events)::bigint AS dated_events, sum(a.expressions)::bigint AS expressions,
       count(*) FILTER (WHERE a.dated_events = 0) AS articles_without_dated_events
FROM timeline_articles a
GROUP BY 1, 2;
COMMENT ON VIEW reporting.articles_by_published_day IS 'Articles and dated events by source and publish day.';
COMMENT ON COLUMN reporting.articles_by_published_day.source IS 'Source of the articles (empty when none was given).';
COMMENT ON COLUMN reporting.articles_by_published_day.published IS 'Publish day.';
COMMENT ON COLUMN reporting.articles_by_published_day.articles IS 'Articles published that day.';
COMMENT ON COLUMN reporting.articles_by_published_day.dated_events IS 'Dated events extracted from them.';
COMMENT ON COLUMN reporting.articles_by_published_day.expressions IS 'Temporal expressions of every type found in them.';
COMMENT ON COLUMN reporting.articles_by_published_day.articles_without_dated_events IS 'Of those articles, how many gave no dated event.';

CREATE VIEW reporting.extraction_coverage AS
SELECT coalesce(a.source, '') AS source, date_trunc('month', a.published::timestamp)::date AS month, count(*) AS articles,
       count(*) FILTER (WHERE a.dated_events > 0) AS articles_with_dated_events,
       count(*) FILTER (WHERE a.dated_events = 0) AS articles_without_dated_events,
       sum(a.expressions)::bigint AS expressions, sum(a.dated_events)::bigint AS dated_events,
       sum((SELECT count(*) FROM timeline_unresolved u WHERE u.stream_id = a.stream_id))::bigint AS unresolved_expressions
FROM timeline_articles a
GROUP BY 1, 2;
COMMENT ON VIEW reporting.extraction_coverage IS
    'How much of each source''s text became timeline, by publish month: articles with and without dated events, '
    'unresolved expressions. Filter on month = ''2025-07-01'' (indexed).';
COMMENT ON COLUMN reporting.extraction_coverage.source IS 'Source of the articles (empty when none was given).';
COMMENT ON COLUMN reporting.extraction_coverage.month IS 'First day of the month the articles were published in.';
COMMENT ON COLUMN reporting.extraction_coverage.articles IS 'Articles (latest revisions).';
COMMENT ON COLUMN reporting.extraction_coverage.articles_with_dated_events IS 'Articles that gave at least one dated event.';
COMMENT ON COLUMN reporting.extraction_coverage.articles_without_dated_events IS 'Articles that gave none (see reporting.articles_without_dated_events).';
COMMENT ON COLUMN reporting.extraction_coverage.expressions IS 'Temporal expressions of every type found (durations and sets included).';
COMMENT ON COLUMN reporting.extraction_coverage.dated_events IS 'Dated events recorded.';
COMMENT ON COLUMN reporting.extraction_coverage.unresolved_expressions IS 'Date and time expressions that could not be placed on the calendar (see reporting.unresolved_expressions).';

CREATE VIEW reporting.articles_without_dated_events AS
SELECT a.title AS article_title, a.url, a.published, coalesce(a.source, '') AS source, a.expressions,
       (SELECT count(*) FROM timeline_unresolved u WHERE u.stream_id = a.stream_id) AS unresolved_expressions,
       a.identifier
FROM timeline_articles a
WHERE a.dated_events = 0;
COMMENT ON VIEW reporting.articles_without_dated_events IS 'Articles whose text gave no dated event: no resolvable date next to a known actor.';
COMMENT ON COLUMN reporting.articles_without_dated_events.article_title IS 'Title of the article.';
COMMENT ON COLUMN reporting.articles_without_dated_events.url IS 'URL of the article, when it has one.';
COMMENT ON COLUMN reporting.articles_without_dated_events.published IS 'Publish day.';
COMMENT ON COLUMN reporting.articles_without_dated_events.source IS 'Source (empty when none was given).';
COMMENT ON COLUMN reporting.articles_without_dated_events.expressions IS 'Temporal expressions of every type found in it.';
COMMENT ON COLUMN reporting.articles_without_dated_events.unresolved_expressions IS 'Of those, date or time expressions that could not be placed on the calendar.';
COMMENT ON COLUMN reporting.articles_without_dated_events.identifier IS 'The article''s url or id as ingested.';

CREATE VIEW reporting.unresolved_expressions AS
SELECT u.expression, u.type, u.value, u.reason, u.expression_start AS offset_in_text,
       a.title AS article_title, a.url, a.published, coalesce(a.source, '') AS source
FROM timeline_unresolved u
JOIN timeline_articles a ON a.stream_id = u.stream_id;
COMMENT ON VIEW reporting.unresolved_expressions IS 'Date and time expressions found but not placed on the calendar, per article.';
COMMENT ON COLUMN reporting.unresolved_expressions.expression IS 'The expression as written, e.g. अभी.';
COMMENT ON COLUMN reporting.unresolved_expressions.type IS 'DATE or TIME.';
COMMENT ON COLUMN reporting.unresolved_expressions.value IS 'What the extractor made of it, e.g. PRESENT_REF or XXXX-XX-XXT07:00.';
COMMENT ON COLUMN reporting.unresolved_expressions.reason IS 'vague (now, recently, soon) or no-calendar-day (a time or date without a day).';
COMMENT ON COLUMN reporting.unresolved_expressions.offset_in_text IS 'Offset of the expression in the article text, in Unicode scalars.';
COMMENT ON COLUMN reporting.unresolved_expressions.article_title IS 'Title of the article.';
COMMENT ON COLUMN reporting.unresolved_expressions.url IS 'URL of the article, when it has one.';
COMMENT ON COLUMN reporting.unresolved_expressions.published IS 'Publish day.';
COMMENT ON COLUMN reporting.unresolved_expressions.source IS 'Source (empty when none was given).';

CREATE VIEW reporting.provisional_actors AS
SELECT e.actor_id, max(e.actor_name) AS actor, max(e.actor_kind) AS kind,
       count(*) AS events, count(DISTINCT e.stream_id) AS articles,
       min(e.first_day) AS first_day, max(e.last_day) AS last_day,
       (array_agg(e.evidence ORDER BY e.position, e.entry_id))[1] AS sample_evidence,
       (array_agg(e.sentence ORDER BY e.position, e.entry_id))[1] AS sample_sentence
FROM timeline_entries e
WHERE e.provisional
GROUP BY e.actor_id;
COMMENT ON VIEW reporting.provisional_actors IS 'Names recognized as actors but not in the gazetteer, awaiting review: add them to actors.tsv or ignore them.';
COMMENT ON COLUMN reporting.provisional_actors.actor_id IS 'provisional:<normalized name>.';
COMMENT ON COLUMN reporting.provisional_actors.actor IS 'The name as recognized.';
COMMENT ON COLUMN reporting.provisional_actors.kind IS 'Kind guessed from the context (role words, tags).';
COMMENT ON COLUMN reporting.provisional_actors.events IS 'Dated events naming it.';
COMMENT ON COLUMN reporting.provisional_actors.articles IS 'Distinct articles naming it in a dated event.';
COMMENT ON COLUMN reporting.provisional_actors.first_day IS 'Earliest day of those events.';
COMMENT ON COLUMN reporting.provisional_actors.last_day IS 'Latest day of those events.';
COMMENT ON COLUMN reporting.provisional_actors.sample_evidence IS 'How it was first recognized: role:<word>, tag:<tag>, ...';
COMMENT ON COLUMN reporting.provisional_actors.sample_sentence IS 'The first sentence (in log order) that names it.';

CREATE VIEW reporting.event_log AS
SELECT position, stream_id, version, event_type, data, metadata, recorded_at
FROM events;
COMMENT ON VIEW reporting.event_log IS 'The append-only event log, read-only. Filter on position or stream_id (indexed).';
COMMENT ON COLUMN reporting.event_log.position IS 'Global order of the event in the log.';
COMMENT ON COLUMN reporting.event_log.stream_id IS 'Stream (article-<hash> per article).';
COMMENT ON COLUMN reporting.event_log.version IS 'Version within the stream, from 1.';
COMMENT ON COLUMN reporting.event_log.event_type IS 'ArticleIngested or ArticleExtracted (and types added later)';
COMMENT ON COLUMN reporting.event_log.data IS 'The event payload (JSON).';
COMMENT ON COLUMN reporting.event_log.metadata IS 'Event metadata (JSON), when any.';
COMMENT ON COLUMN reporting.event_log.recorded_at IS 'When the event was appended.';

-- Analysts read every view and call the function; nothing else in this schema is theirs.
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO timeline_analyst;
REVOKE ALL ON FUNCTION reporting.most_active_actors(date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.most_active_actors(date, date, integer) TO timeline_analyst;
-- Views added to reporting by later migrations are readable by analysts too.
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO timeline_analyst;
