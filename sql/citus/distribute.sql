-- Spreads a migrated timeline database over a Citus cluster: for every table, where its rows live.
--
-- Not a migration: the migrator reads only the numbered files at the top of sql/, never this
-- directory. Run it once, on the Citus coordinator, as the role that migrates, after
-- `timeline db migrate` has applied every file of sql/ (see README.md here for when and how):
--
--     psql -v ON_ERROR_STOP=1 -d DATABASE -f sql/citus/distribute.sql
--
-- Every table of the schemas the migrations create is named here once, in one of three ways, or
-- dropped (DROP TABLE) before the others are placed (Tests/EventStoreTests/Citus/ reads this file
-- and checks the migrated catalog against it):
--
--   distributed   SELECT create_distributed_table('table', 'column', colocate_with => ...);
--                 rows spread over the workers by the hash of the column. Every primary key and
--                 unique constraint includes the column (each shard can only check its own rows),
--                 and foreign keys go to reference tables or to tables colocated on the same column.
--   reference     SELECT create_reference_table('table');
--                 small tables, a full copy on every node, so any shard joins them locally. Writes
--                 go to every copy (two-phase commit), so only rarely written tables are here.
--   coordinator   a line "-- coordinator only: table"
--                 an ordinary table that stays on the coordinator, outside Citus's metadata: what
--                 needs one server's order or one server's lock, and state no worker reads.
--
-- One transaction: either every table is placed or none is. Sequential mode sends each worker's
-- commands over one connection, so a table distributed here is seen by the next one's checks.
BEGIN;
SET LOCAL citus.multi_shard_modify_mode TO 'sequential';

-- ---------------------------------------------------------------------------------------------
-- Before distributing: what Citus refuses on a distributed table.

-- 080's compatibility triggers fill in an entry's article for rows written by a binary older than
-- 080; the projection of every later version writes it itself, so they never fire. Citus refuses
-- to distribute a table with triggers (a trigger would run on a shard and reach into other shards).
DROP TRIGGER IF EXISTS timeline_entries_fill_article ON timeline_entries;
DROP TRIGGER IF EXISTS timeline_entry_history_fill_article ON timeline_entry_history;

-- Moving shards between workers (rebalancing) copies changes by logical replication, which needs a
-- replica identity. These two tables have no key: a row is identified by all of its columns.
ALTER TABLE timeline_entry_history REPLICA IDENTITY FULL;
ALTER TABLE article_bands REPLICA IDENTITY FULL;

-- The reporting counts (170, 180) are kept by statement triggers on timeline_entries and
-- timeline_articles, and Citus refuses triggers on distributed tables. On Citus every shard counts
-- its own rows, in parallel with the others, instead: the views that read the counts read the rows
-- again, as 030 defined them (the same columns), and the counts and their triggers go.
DROP TRIGGER IF EXISTS actor_counts_insert ON timeline_entries;
DROP TRIGGER IF EXISTS actor_counts_update ON timeline_entries;
DROP TRIGGER IF EXISTS actor_counts_delete ON timeline_entries;
DROP TRIGGER IF EXISTS article_day_counts_insert ON timeline_articles;
DROP TRIGGER IF EXISTS article_day_counts_update ON timeline_articles;
DROP TRIGGER IF EXISTS article_day_counts_delete ON timeline_articles;

CREATE OR REPLACE VIEW reporting.actor_events_by_month AS
SELECT e.actor_id, max(e.actor_name) AS actor, max(e.actor_kind) AS kind,
       date_trunc('month', e.first_day::timestamp)::date AS month,
       count(*) AS events, count(DISTINCT e.stream_id) AS articles
FROM timeline_entries e
GROUP BY e.actor_id, date_trunc('month', e.first_day::timestamp)::date;

CREATE OR REPLACE VIEW reporting.actor_pairs AS
SELECT e.actor_id, max(e.actor_name) AS actor, o.actor_id AS other_actor_id, max(o.actor) AS other_actor,
       count(*) AS events, count(DISTINCT e.stream_id) AS articles, min(e.first_day) AS first_day, max(e.last_day) AS last_day
