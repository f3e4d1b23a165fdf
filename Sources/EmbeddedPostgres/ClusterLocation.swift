import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a cluster lives on disk and which OS user runs it.
///
/// Normally `<home>/postgres`, run by the current user. PostgreSQL refuses to run as root, so as root
/// the server runs as the `postgres` OS user; if that user cannot reach `<home>` (for example under
/// `/root`), the cluster moves to `/var/lib/timeline/<hash of home>`.
struct ClusterLocation: Sendable {
    /// Holds `data/`, the Unix socket and `server.log`.
    let clusterDirectory: String
    /// The OS user the server runs as when the current process is root; nil means the current user.
    let serverUser: (name: String, uid: uid_t, gid: gid_t)?

    var dataDirectory: String { clusterDirectory + "/data" }
    var logFile: String { clusterDirectory + "/server.log" }
    var commandLog: String { clusterDirectory + "/commands.log" }
    var relocated: Bool

    static func resolve(home: URL) throws -> ClusterLocation {
        let homePath = home.standardizedFileURL.path
        let preferred = homePath + "/postgres"
        guard geteuid() == 0 else {
            return ClusterLocation(clusterDirectory: preferred, serverUser: nil, relocated: false)
        }
        guard let entry = getpwnam("postgres") else {
            throw EmbeddedPostgresError(
                code: .directorySetupFailed,
                message: "running as root, but there is no `postgres` OS user to run the server as (it comes with `apt-get install postgresql`)")
        }
        let user = (name: "postgres", uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
        if canTraverse(homePath, uid: user.uid, gid: user.gid) {
            return ClusterLocation(clusterDirectory: preferred, serverUser: user, relocated: false)
        }
        let relocated = "/var/lib/timeline/" + fnv1a(homePath)
        return ClusterLocation(clusterDirectory: relocated, serverUser: user, relocated: true)
    }

    /// Whether `uid` may enter every existing directory from `/` down to `path`.
    static func canTraverse(_ path: String, uid: uid_t, gid: gid_t) -> Bool {
        var current = ""
        for component in path.split(separator: "/") {
            current += "/" + component
            var info = stat()
            guard stat(current, &info) == 0 else { return true }  // the rest will be created by us
            let mode = info.st_mode
            let allowed = info.st_uid == uid ? mode & S_IXUSR != 0
                : info.st_gid == gid ? mode & S_IXGRP != 0 : mode & S_IXOTH != 0
            if !allowed { return false }
        }
        return true
    }

    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Creates the cluster directory (mode 700) owned by the server user.
    func prepareDirectory() throws {
        do {
            try FileManager.default.createDirectory(atPath: clusterDirectory, withIntermediateDirectories: true)
        } catch {
            throw EmbeddedPostgresError(code: .directorySetupFailed, message: "cannot create \(clusterDirectory): \(error.localizedDescription)")
        }
        if let serverUser {
            guard chown(clusterDirectory, serverUser.uid, serverUser.gid) == 0 else {
                throw EmbeddedPostgresError(code: .directorySetupFailed, message: "cannot hand \(clusterDirectory) to the postgres user (errno \(errno))")
            }
        }
        chmod(clusterDirectory, 0o700)
    }

    /// The command line that runs `arguments` as the server user.
    func command(_ arguments: [String]) -> [String] {
        guard let serverUser else { return arguments }
        return ["/usr/sbin/runuser", "-u", serverUser.name, "--"] + arguments
    }
}
