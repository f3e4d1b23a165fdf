import Foundation
import Postgres
import PostgresTestSupport
import XCTest

/// `timeline db grant-analyst` and `revoke-analyst` against a real PostgreSQL.
final class GrantAnalystCommandTests: XCTestCase {
    func testGrantCreatesAReadOnlyAnalystWithAHashedPasswordAndRevokeDropsIt() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let admin = try PostgresConnection.connect(url)
        defer { admin.close() }
        let name = "cli_analyst_\(getpid())"
        defer { try? admin.dropRole(name) }
        let password = "पासवर्ड-7 with 'quote"

        let grant = try TimelineBinary.run(["db", "grant-analyst", name, "--password-stdin", "--database-url", url],
                                           stdin: password + "\n")
        XCTAssertEqual(grant.status, 0, grant.stdout + grant.stderr)
        XCTAssertTrue(grant.stdout.contains("role \(name) created"), grant.stdout)
        XCTAssertTrue(grant.stdout.contains("connect with: psql \"postgresql://\(name)@"), grant.stdout)
        XCTAssertFalse((grant.stdout + grant.stderr).contains("पासवर्ड"), "the password is never printed")

        let role = try admin.query("""
            SELECT r.rolcanlogin, r.rolsuper, a.rolpassword, coalesce(array_to_string(r.rolconfig, ','), '') AS config,
                   pg_has_role(r.oid, 'timeline_analyst', 'MEMBER') AS analyst
            FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname = $1
            """, [.text(name)])
        XCTAssertEqual(role.count, 1)
        XCTAssertEqual(try role[0].bool("rolcanlogin"), true)
        XCTAssertEqual(try role[0].bool("rolsuper"), false)
        XCTAssertEqual(try role[0].bool("analyst"), true)
        XCTAssertTrue(try role[0].string("rolpassword").hasPrefix("SCRAM-SHA-256$"), "stored as a SCRAM verifier")
        XCTAssertEqual(try role[0].string("config"), "default_transaction_read_only=on,search_path=reporting")

        // The role reads the views by their plain names and cannot write.
        let analyst = try PostgresConnection.connect(try PostgresConfiguration(url: url).setting("user", to: name))
        defer { analyst.close() }
        XCTAssertEqual(try analyst.query("SELECT count(*) AS n FROM actor_timeline")[0].int64("n"), 0)
        XCTAssertThrowsError(try analyst.query("CREATE TABLE notes (x int)")) { error in
            XCTAssertEqual((error as? PostgresError)?.sqlState, "25006")
        }

        let again = try TimelineBinary.run(["db", "grant-analyst", name, "--database-url", url])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("role \(name) updated"), again.stdout)

        let revoke = try TimelineBinary.run(["db", "revoke-analyst", name, "--drop", "--database-url", url])
        XCTAssertEqual(revoke.status, 0, revoke.stderr)
        analyst.close()
        XCTAssertFalse(try admin.roleExists(name))
    }

    func testNamesThatAreNotPlainLowercaseIdentifiersAreRefusedBeforeConnecting() throws {
        for name in ["Alice", "1st", "a;DROP ROLE postgres", "ab-c", "pg_reader", "timeline_analyst", String(repeating: "a", count: 64), ""] {
            let result = try TimelineBinary.run(["db", "grant-analyst", name, "--database-url", "postgresql://nobody@/nowhere?host=/nonexistent"])
            XCTAssertEqual(result.status, 64, "\(name): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("role name") || result.stderr.contains("reserved") || result.stderr.contains("group role"),
                          "\(name): \(result.stderr)")
        }
    }

    func testTheConnectedRoleAndRolesWithAdministrativeRightsAreRefused() throws {
        let url = try TestDatabase.freshDatabaseURL()
        defer { try? TestDatabase.drop(url) }
        let connected = try XCTUnwrap(try PostgresConfiguration(url: url).user)
        let own = try TimelineBinary.run(["db", "grant-analyst", connected, "--database-url", url])
        XCTAssertEqual(own.status, 1)
        XCTAssertTrue(own.stderr.contains("is the role this command is connected as"), own.stderr)

        let admin = try PostgresConnection.connect(url)
        defer { admin.close() }
        let creator = "cli_creator_\(getpid())"
        try admin.executeScript("CREATE ROLE \(creator) LOGIN CREATEDB")
        defer { try? admin.dropRole(creator) }
        let powerful = try TimelineBinary.run(["db", "grant-analyst", creator, "--database-url", url])
        XCTAssertEqual(powerful.status, 1)
        XCTAssertTrue(powerful.stderr.contains("administrative rights"), powerful.stderr)
        XCTAssertFalse(try admin.isMember(creator, of: "timeline_analyst"), "nothing was granted")
    }
}
