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
