-- Feed state for the ingest daemon, and items it could not take in.
-- Neither table is derived from the event log: they describe the daemon's conversation with
-- each feed (validators, failures, schedule) and what it set aside.

-- One row per configured feed, keyed by the feed's name in the daemon configuration.
-- Validators (etag, last_modified) are written only after the items of that response are in the log.
CREATE TABLE feed_state (
    feed                 text PRIMARY KEY CHECK (feed <> ''),
    url                  text NOT NULL,
    etag                 text,
    last_modified        text,
    last_polled_at       timestamptz,
    last_success_at      timestamptz,
    last_error           text,
    last_error_at        timestamptz,
    consecutive_failures integer NOT NULL DEFAULT 0,
    polls                bigint NOT NULL DEFAULT 0,
    not_modified         bigint NOT NULL DEFAULT 0,
    errors               bigint NOT NULL DEFAULT 0,
    items_seen           bigint NOT NULL DEFAULT 0,
    items_ingested       bigint NOT NULL DEFAULT 0,
    items_quarantined    bigint NOT NULL DEFAULT 0,
    next_poll_at         timestamptz,
    updated_at           timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE feed_state IS 'Per feed: validators, last success and error, counts, consecutive failures, next poll.';

-- Items a feed offered that could not become articles (no date, no text), with the reason.
-- Seeing the same item again bumps seen_count and last_seen instead of adding a row.
CREATE TABLE feed_quarantine (
    feed          text NOT NULL,
    item_identity text NOT NULL,
    reason        text NOT NULL,
    first_seen    timestamptz NOT NULL DEFAULT now(),
    last_seen     timestamptz NOT NULL DEFAULT now(),
    seen_count    bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (feed, item_identity)
);
COMMENT ON TABLE feed_quarantine IS 'Feed items set aside (for example without a publish date), with the reason.';
