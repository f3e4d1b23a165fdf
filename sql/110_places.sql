-- The places of each dated entry: where it happened, kept apart from who acted.
--
-- "लावरोव ने शनिवार को प्योंगयांग में किम से मुलाकात की।" is an entry of Lavrov and Kim; Pyongyang
-- is where it happened, and has no timeline of its own. Each row of the entry carries the place
-- names of its sentence (distinct, in text order). Entries recorded before places were kept have
-- none: `timeline reprocess --force` records their places, and rows from then on carry them.
ALTER TABLE timeline_entries ADD COLUMN places text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN timeline_entries.places IS 'Names of the places in the entry''s sentence, in text order; places are on no timeline.';

-- Rows taken away keep their places, so a timeline as known at an earlier moment shows them too.
ALTER TABLE timeline_entry_history ADD COLUMN places text[] NOT NULL DEFAULT '{}';

-- The views that list an entry's actors list its places after their other columns.
CREATE OR REPLACE VIEW reporting.actor_timeline AS
SELECT e.actor_id, e.actor_name AS actor, e.actor_kind AS kind, e.provisional,
       daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day,
       e.granularity, e.value, e.expression, e.sentence,
       e.other_actor_names AS other_actors, e.other_actor_ids,
       a.title AS article_title, a.url, a.published, a.source, e.stream_id, e.entry_id,
       e.places
FROM timeline_entries e
LEFT JOIN timeline_articles a ON a.stream_id = e.stream_id;
COMMENT ON COLUMN reporting.actor_timeline.places IS 'Names of the places in the sentence (where, not who), in text order.';

CREATE OR REPLACE VIEW reporting.dated_events AS
SELECT daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day, e.granularity, e.value,
       e.expression, e.sentence,
       array_prepend(e.actor_name, e.other_actor_names) AS actors,
       array_prepend(e.actor_id, e.other_actor_ids) AS actor_ids,
       a.title AS article_title, a.url, a.published, a.source, e.stream_id, e.entry_id,
       e.places
FROM timeline_entries e
LEFT JOIN timeline_articles a ON a.stream_id = e.stream_id
WHERE e.actor_id <= ALL (e.other_actor_ids);
COMMENT ON COLUMN reporting.dated_events.places IS 'Names of the places in the sentence (where, not who), in text order.';

CREATE OR REPLACE VIEW reporting.withdrawn_entries AS
SELECT h.actor_id, h.actor_name AS actor, h.entry_id, h.value, h.granularity, h.first_day, h.last_day,
       h.expression, h.sentence, h.stream_id, h.recorded_at, h.retracted_at, h.retraction,
       h.places
FROM timeline_entry_history h;
COMMENT ON COLUMN reporting.withdrawn_entries.places IS 'Names of the places in the sentence, as the row had them.';
