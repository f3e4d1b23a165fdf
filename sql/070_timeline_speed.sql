-- Fewer indexes on timeline_entries, the same answers. Every row the projection writes goes into
-- every index: with eight of them, index upkeep was most of the projection's server time.
--
-- 1. The primary key leads with entry_id, so it answers lookups by entry id and the separate
--    index on entry_id goes. Lookups by actor use timeline_entries_actor_days.
ALTER TABLE timeline_entries DROP CONSTRAINT timeline_entries_pkey;
ALTER TABLE timeline_entries ADD CONSTRAINT timeline_entries_pkey PRIMARY KEY (entry_id, actor_id);
DROP INDEX timeline_entries_entry;

-- 2. One index per actor instead of two: the timeline order (actor_id, first_day, last_day DESC,
--    entry_id) now also carries what reporting.actor_events_by_month reads, so one actor's months
--    are still counted from the index alone (index-only scan), and the separate
--    (actor_id, month) index goes.
DROP INDEX timeline_entries_actor_days;
CREATE INDEX timeline_entries_actor_days ON timeline_entries (actor_id, first_day, last_day DESC, entry_id)
    INCLUDE (stream_id, actor_name, actor_kind);
DROP INDEX timeline_entries_actor_month;

-- 3. A timeline shows each entry with its article, found by stream_id: one lookup per entry. A
--    hash index answers that equality from two pages, where the primary key's B-tree descends
--    three levels comparing text at each.
CREATE INDEX timeline_articles_stream_hash ON timeline_articles USING hash (stream_id);