FROM timeline_entries e
CROSS JOIN LATERAL unnest(e.other_actor_ids, e.other_actor_names) AS o(actor_id, actor)
GROUP BY e.actor_id, o.actor_id;

CREATE OR REPLACE VIEW reporting.provisional_actors AS
SELECT e.actor_id, max(e.actor_name) AS actor, max(e.actor_kind) AS kind,
       count(*) AS events, count(DISTINCT e.stream_id) AS articles,
       min(e.first_day) AS first_day, max(e.last_day) AS last_day,
       (array_agg(e.evidence ORDER BY e.position, e.entry_id))[1] AS sample_evidence,
       (array_agg(e.sentence ORDER BY e.position, e.entry_id))[1] AS sample_sentence
FROM timeline_entries e
WHERE e.provisional
GROUP BY e.actor_id;

CREATE OR REPLACE VIEW reporting.ingestion_by_day AS
SELECT coalesce(a.source, '') AS source, (a.recorded_at AT TIME ZONE 'UTC')::date AS day,
       count(*) AS articles, sum(a.dated_events)::bigint AS dated_events, sum(a.expressions)::bigint AS expressions,
       count(*) FILTER (WHERE a.dated_events = 0) AS articles_without_dated_events,
       min(a.published) AS first_published, max(a.published) AS last_published
FROM timeline_articles a
GROUP BY 1, 2;

CREATE OR REPLACE VIEW reporting.articles_by_published_day AS
SELECT coalesce(a.source, '') AS source, a.published,
       count(*) AS articles, sum(a.dated_events)::bigint AS dated_events, sum(a.expressions)::bigint AS expressions,
       count(*) FILTER (WHERE a.dated_events = 0) AS articles_without_dated_events
FROM timeline_articles a
GROUP BY 1, 2;

DROP TABLE actor_month_counts, actor_pair_counts, provisional_actor_counts, article_day_counts;

-- The same for the events kept as rows (220): their triggers are on event_mentions,
-- timeline_articles and article_fingerprints. reporting.events groups the reports again, each shard
-- its own events (event_mentions is spread by event).
DROP TRIGGER IF EXISTS event_rows_insert ON event_mentions;
DROP TRIGGER IF EXISTS event_rows_update ON event_mentions;
DROP TRIGGER IF EXISTS event_rows_delete ON event_mentions;
DROP TRIGGER IF EXISTS event_rows_insert ON timeline_articles;
DROP TRIGGER IF EXISTS event_rows_update ON timeline_articles;
DROP TRIGGER IF EXISTS event_rows_delete ON timeline_articles;
DROP TRIGGER IF EXISTS event_rows_insert ON article_fingerprints;
DROP TRIGGER IF EXISTS event_rows_update ON article_fingerprints;
DROP TRIGGER IF EXISTS event_rows_delete ON article_fingerprints;
CREATE OR REPLACE VIEW reporting.events AS SELECT *, daterange(first_day, last_day, '[]') AS days FROM event_rows_computed;
DROP TABLE event_rows;

-- ---------------------------------------------------------------------------------------------
-- Reference tables: small, read by the projection and the queries on every worker.

-- The gazetteer: a few thousand actors, changed by `timeline actors` and the seed file only.
SELECT create_reference_table('actors');
-- Its aliases; the foreign key to actors stays, from one reference table to another.
SELECT create_reference_table('actor_aliases');
-- One row: the gazetteer's revision, changed together with actors in one transaction.
SELECT create_reference_table('gazetteer_state');
-- Event ids merged away by curators: a handful of rows, looked up by old_id. Its key old_id is
-- global (a merged id leads to one event wherever it is looked up), which a reference table keeps.
SELECT create_reference_table('event_aliases');
-- The twenty CAMEO roots, joined to timeline rows by reporting.actor_event_kinds.
SELECT create_reference_table('reporting.cameo_roots');

-- ---------------------------------------------------------------------------------------------
-- Timeline rows, by actor: one actor's timeline is one shard's index scan.

