/// What the replica commands and options say, in one place.
enum ReplicaWording {
    static let negativeWait = "--replica-wait must be a number of seconds, 0 or more"
    static let unparsableURL = "the read replica URL (--read-url or TIMELINE_READ_URL) could not be parsed: use postgresql://user@host:port/database or key=value conninfo"

    static func unreachable(_ description: String, _ error: String) -> String {
        "the standby \(description) could not be reached (\(error))"
    }

    static func noSchema(_ description: String) -> String {
        "the standby \(description) has no timeline schema yet (migrate the primary: `timeline db migrate`)"
    }

    static func schemaBehind(_ description: String, pending: Int) -> String {
        "the standby \(description) has not replayed \(pending) migration\(pending == 1 ? "" : "s") of this version yet"
    }

    static func notCaughtUp(_ description: String, position: String, seconds: Double) -> String {
        "the standby \(description) has not replayed this machine's last write (\(position)) after \(String(format: "%g", seconds)) s"
    }

    static let noEmbeddedReplica = "an external server is configured: `timeline db replica` makes a standby of the embedded cluster only; for a server of your own, follow the README (\"Read replicas\")"
}
