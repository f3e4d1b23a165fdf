-- One GiST index for "what happened between two dates", with the actor and what the busiest
-- questions read, so that
--   * one actor in one period (reporting.actor_timeline WHERE actor_id = ... AND days && ...) is
--     answered inside the index, instead of reading every row of the actor (a busy actor has
--     hundreds of thousands) to keep those of one month;
--   * reporting.most_active_actors counts a period's rows from the index alone (index-only scan:
--     actor, article and days are in it).
-- It replaces timeline_entries_days (the days alone) under the same name. btree_gist gives text
-- its GiST operator class; it is a trusted extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX timeline_entries_days_actor ON timeline_entries
    USING gist (daterange(first_day, last_day, '[]'), actor_id) INCLUDE (stream_id, first_day, last_day);
DROP INDEX timeline_entries_days;
ALTER INDEX timeline_entries_days_actor RENAME TO timeline_entries_days;

-- The same answer in two steps: the actors ranked by their entries in the period, counted from the
-- index alone, then articles and days for the actors returned only (the index with their actor).
-- Ranks are given among the actors returned: every actor busier than one of them is one of them,
-- so the rank is the same as among all. The function reads the views, not the tables: the caller
-- needs SELECT on reporting only, and it stays SECURITY INVOKER and inlinable, so days && ... is
-- answered from the GiST index.
CREATE OR REPLACE FUNCTION reporting.most_active_actors(from_day date, to_day date, top integer DEFAULT 10)
RETURNS TABLE (rank bigint, actor_id text, actor text, kind text, events bigint, articles bigint,
               first_day date, last_day date)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT rank() OVER (ORDER BY r.events DESC), r.actor_id,
           (SELECT n.actor FROM reporting.actor_timeline n WHERE n.actor_id = r.actor_id
             ORDER BY n.first_day, n.last_day DESC, n.entry_id LIMIT 1),
           (SELECT n.kind FROM reporting.actor_timeline n WHERE n.actor_id = r.actor_id
             ORDER BY n.first_day, n.last_day DESC, n.entry_id LIMIT 1),
           r.events, d.articles, d.first_day, d.last_day
    FROM (
        SELECT t.actor_id, count(*) AS events
        FROM reporting.actor_timeline t
        WHERE t.days && daterange(from_day, to_day, '[]')
        GROUP BY t.actor_id
        ORDER BY count(*) DESC, t.actor_id
        LIMIT top
    ) AS r
    CROSS JOIN LATERAL (
        SELECT count(DISTINCT t.stream_id) AS articles, min(t.first_day) AS first_day, max(t.last_day) AS last_day
        FROM reporting.actor_timeline t
        WHERE t.actor_id = r.actor_id AND t.days && daterange(from_day, to_day, '[]')
    ) AS d
    ORDER BY r.events DESC, r.actor_id
$$;
