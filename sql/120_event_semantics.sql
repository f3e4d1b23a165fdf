-- What happened at each date: the event's word (trigger), its CAMEO root and quad class, whether
-- it happened (realis), and what each actor does in it (role).
--
-- "लावरोव ने शनिवार को किम से मुलाकात की।" is one entry with trigger मुलाकात, cameo 04 (consult),
-- quad 1, realis actual; Lavrov's row has role source, Kim's role target. Entries recorded before
-- events were read have NULLs: `timeline reprocess` recomputes them (the extractor version moved).
ALTER TABLE timeline_entries
    ADD COLUMN trigger text,
    ADD COLUMN cameo text,
    ADD COLUMN quad smallint,
    ADD COLUMN realis text,
    ADD COLUMN role text,
    ADD COLUMN other_actor_roles text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN timeline_entries.trigger IS 'The word that names the event (मुलाकात, गिरफ्तार, कहा); NULL when none is known.';
COMMENT ON COLUMN timeline_entries.cameo IS 'CAMEO root code 01..20 (see reporting.cameo_roots); NULL for no interaction of actors or no trigger.';
COMMENT ON COLUMN timeline_entries.quad IS 'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.';
COMMENT ON COLUMN timeline_entries.realis IS 'actual, planned, negated or hypothetical.';
COMMENT ON COLUMN timeline_entries.role IS 'What the row''s actor does in the event: source, target or other.';
COMMENT ON COLUMN timeline_entries.other_actor_roles IS 'Roles of the other actors, in the order of other_actor_ids.';

ALTER TABLE timeline_entry_history
    ADD COLUMN trigger text,
    ADD COLUMN cameo text,
    ADD COLUMN quad smallint,
    ADD COLUMN realis text,
    ADD COLUMN role text,
    ADD COLUMN other_actor_roles text[] NOT NULL DEFAULT '{}';

-- The twenty CAMEO roots, for labels and quad classes in queries.
CREATE TABLE reporting.cameo_roots (
    code  text PRIMARY KEY,
    label text NOT NULL,
    quad  smallint NOT NULL
);
INSERT INTO reporting.cameo_roots (code, label, quad) VALUES
    ('01', 'statement', 1), ('02', 'appeal', 1), ('03', 'intent to cooperate', 1), ('04', 'consult', 1),
    ('05', 'diplomatic cooperation', 1), ('06', 'material cooperation', 2), ('07', 'aid', 2), ('08', 'yield', 2),
    ('09', 'investigate', 3), ('10', 'demand', 3), ('11', 'disapprove', 3), ('12', 'reject', 3), ('13', 'threaten', 3),
    ('14', 'protest', 4), ('15', 'force posture', 4), ('16', 'reduce relations', 4), ('17', 'coerce', 4),
    ('18', 'assault', 4), ('19', 'fight', 4), ('20', 'mass violence', 4);
COMMENT ON TABLE reporting.cameo_roots IS 'The CAMEO root event codes as GDELT uses them, with a short label and the quad class.';
COMMENT ON COLUMN reporting.cameo_roots.code IS 'Root code, 01..20.';
COMMENT ON COLUMN reporting.cameo_roots.label IS 'Short English label: statement, consult, coerce, ...';
COMMENT ON COLUMN reporting.cameo_roots.quad IS '1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).';

CREATE OR REPLACE VIEW reporting.actor_timeline AS
SELECT e.actor_id, e.actor_name AS actor, e.actor_kind AS kind, e.provisional,
       daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day,
       e.granularity, e.value, e.expression, e.sentence,
       e.other_actor_names AS other_actors, e.other_actor_ids,
       a.title AS article_title, a.url, a.published, a.source, e.stream_id, e.entry_id,
       e.places, e.trigger, e.cameo, e.quad, e.realis, e.role
FROM timeline_entries e
LEFT JOIN timeline_articles a ON a.stream_id = e.stream_id;
COMMENT ON COLUMN reporting.actor_timeline.trigger IS 'The word that names the event, as written.';
COMMENT ON COLUMN reporting.actor_timeline.cameo IS 'CAMEO root code 01..20 (labels in reporting.cameo_roots); NULL for no interaction.';
COMMENT ON COLUMN reporting.actor_timeline.quad IS '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.';
COMMENT ON COLUMN reporting.actor_timeline.realis IS 'actual, planned, negated or hypothetical.';
COMMENT ON COLUMN reporting.actor_timeline.role IS 'What this actor does in the event: source (acts), target (acted upon or with), other.';

