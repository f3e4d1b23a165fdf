import Foundation

/// Finds the installed PostgreSQL server programs (`initdb`, `pg_ctl`, `postgres`).
struct ServerBinaries: Sendable {
    let directory: String
    var initdb: String { directory + "/initdb" }
    var pgCtl: String { directory + "/pg_ctl" }
    var pgBasebackup: String { directory + "/pg_basebackup" }

    /// `pg_config --bindir` when it has the server programs, else the newest `/usr/lib/postgresql/<n>/bin`.
    static func locate() throws -> ServerBinaries {
        let fileManager = FileManager.default
        func hasServer(_ directory: String) -> Bool {
            fileManager.isExecutableFile(atPath: directory + "/initdb") && fileManager.isExecutableFile(atPath: directory + "/pg_ctl")
                && fileManager.isExecutableFile(atPath: directory + "/postgres")
        }
        var searched: [String] = []
        for pgConfig in ["/usr/bin/pg_config", "/usr/local/bin/pg_config", "/usr/local/pgsql/bin/pg_config"]
        where fileManager.isExecutableFile(atPath: pgConfig) {
            if let result = try? ProcessRunner.capture([pgConfig, "--bindir"]), result.status == 0 {
                let directory = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
                searched.append(directory)
                if hasServer(directory) { return ServerBinaries(directory: directory) }
            }
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? fileManager.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap { name in Int(name).map { ($0, name) } }
            .sorted { $0.0 > $1.0 }
        for (_, name) in versions {
            let directory = "\(root)/\(name)/bin"
            searched.append(directory)
            if hasServer(directory) { return ServerBinaries(directory: directory) }
        }
        searched.append(root + "/<version>/bin")
        throw EmbeddedPostgresError(
            code: .installationNotFound,
            message: "PostgreSQL server programs (initdb, pg_ctl, postgres) not found; looked in "
                + searched.joined(separator: ", ") + ". Install them with `apt-get install postgresql`.")
    }
}
