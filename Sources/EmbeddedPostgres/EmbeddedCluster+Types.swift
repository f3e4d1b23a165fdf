import Foundation

extension EmbeddedCluster {
    /// How to reach a running cluster: a Unix socket only, no TCP port is opened.
    public struct Connection: Sendable, Equatable {
        /// The directory holding the server's Unix socket.
        public let socketDirectory: String
        /// The port number that names the socket file (`.s.PGSQL.<port>`).
        public let port: Int
        /// The superuser role (`postgres`, trusted over the socket).
        public let user: String
        /// The database this connection points at.
        public let database: String

        /// `postgresql://postgres@/timeline?host=/path/to/dir&port=5432`, accepted by `psql` as is.
        public var url: String { url(database: database) }

        /// The same server, another database.
        public func url(database: String) -> String {
            "postgresql://\(Self.encoded(user, slash: false))@/\(Self.encoded(database, slash: false))"
                + "?host=\(Self.encoded(socketDirectory, slash: true))&port=\(port)"
        }

        /// The same as `key=value` conninfo: `host='/path' port=5432 user='postgres' dbname='timeline'`.
        public var conninfo: String {
            func quoted(_ value: String) -> String {
                "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
            }
            return "host=\(quoted(socketDirectory)) port=\(port) user=\(quoted(user)) dbname=\(quoted(database))"
        }

        /// This connection, pointing at another database.
        public func with(database: String) -> Connection {
            Connection(socketDirectory: socketDirectory, port: port, user: user, database: database)
        }

        static func encoded(_ text: String, slash: Bool) -> String {
            var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
            if slash { allowed.insert("/") }
            return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
        }
    }

    /// What ``EmbeddedCluster/status()`` reports.
    public struct Status: Sendable, Equatable {
        /// Whether a server is running on the data directory.
        public let isRunning: Bool
        /// Whether `initdb` has created the data directory.
        public let isInitialized: Bool
        /// The data directory (`.../postgres/data`).
        public let dataDirectory: String
        /// The server log file.
        public let logFile: String
        /// Where to connect (the `postgres` database); meaningful when running.
        public let connection: Connection
        /// The postmaster process id when running.
        public let pid: Int32?
        /// True when the cluster lives outside `<home>` because the `postgres` OS user cannot enter it.
        public let isRelocated: Bool

        /// The connection URL for the `postgres` database.
        public var url: String { connection.url }
    }

    /// Server settings profile.
    public enum Durability: Sendable {
        /// PostgreSQL's durability defaults: every commit is flushed to disk. (Cache and planner
        /// settings: ``ServerSettings``.)
        case durable
        /// For throwaway test data: `fsync=off`, `synchronous_commit=off`, `full_page_writes=off`.
        case fastUnsafe
    }
}
