import Postgres
import Testing

@Suite struct PostgresConfigurationTests {
    @Test func urlAndConninfoParseToTheSameSettings() throws {
        let url = try PostgresConfiguration(url: "postgresql://postgres@/timeline?host=/tmp/pg%20dir&port=5433")
        let conninfo = try PostgresConfiguration(url: "host='/tmp/pg dir' port=5433 user=postgres dbname=timeline")
        #expect(url.database == "timeline")
        #expect(url.value("host") == "/tmp/pg dir")
        #expect(url.value("port") == conninfo.value("port"))
        #expect(url.redactedDescription == "postgresql://postgres@/timeline?host=/tmp/pg%20dir&port=5433")
        #expect(try PostgresConfiguration(url: url.redactedDescription).value("host") == "/tmp/pg dir")
    }

    @Test func passwordIsRedactedButKeptForConnecting() throws {
        let config = try PostgresConfiguration(url: "postgresql://writer:p%40ss@db.example:6543/timeline?sslmode=disable")
        #expect(config.hasPassword)
        #expect(config.value("password") == nil)
        #expect(config.redactedDescription == "postgresql://writer:***@db.example:6543/timeline?sslmode=disable")
        #expect(config.url(includingPassword: true).contains("p%40ss"))
        #expect(config.withDatabase("other").database == "other")
    }

    @Test func environmentVariablesAreRead() {
        let config = PostgresConfiguration.fromEnvironment(["PGHOST": "/run/pg", "PGDATABASE": "timeline", "PGUSER": "writer", "HOME": "/x"])
        #expect(config.value("host") == "/run/pg")
        #expect(config.database == "timeline")
        #expect(config.user == "writer")
    }

    @Test func malformedConnectionStringIsRefusedWithoutEchoingIt() {
        let error = #expect(throws: PostgresError.self) { try PostgresConfiguration(url: "host=x password=hunter2 nonsense") }
        #expect(error?.code == .invalidConfiguration)
        #expect(!String(reflecting: error!).contains("hunter2"))
    }
}
