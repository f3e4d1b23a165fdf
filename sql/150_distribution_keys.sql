-- Keys that a distributed database can keep: every primary key and unique constraint of a table
-- that sql/citus/distribute.sql spreads over several servers includes the column the table is
-- spread by, since each server can only check uniqueness among the rows it holds. On one server
-- nothing changes in what is stored or answered.
--
-- Of the read model only event_mentions needs a change. Timeline rows (by actor: the key is
-- (entry_id, actor_id)), article rows, unresolved expressions and fingerprints (by stream: their
-- keys lead with or are stream_id) already include their column; the log, the checkpoints and the
-- daemon's state stay on one server (sql/citus/distribute.sql says why for each table).
--
-- event_mentions is spread by event_id, so that the reports of one event sit together. Its key
-- was entry_id alone; it becomes (entry_id, event_id). entry_id stays first, so every lookup by
-- entry id (the projection's deletes, `timeline explain`, the timeline's event column) is answered
-- by the same index as before. Stored rows are unique by entry_id, hence by the pair: the new key
-- builds from them as they are. That an entry is a report of one event only is now kept by the
-- projection, which removes the stored row of every report it places again before writing it
-- (EventClusterWriter.flush), and moves a report to another event by removing and writing it,
-- never by changing its event_id in place.
ALTER TABLE event_mentions
    DROP CONSTRAINT event_mentions_pkey,
    ADD CONSTRAINT event_mentions_pkey PRIMARY KEY (entry_id, event_id);
COMMENT ON CONSTRAINT event_mentions_pkey ON event_mentions IS
    'One row per report and event; event_id is the distribution column (sql/citus/distribute.sql).';
