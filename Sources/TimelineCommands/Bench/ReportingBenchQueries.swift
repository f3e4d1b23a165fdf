import Postgres

/// The typical analyst queries timed by `timeline bench reporting`, against the synthetic rows of
/// ``SyntheticTimelineRows`` (actors `actor-1` … `actor-N`, days in 2020 … mid 2025).
enum ReportingBenchQueries {
    struct Query {
        var label: String
        var sql: String
        var parameters: [PostgresValue] = []
        /// Whether the 200 ms target applies: false for a question timed only to compare with one that has it.
        var hasTarget = true
    }

    static let all: [Query] = [
        Query(label: "one actor's timeline (actor-42)", sql: """
            SELECT * FROM reporting.actor_timeline WHERE actor_id = $1 ORDER BY first_day, last_day DESC, entry_id
            """, parameters: ["actor-42"]),
        Query(label: "busiest actor, first 100 entries", sql: """
            SELECT * FROM reporting.actor_timeline WHERE actor_id = $1 ORDER BY first_day, last_day DESC, entry_id LIMIT 100
            """, parameters: ["actor-1"]),
        Query(label: "one actor's events by month", sql: """
            SELECT * FROM reporting.actor_events_by_month WHERE actor_id = $1 ORDER BY month
            """, parameters: ["actor-42"]),
        Query(label: "busiest actor's events by month", sql: """
            SELECT * FROM reporting.actor_events_by_month WHERE actor_id = $1 ORDER BY month
            """, parameters: ["actor-1"]),
        Query(label: "one month, every actor", sql: """
            SELECT * FROM reporting.actor_events_by_month WHERE month = $1::date ORDER BY events DESC, actor_id LIMIT 20
            """, parameters: ["2024-03-01"]),
        // The README's "What happened between …?", over a week: what is dated inside it. Then the
        // same rows with every column, as an export of the week would read them, and, to compare,
        // every entry that overlaps the week (each year-long entry of its year among them).
        Query(label: "what happened in one week (<@)", sql: """
            SELECT value, expression, actors, published FROM reporting.dated_events
            WHERE days <@ daterange($1::date, $2::date, '[]') ORDER BY first_day, entry_id
            """, parameters: ["2024-03-04", "2024-03-10"]),
        Query(label: "one week, every column (<@)", sql: """
            SELECT * FROM reporting.dated_events WHERE days <@ daterange($1::date, $2::date, '[]') ORDER BY first_day, entry_id
            """, parameters: ["2024-03-04", "2024-03-10"]),
        Query(label: "what overlaps one week (&&)", sql: """
            SELECT value, expression, actors, published FROM reporting.dated_events
            WHERE days && daterange($1::date, $2::date, '[]') ORDER BY first_day, entry_id
            """, parameters: ["2024-03-04", "2024-03-10"], hasTarget: false),
        // The README's "What were the most reported events of a week?"
        Query(label: "most reported events of a week", sql: """
            SELECT e.first_day, e.last_day, e.cameo, e.realis, e.mentions, e.articles, e.sources,
                   (SELECT array_agg(a.actor ORDER BY a.actor) FROM reporting.actors a WHERE a.actor_id = ANY (e.actor_ids)) AS actors
            FROM reporting.events e
            WHERE e.days <@ daterange($1::date, $2::date, '[]')
            ORDER BY e.sources DESC, e.mentions DESC, e.first_day, e.event_id
            LIMIT 5
            """, parameters: ["2024-03-04", "2024-03-10"]),
        Query(label: "one actor in one month (&&)", sql: """
            SELECT * FROM reporting.actor_timeline WHERE actor_id = $1 AND days && daterange($2::date, $3::date, '[]')
            ORDER BY first_day, entry_id
            """, parameters: ["actor-1", "2024-03-01", "2024-03-31"]),
        Query(label: "co-occurrence of one actor", sql: """
            SELECT * FROM reporting.actor_pairs WHERE actor_id = $1 ORDER BY events DESC, other_actor_id
            """, parameters: ["actor-42"]),
        Query(label: "most active actors in a month", sql: """
            SELECT * FROM reporting.most_active_actors($1::date, $2::date, 10)
            """, parameters: ["2024-03-01", "2024-03-31"]),
        Query(label: "busiest actor's co-occurrence", sql: """
            SELECT * FROM reporting.actor_pairs WHERE actor_id = $1 ORDER BY events DESC, other_actor_id
            """, parameters: ["actor-1"]),
        Query(label: "extraction coverage, one month by source", sql: """
            SELECT * FROM reporting.extraction_coverage WHERE month = $1::date ORDER BY source
            """, parameters: ["2024-03-01"]),
        Query(label: "articles without dated events, newest 50", sql: """
            SELECT * FROM reporting.articles_without_dated_events ORDER BY published DESC, identifier LIMIT 50
            """),
        Query(label: "unresolved expressions, newest 50", sql: """
            SELECT * FROM reporting.unresolved_expressions ORDER BY published DESC, url, offset_in_text LIMIT 50
            """),
        Query(label: "provisional actors awaiting review", sql: """
            SELECT * FROM reporting.provisional_actors ORDER BY events DESC, actor_id LIMIT 20
            """),
        Query(label: "ingestion by source, last 7 days", sql: """
            SELECT * FROM reporting.ingestion_by_day WHERE day >= (now() AT TIME ZONE 'UTC')::date - 7 ORDER BY day DESC, source
            """),
    ]
}
