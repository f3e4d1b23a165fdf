-- What the timelines used to say: rows of timeline_entries that a later event took away.
-- A row moves here, unchanged, when its article gets a new revision, when re-extraction
-- retracts or replaces its entry, or when actor curation re-attributes or rejects its actor.
-- With timeline_entries it answers "what was known at time T" (`timeline actor … --as-of T`):
-- rows recorded at or before T that were not yet retracted at T.
-- Derived from the event log like timeline_entries; `timeline projections rebuild` recomputes it.
CREATE TABLE timeline_entry_history (
    LIKE timeline_entries,
    retracted_at       timestamptz NOT NULL,
    retracted_position bigint NOT NULL,
    retraction         text NOT NULL
);
CREATE INDEX timeline_entry_history_actor ON timeline_entry_history (actor_id, first_day);
CREATE INDEX timeline_entry_history_entry ON timeline_entry_history (entry_id);
COMMENT ON TABLE timeline_entry_history IS
    'Timeline rows taken away by a later event (new revision, retraction, actor merge or rejection), with when and why.';
COMMENT ON COLUMN timeline_entry_history.retracted_at IS 'Recording time of the event that took the row away.';
COMMENT ON COLUMN timeline_entry_history.retracted_position IS 'Log position of that event.';
COMMENT ON COLUMN timeline_entry_history.retraction IS
    'Why: revision, retracted, replaced, merged, rejected (followed by details, e.g. "merged into mea").';

-- For analysts: what the timelines no longer say, and the curation acts that changed them.
CREATE VIEW reporting.withdrawn_entries AS
SELECT h.actor_id, h.actor_name AS actor, h.entry_id, h.value, h.granularity, h.first_day, h.last_day,
       h.expression, h.sentence, h.stream_id, h.recorded_at, h.retracted_at, h.retraction
FROM timeline_entry_history h;
COMMENT ON VIEW reporting.withdrawn_entries IS
    'Timeline entries taken away by a later event (new article revision, re-extraction, actor merge or rejection). A timeline as known at time T is actor_timeline rows recorded by T plus these rows with recorded_at <= T < retracted_at.';
COMMENT ON COLUMN reporting.withdrawn_entries.actor_id IS 'The actor the entry was under.';
COMMENT ON COLUMN reporting.withdrawn_entries.actor IS 'Its name at the time.';
COMMENT ON COLUMN reporting.withdrawn_entries.entry_id IS 'Short stable id of the dated event (timeline explain ID).';
COMMENT ON COLUMN reporting.withdrawn_entries.value IS 'TIMEX value, e.g. 2025-07-12, 2025-06, 2025-W28.';
COMMENT ON COLUMN reporting.withdrawn_entries.granularity IS 'day, week, month, quarter, year, ...';
COMMENT ON COLUMN reporting.withdrawn_entries.first_day IS 'First day of the dated interval.';
COMMENT ON COLUMN reporting.withdrawn_entries.last_day IS 'Last day of the dated interval.';
COMMENT ON COLUMN reporting.withdrawn_entries.expression IS 'The words that dated it.';
COMMENT ON COLUMN reporting.withdrawn_entries.sentence IS 'The sentence.';
COMMENT ON COLUMN reporting.withdrawn_entries.stream_id IS 'The article stream.';
COMMENT ON COLUMN reporting.withdrawn_entries.recorded_at IS 'When the row was recorded.';
COMMENT ON COLUMN reporting.withdrawn_entries.retracted_at IS 'When a later event took it away.';
COMMENT ON COLUMN reporting.withdrawn_entries.retraction IS 'Why: revision N, retracted: …, replaced: …, merged into …, alias of …, added as …, rejected: ….';

CREATE VIEW reporting.actor_curation AS
SELECT e.position, e.recorded_at, e.event_type AS act, e.data AS details
FROM events e WHERE e.stream_id = 'actor-curation';
COMMENT ON VIEW reporting.actor_curation IS
    'Every actor curation act in order (timeline actors add|alias|merge|rename|reject): ActorAdded, ActorAliasAdded, ActorsMerged, ActorRenamed, ActorRejected.';
COMMENT ON COLUMN reporting.actor_curation.position IS 'Log position.';
COMMENT ON COLUMN reporting.actor_curation.recorded_at IS 'When it was recorded.';
COMMENT ON COLUMN reporting.actor_curation.act IS 'Event type.';
COMMENT ON COLUMN reporting.actor_curation.details IS 'The act as JSON, e.g. {"sourceID": …, "targetID": …}.';