CREATE OR REPLACE VIEW reporting.dated_events AS
SELECT daterange(e.first_day, e.last_day, '[]') AS days, e.first_day, e.last_day, e.granularity, e.value,
       e.expression, e.sentence,
       array_prepend(e.actor_name, e.other_actor_names) AS actors,
       array_prepend(e.actor_id, e.other_actor_ids) AS actor_ids,
       a.title AS article_title, a.url, a.published, a.source, e.stream_id, e.entry_id,
       e.places, e.trigger, e.cameo, e.quad, e.realis,
       array_prepend(e.role, e.other_actor_roles) AS roles
FROM timeline_entries e
LEFT JOIN timeline_articles a ON a.stream_id = e.stream_id
WHERE e.actor_id <= ALL (e.other_actor_ids);
COMMENT ON COLUMN reporting.dated_events.trigger IS 'The word that names the event, as written.';
COMMENT ON COLUMN reporting.dated_events.cameo IS 'CAMEO root code 01..20 (labels in reporting.cameo_roots); NULL for no interaction.';
COMMENT ON COLUMN reporting.dated_events.quad IS '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.';
COMMENT ON COLUMN reporting.dated_events.realis IS 'actual, planned, negated or hypothetical.';
COMMENT ON COLUMN reporting.dated_events.roles IS 'Role of each actor (source, target, other), in the order of actors.';

-- What kinds of events an actor took part in, by month: one row per actor, month and CAMEO root.
CREATE VIEW reporting.actor_event_kinds AS
SELECT e.actor_id, max(e.actor_name) AS actor,
       date_trunc('month', e.first_day::timestamp)::date AS month,
       e.cameo, c.label AS event_type, c.quad,
       count(*) AS entries,
       count(*) FILTER (WHERE e.realis = 'actual') AS actual,
       count(*) FILTER (WHERE e.realis = 'planned') AS planned,
       count(*) FILTER (WHERE e.realis = 'negated') AS negated,
       count(*) FILTER (WHERE e.realis = 'hypothetical') AS hypothetical,
       count(*) FILTER (WHERE e.role = 'source') AS as_source,
       count(*) FILTER (WHERE e.role = 'target') AS as_target
FROM timeline_entries e
LEFT JOIN reporting.cameo_roots c ON c.code = e.cameo
GROUP BY e.actor_id, date_trunc('month', e.first_day::timestamp)::date, e.cameo, c.label, c.quad;
COMMENT ON VIEW reporting.actor_event_kinds IS
    'What kinds of events each actor took part in, by month: e.g. WHERE actor_id = ''sergey-lavrov'' ORDER BY month, entries DESC.';
COMMENT ON COLUMN reporting.actor_event_kinds.actor_id IS 'Actor id (see reporting.actors).';
COMMENT ON COLUMN reporting.actor_event_kinds.actor IS 'Actor name as recognized.';
COMMENT ON COLUMN reporting.actor_event_kinds.quad IS '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; NULL with cameo.';
COMMENT ON COLUMN reporting.actor_event_kinds.actual IS 'Of them, events that happened.';
COMMENT ON COLUMN reporting.actor_event_kinds.planned IS 'Of them, events scheduled, expected or intended.';
COMMENT ON COLUMN reporting.actor_event_kinds.negated IS 'Of them, events that did not happen or were called off.';
COMMENT ON COLUMN reporting.actor_event_kinds.hypothetical IS 'Of them, events only possible, conditional, wished or feared.';
COMMENT ON COLUMN reporting.actor_event_kinds.month IS 'First day of the month of the event''s first day.';
COMMENT ON COLUMN reporting.actor_event_kinds.cameo IS 'CAMEO root code; NULL for events that are no interaction (weather, counts) or have no trigger.';
COMMENT ON COLUMN reporting.actor_event_kinds.event_type IS 'The root''s label: statement, consult, coerce, ...';
COMMENT ON COLUMN reporting.actor_event_kinds.entries IS 'Dated entries of the actor with that root in that month.';
COMMENT ON COLUMN reporting.actor_event_kinds.as_source IS 'Of them, entries where the actor acts (source).';
COMMENT ON COLUMN reporting.actor_event_kinds.as_target IS 'Of them, entries where the actor is acted upon or with (target).';
