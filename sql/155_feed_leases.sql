-- A fleet of daemons on one database: each feed is polled by the daemon that holds its lease,
-- and every daemon says it is alive in `daemon_members`, so the others know how many share
-- the feeds. A daemon renews its leases and its heartbeat every third of its lease duration;
-- one that dies stops renewing, and once its leases have expired the others claim them.
-- The leases keep two daemons from polling one feed at once; they are not what keeps an item
-- from being recorded twice (ingest is idempotent whoever polls).

--  * feed_state.leased_by, lease_expires_at: the member that may poll the feed, until when.
--    NULL when no member holds it (never claimed, or released by a member that stopped).
ALTER TABLE feed_state ADD COLUMN leased_by text CHECK (leased_by <> ''), ADD COLUMN lease_expires_at timestamptz;
COMMENT ON COLUMN feed_state.leased_by IS 'The daemon (fleet member) that holds the lease to poll this feed; NULL when free.';
COMMENT ON COLUMN feed_state.lease_expires_at IS 'When the lease ends unless renewed; after it another member may claim the feed.';
CREATE INDEX feed_state_leased_by ON feed_state (leased_by) WHERE leased_by IS NOT NULL;

-- One row per daemon that ran against this database, by its member name. A member is live while
-- seen_at + lease_seconds is in the future; a daemon that stops gracefully deletes its row.
CREATE TABLE daemon_members (
    member          text PRIMARY KEY CHECK (member <> ''),
    host            text NOT NULL,
    pid             integer NOT NULL,
    spool_directory text,
    lease_seconds   double precision NOT NULL CHECK (lease_seconds > 0),
    started_at      timestamptz NOT NULL DEFAULT now(),
    seen_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE daemon_members IS 'Daemons sharing the feeds: heartbeat (seen_at), lease duration, host, pid and spool directory.';
