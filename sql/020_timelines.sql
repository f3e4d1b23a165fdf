-- Gazetteer, projection checkpoints, and the per-actor timeline read model.
-- Everything here except the gazetteer is derived from the event log and can be rebuilt
-- from zero with `timeline projections rebuild`.

-- The gazetteer: people, countries and organizations, seeded from the curated file
-- Sources/ActorRecognition/Resources/actors.tsv.
CREATE TABLE actors (
    id             text PRIMARY KEY CHECK (id <> ''),
    kind           text NOT NULL,
    canonical_name text NOT NULL,
    latin_name     text NOT NULL DEFAULT '',
    seeded_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE actors IS 'Known actors (gazetteer): canonical Hindi name, Latin name, kind.';

CREATE TABLE actor_aliases (
    actor_id text NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias    text NOT NULL CHECK (alias <> ''),
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX actor_aliases_alias ON actor_aliases (alias);
COMMENT ON TABLE actor_aliases IS 'Names an actor is known by, in Devanagari and Latin script.';

CREATE TABLE gazetteer_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    revision  text NOT NULL,
    synced_at timestamptz NOT NULL DEFAULT now()
);

-- Where each projection has read the log up to. Written in the same transaction as the
-- projection's rows, so a crash can never separate the two.
CREATE TABLE projection_checkpoints (
    projection text PRIMARY KEY,
    position   bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Articles as the timeline projection saw them (latest revision).
CREATE TABLE timeline_articles (
    stream_id    text PRIMARY KEY,
    identifier   text NOT NULL,
    url          text,
    title        text NOT NULL,
    published    date NOT NULL,
    published_at text,
    source       text,
    language     text,
    tags         text[] NOT NULL DEFAULT '{}',
    revision     integer NOT NULL,
    content_hash text NOT NULL,
    position     bigint NOT NULL,
    recorded_at  timestamptz NOT NULL,
    -- From ArticleExtracted: temporal expressions found and dated entries recorded.
    expressions  integer NOT NULL DEFAULT 0,
    dated_events integer NOT NULL DEFAULT 0
);
CREATE INDEX timeline_articles_published ON timeline_articles (published);

-- Date and time expressions that could not be placed on the calendar (latest revision).
CREATE TABLE timeline_unresolved (
    stream_id        text NOT NULL REFERENCES timeline_articles (stream_id) ON DELETE CASCADE,
    expression       text NOT NULL,
    expression_start integer NOT NULL,
    expression_end   integer NOT NULL,
    type             text NOT NULL,
    value            text NOT NULL,
    reason           text NOT NULL,
    PRIMARY KEY (stream_id, expression_start)
);

-- One row per (dated event, actor): the per-actor timelines.
CREATE TABLE timeline_entries (
    entry_id          text NOT NULL,
    actor_id          text NOT NULL,
    actor_name        text NOT NULL,
    actor_kind        text NOT NULL,
    provisional       boolean NOT NULL,
    evidence          text NOT NULL,
    first_day         date NOT NULL,
    last_day          date NOT NULL,
    granularity       text NOT NULL,
    value             text NOT NULL,
    expression        text NOT NULL,
    expression_start  integer NOT NULL,
    expression_end    integer NOT NULL,
    sentence          text NOT NULL,
    sentence_index    integer NOT NULL,
    other_actor_ids   text[] NOT NULL,
    other_actor_names text[] NOT NULL,
    stream_id         text NOT NULL,
    revision          integer NOT NULL,
    extractor_version text NOT NULL,
    gazetteer_revision text NOT NULL,
    position          bigint NOT NULL,
    recorded_at       timestamptz NOT NULL,
    PRIMARY KEY (actor_id, entry_id),
    CHECK (first_day <= last_day)
);
CREATE INDEX timeline_entries_actor_days ON timeline_entries (actor_id, first_day, last_day DESC, entry_id);
CREATE INDEX timeline_entries_stream ON timeline_entries (stream_id);
CREATE INDEX timeline_entries_entry ON timeline_entries (entry_id);
COMMENT ON TABLE timeline_entries IS 'Per-actor timelines: one row per dated event and actor.';
