-- Where articles come from, as the daemon and `timeline status` see it.
--  * feed_state.retired_at: a feed no longer in the daemon's configuration. Its counts stay for
--    the record, but it is neither due nor failing; configuring it again clears the mark.
--  * spool_state: one row per spool directory, counting its files and items as feed_state does a feed's.

ALTER TABLE feed_state ADD COLUMN retired_at timestamptz;
COMMENT ON COLUMN feed_state.retired_at IS 'When a daemon started without this feed in its configuration; NULL while configured.';
--  * feed_state.last_warning: the last document that could be read only in part (broken markup,
--    a feed inside an HTML page): its items were taken, and this says what was wrong and where.
ALTER TABLE feed_state ADD COLUMN last_warning text, ADD COLUMN last_warning_at timestamptz;
COMMENT ON COLUMN feed_state.last_warning IS 'The last document read only in part: what was wrong and where (its good items were taken).';

CREATE TABLE spool_state (
    directory         text PRIMARY KEY CHECK (directory <> ''),
    files_done        bigint NOT NULL DEFAULT 0,
    files_rejected    bigint NOT NULL DEFAULT 0,
    items_seen        bigint NOT NULL DEFAULT 0,
    items_ingested    bigint NOT NULL DEFAULT 0,
    items_quarantined bigint NOT NULL DEFAULT 0,
    last_file         text,
    last_file_at      timestamptz,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE spool_state IS 'Per spool directory: files moved to done/ and rejected/, items seen, ingested (new or revised) and quarantined.';
