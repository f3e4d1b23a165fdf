-- One event, many reports: dated entries (mentions) joined into events, and articles recognized
-- as reprints of others. Derived from the log by the timeline projection, in the same transaction
-- as the timelines, so `timeline projections rebuild` recomputes them with the same ids.
--
-- "मोदी ने सोमवार को बाइडेन से मुलाकात की।" in one outlet and "सोमवार को बाइडेन और मोदी की
-- मुलाकात हुई" in another are two mentions of one event: two rows of event_mentions with the same
-- event_id, the second joined by "shared actors …; same trigger मुलाकात; …".

-- A MinHash fingerprint per article (64 slots) and its 16 band keys, to find near copies by index.
CREATE TABLE article_fingerprints (
    stream_id  text PRIMARY KEY,
    slots      bytea NOT NULL,
    reprint_of text,
    similarity real,
    position   bigint NOT NULL
);
COMMENT ON TABLE article_fingerprints IS 'MinHash fingerprint of each article; reprint_of names the article it is a near copy of.';

-- Band keys, by which candidates are found; a band of an earlier revision may stay (a candidate
-- is always checked against the article's current fingerprint).
CREATE TABLE article_bands (
    band_key  bigint NOT NULL,
    stream_id text NOT NULL
);
CREATE INDEX article_bands_key ON article_bands (band_key);

-- Each mention with what clustering compared (dates, type, trigger, actors, a sketch of the
-- sentence's words) and why it joined its event.
CREATE TABLE event_mentions (
    entry_id    text PRIMARY KEY,
    event_id    text NOT NULL,
    stream_id   text NOT NULL,
    sentence_index integer NOT NULL,
    first_day   date NOT NULL,
    last_day    date NOT NULL,
    granularity text NOT NULL,
    cameo       text,
    realis      text,
    lemma       text,
    actor_ids   text[] NOT NULL,
    sketch      bytea NOT NULL,
    joined_by   text NOT NULL,
    score       real NOT NULL,
    position    bigint NOT NULL
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_stream ON event_mentions (stream_id);
COMMENT ON TABLE event_mentions IS 'Dated entries (mentions) and the event each belongs to, with the reason it joined.';

-- Ids of events a curator merged into others: the old id still leads to the event.
CREATE TABLE event_aliases (
    old_id   text PRIMARY KEY,
    event_id text NOT NULL
);

-- One row per mention, for analysts: the report, its article and source.
CREATE VIEW reporting.event_reports AS
SELECT m.event_id, m.entry_id, m.stream_id, a.url, a.identifier AS article, a.title AS article_title,
       coalesce(a.source, substring(a.url FROM '^[a-z]+://([^/:?#]+)'), a.identifier) AS source,
       a.published, f.reprint_of, m.first_day, m.last_day, m.granularity, m.cameo, m.realis, m.lemma AS trigger,
       m.actor_ids, m.joined_by, m.score, m.position
FROM event_mentions m
LEFT JOIN timeline_articles a ON a.stream_id = m.stream_id
LEFT JOIN article_fingerprints f ON f.stream_id = m.stream_id;
COMMENT ON VIEW reporting.event_reports IS
    'Every report (mention) of every event, GDELT Mentions-style: e.g. WHERE event_id = ''ev…'' ORDER BY published.';
COMMENT ON COLUMN reporting.event_reports.event_id IS 'The event''s short id (ev…), as `timeline events` shows it.';
COMMENT ON COLUMN reporting.event_reports.entry_id IS 'The report: a dated entry id, as `timeline explain` takes it.';
COMMENT ON COLUMN reporting.event_reports.stream_id IS 'The article''s stream in the event log.';
COMMENT ON COLUMN reporting.event_reports.url IS 'The article''s URL, when it has one.';
COMMENT ON COLUMN reporting.event_reports.article IS 'The article''s identifier as given at ingest (URL or id).';
COMMENT ON COLUMN reporting.event_reports.article_title IS 'The article''s title.';
COMMENT ON COLUMN reporting.event_reports.published IS 'The article''s publish date.';
COMMENT ON COLUMN reporting.event_reports.first_day IS 'First day of the report''s date.';
COMMENT ON COLUMN reporting.event_reports.last_day IS 'Last day of the report''s date.';
COMMENT ON COLUMN reporting.event_reports.granularity IS 'day, week, month, year, ... of the report''s date.';
COMMENT ON COLUMN reporting.event_reports.cameo IS 'CAMEO root code of the report; NULL for no interaction or no trigger.';
COMMENT ON COLUMN reporting.event_reports.realis IS 'actual, planned, negated or hypothetical, as this report says.';
COMMENT ON COLUMN reporting.event_reports.trigger IS 'Lemma of the word that names the event in this report.';
COMMENT ON COLUMN reporting.event_reports.actor_ids IS 'Actors of the report as they were resolved when it was placed (see reporting.actors).';
COMMENT ON COLUMN reporting.event_reports.score IS 'How strongly the report matched its event: 0 for the first report, 1 for a reprint or a curator''s placement.';
COMMENT ON COLUMN reporting.event_reports.position IS 'Log position of the event that recorded the report.';
COMMENT ON COLUMN reporting.event_reports.source IS 'The outlet: the article''s source, else its URL''s host, else its identifier.';
COMMENT ON COLUMN reporting.event_reports.reprint_of IS 'Stream id of the article this one is a near copy of; NULL for an original.';
COMMENT ON COLUMN reporting.event_reports.joined_by IS 'Why the mention joined the event: first report, shared actors and what else agreed, reprint of …, placed by a curator.';

-- One row per event, GDELT Events-style counts.
CREATE VIEW reporting.events AS
SELECT r.event_id,
       CASE WHEN max(r.first_day) <= min(r.last_day) THEN max(r.first_day) ELSE min(r.first_day) END AS first_day,
       CASE WHEN max(r.first_day) <= min(r.last_day) THEN min(r.last_day) ELSE max(r.last_day) END AS last_day,
       max(r.first_day) > min(r.last_day) AS dates_disagree,
       mode() WITHIN GROUP (ORDER BY r.cameo) AS cameo,
       CASE WHEN bool_or(r.realis = 'actual') THEN 'actual' ELSE max(r.realis) END AS realis,
       (SELECT array_agg(DISTINCT x ORDER BY x) FROM event_mentions m2, unnest(m2.actor_ids) x
         WHERE m2.event_id = r.event_id) AS actor_ids,
       count(*) AS mentions, count(DISTINCT r.stream_id) AS articles, count(DISTINCT r.source) AS sources,
       count(*) FILTER (WHERE r.reprint_of IS NOT NULL) AS reprinted_mentions,
       min(r.published) AS first_reported, max(r.published) AS last_reported
FROM reporting.event_reports r
GROUP BY r.event_id;
COMMENT ON VIEW reporting.events IS
    'One row per event with how many reports, articles and sources back it: e.g. the most reported events of a week.';
COMMENT ON COLUMN reporting.events.event_id IS 'The event''s short id (ev…): `timeline explain ev…` lists its reports.';
COMMENT ON COLUMN reporting.events.last_day IS 'Last day of the dates the mentions agree on (their spread when they disagree).';
COMMENT ON COLUMN reporting.events.actor_ids IS 'Every actor named by a report of the event.';
COMMENT ON COLUMN reporting.events.reprinted_mentions IS 'Of the mentions, those from articles that are reprints of another.';
COMMENT ON COLUMN reporting.events.last_reported IS 'Publish date of the latest report.';
COMMENT ON COLUMN reporting.events.first_day IS 'First day of the dates the mentions agree on (their spread when they disagree).';
COMMENT ON COLUMN reporting.events.dates_disagree IS 'True when a curator joined mentions whose dates do not meet; first_day..last_day is then their spread.';
COMMENT ON COLUMN reporting.events.cameo IS 'The CAMEO root most mentions carry (labels in reporting.cameo_roots).';
COMMENT ON COLUMN reporting.events.realis IS 'actual when any report says it happened; else planned, negated or hypothetical.';
COMMENT ON COLUMN reporting.events.mentions IS 'Reports of the event (dated entries), reprints included.';
COMMENT ON COLUMN reporting.events.articles IS 'Distinct articles among the reports.';
COMMENT ON COLUMN reporting.events.sources IS 'Distinct outlets among the reports.';
COMMENT ON COLUMN reporting.events.first_reported IS 'Publish date of the earliest report.';
GRANT SELECT ON reporting.events, reporting.event_reports TO timeline_analyst;
