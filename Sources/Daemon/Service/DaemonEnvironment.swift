/// The environment variables `timeline daemon` reads, for deployment files and their checks.
///
/// Example: a compose service running the daemon against a database service `db` sets
/// `PGHOST: db`, `PGUSER`, `PGPASSWORD`, `PGDATABASE` and `TIMELINE_DAEMON_CONFIG`.
public enum DaemonEnvironment {
    /// Where the configuration file is when `--config` is not given.
    public static let configFile = "TIMELINE_DAEMON_CONFIG"
    /// Where the numbered migration files are (`sql/`).
    public static let sqlDirectory = "TIMELINE_SQL_DIR"
    /// The database: a URL, or the standard libpq variables.
    public static let database = ["DATABASE_URL", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE",
                                  "PGSSLMODE", "PGAPPNAME", "PGCONNECT_TIMEOUT", "PGOPTIONS"]
    /// The embedded cluster's home, used only when no database is configured.
    public static let home = "TIMELINE_HOME"

    /// Every variable the daemon reads.
    public static var all: [String] { [configFile, sqlDirectory, home] + database }
}