-- Key (entry_id, actor_id) includes actor_id: an entry has one row per actor it names, each on its
-- actor's shard. A group of its own (colocate_with none): no other group joins on actor_id.
SELECT create_distributed_table('timeline_entries', 'actor_id', colocate_with => 'none');
-- Rows taken away move here from timeline_entries on the same shard, and `--as-of` reads both
-- tables for one actor. No key.
SELECT create_distributed_table('timeline_entry_history', 'actor_id', colocate_with => 'timeline_entries');

-- ---------------------------------------------------------------------------------------------
-- Article rows, by stream: everything the projection keeps of one article sits on one shard.

-- Key stream_id. The anchor of the stream group.
SELECT create_distributed_table('timeline_articles', 'stream_id', colocate_with => 'none');
-- Key (stream_id, expression_start); its foreign key to timeline_articles (stream_id) is on the
-- distribution column of both, so each shard keeps it for its own articles.
SELECT create_distributed_table('timeline_unresolved', 'stream_id', colocate_with => 'timeline_articles');
-- Key stream_id: one fingerprint per article, next to the article's row.
SELECT create_distributed_table('article_fingerprints', 'stream_id', colocate_with => 'timeline_articles');
-- No key. Candidates are found by band_key, on every shard at once, and joined to
-- article_fingerprints by stream_id on the shard itself.
SELECT create_distributed_table('article_bands', 'stream_id', colocate_with => 'timeline_articles');

-- ---------------------------------------------------------------------------------------------
-- Event reports, by event: one event's reports (`timeline explain ev…`, reporting.events) sit
-- on one shard.

-- Key (entry_id, event_id) since 150. A curator's move writes the report again under its new
-- event (a distribution column is never updated in place).
SELECT create_distributed_table('event_mentions', 'event_id', colocate_with => 'none');

-- ---------------------------------------------------------------------------------------------
-- On the coordinator only.

-- coordinator only: events
-- The log. Its position is one global order, handed out and committed one append at a time under
-- the advisory lock 7203118001, so that a reader following "position > last seen" never skips an
-- event; an event id is stored once in the whole log (the idempotency key of every append, checked
-- under the same lock); triggers keep it append-only and wake tailing readers with NOTIFY. Each of
-- these is a property of one server: a lock and a sequence are per node, and commits on several
-- workers become visible in no common order. Appends are serialized by that lock in any case, so
-- spreading the log would not make them faster; what grows with the writes is the read model
-- above, many rows and indexes per event. Its keys are nevertheless those of a log spread by
-- stream (160): (position, stream_id), (event_id, stream_id) and (stream_id, version), so that
--     SELECT create_distributed_table('events', 'stream_id', colocate_with => 'timeline_articles');
-- is refused by nothing in the schema. What it would take besides is a reader's cursor other than
-- one global position (one per shard, or a commit-order watermark), and the lock moved to where
-- the appends are decided.
-- coordinator only: schema_migrations
-- The migrator's bookkeeping, read and written by `timeline db migrate` on the coordinator, where
-- DDL runs.
-- coordinator only: projection_checkpoints
-- Log positions (a coordinator sequence), written in the transaction that writes the read model
-- of each page; Citus commits the coordinator's part and the workers' together.
-- coordinator only: feed_state
-- The daemon's conversation with each feed: written on every poll, read by the daemon and
-- `timeline status` only. A reference table would make every poll a write to every node.
-- coordinator only: feed_quarantine
-- Feed items set aside, with the daemon's other state.
-- coordinator only: spool_state
-- Per spool directory counts, with the daemon's other state.
-- coordinator only: daemon_members
-- The daemons sharing the feeds (heartbeats, renewed every few seconds), with the feed leases
-- in feed_state: the daemon's other state, read and written by the daemons only.

-- ---------------------------------------------------------------------------------------------
-- After distributing.

-- A few questions join tables spread by different columns: timeline rows (by actor) with event
-- reports (by event) on entry_id, when the projection loads an actor's events and when
-- `timeline events --actor` lists them. Citus answers such a join by repartitioning, which it does
-- only when allowed.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET citus.enable_repartition_joins = on', current_database());
END
$$;

COMMIT;
