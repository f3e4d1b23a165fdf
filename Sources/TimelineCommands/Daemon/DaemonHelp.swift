/// The `timeline daemon --help` text: every configuration key, the spool convention, an example.
enum DaemonHelp {
    static let text = """
    The configuration file is TOML (1.0) or JSON with the same structure. Unknown keys are \
    errors. Keys:

      log_level                    trace|debug|info|notice|warning|error|critical (default info)
      [database] url               PostgreSQL URL; else --database-url, DATABASE_URL, PG* variables,
                                   or the embedded cluster. Passwords are better in PGPASSWORD.
      [http] user_agent            User-Agent header (default "timeline-daemon/1.0")
      [http] timeout_seconds       whole-request timeout per feed (default 30)
      [http] max_bytes             largest accepted body after gzip (default 8388608)
      [http] max_redirects         redirects followed (default 5)
      [http] serve                 also serve the read-only HTTP API and page, as `timeline serve`
                                   does (default false), with:
      [http] port                  its port (default 8080)
      [http] bind                  its address (default 127.0.0.1); beyond loopback it needs
      [http] token_file              a file of bearer tokens, one per line,
      [http] insecure_public         or this set to true to serve without any
      [backoff] base_seconds       backoff after failures: a random delay up to
      [backoff] max_seconds          min(max, base * 2^(failures-1)) (defaults 30 and 3600)
      [spool] directory            watched directory (required in [spool]); created if missing
      [spool] scan_interval_seconds  pause between scans of an empty directory (default 2)
      [spool] batch_articles       articles per ingest call (default 300)
      [projection] follow          keep the timelines current while running (default true)
      [fleet] member               this daemon's name among the daemons of one database (default
                                   HOST:PID; --member NAME overrides it); unique per running daemon
      [fleet] lease_seconds        how long a feed lease lasts unless renewed (default 30, at least 1)
      [metrics] port               Prometheus text at http://127.0.0.1:PORT/metrics (default off)
      [metrics] address            IP address to serve metrics on (default 127.0.0.1, loopback only)
      [[feeds]] name               the feed's key in `timeline feeds` (default: its url); unique
      [[feeds]] url                http or https URL of an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed (required)
      [[feeds]] interval_seconds   time between polls (default 300)
      [[feeds]] timeout_seconds    overrides [http] timeout_seconds
      [[feeds]] max_bytes          overrides [http] max_bytes

    Spool directory: drop JSON, JSON Lines (.jsonl) or RSS/Atom files. Write under a name that \
    starts with "." or ends in .tmp or .part, then rename to the final name: only complete files \
    are taken. A processed file moves to done/; a file with nothing usable to rejected/ with \
    NAME.reason beside it; a file with some bad lines has its good articles ingested and moves \
    to done/ with NAME.reason listing the bad lines.

    Feed items are identified by guid/id, else link, else a hash of title and text; taking an \
    item again records nothing, and an item whose text changed is recorded as a new revision \
    (also when it changes back to an earlier text). Items without a usable date, from a feed or \
    a spool file, are kept in feed_quarantine (timeline feeds --quarantine; spool items under \
    the feed name "spool"), never dated today; so is an item the event log refuses (for example \
    one over 1 MiB), and the other items beside it are recorded all the same. A feed dropped \
    from the configuration shows as retired in timeline feeds. SIGTERM or SIGINT stops the \
    daemon gracefully (exit 0).

    Several daemons on one database share the feeds: give them the same [[feeds]], each its own \
    [spool] directory and [fleet] member. Each feed is polled only by the daemon holding its \
    lease, renewed every third of lease_seconds; each daemon holds about feeds / live daemons. A \
    daemon stopped by SIGTERM gives its leases back at once; one killed outright (kill -9) \
    stops renewing, and the others take its feeds once its leases expire (within lease_seconds \
    and a third). timeline feeds shows who holds each lease. Taking an item twice records it \
    once all the same, so a lease only saves double polling.

    Example (daemon.toml):
      log_level = "info"
      [http]
      user_agent = "timeline-daemon/1.0 (+mailto:desk@example.in)"
      serve = true
      [spool]
      directory = "/var/spool/timeline"
      [metrics]
      port = 9464
      [[feeds]]
      name = "desh"
      url = "https://samachar.example.in/rss/desh.xml"
      interval_seconds = 300
      [[feeds]]
      name = "videsh"
      url = "https://samachar.example.in/atom/videsh.xml"
      interval_seconds = 600
      timeout_seconds = 20

    Run:  timeline daemon --config daemon.toml
    """
}
