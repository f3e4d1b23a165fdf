import ArgumentParser
import XCTest
@testable import TimelineCommands

/// `timeline serve --help` teaches the API, and an address beyond loopback needs tokens.
final class ServeCommandTests: XCTestCase {
    private func message(_ arguments: [String]) -> String { TimelineCommand.parseMessage(arguments) }

    func testHelpNamesTheEndpointsTheSecurityAndExamples() {
        let help = TimelineCommand.helpMessage(for: ServeCommand.self)
        for text in ["openapi.yaml", "/v1/actors/ID/timeline", "--bind <address>", "--token-file <file>", "--insecure-public",
                     "timeline_reader", "curl -s 'http://127.0.0.1:8080/v1/actors?q=लावरोव'", "SIGTERM"] {
            XCTAssertTrue(help.contains(text), "serve help lacks \(text)")
        }
        XCTAssertTrue(TimelineCommand.helpMessage().contains("serve"), "the root help lists serve")
    }

    func testAPublicAddressWithoutTokensIsRefused() {
        XCTAssertEqual(message(["serve", "--bind", "0.0.0.0"]),
                       "--bind 0.0.0.0 is reachable from other machines: give --token-file FILE (bearer tokens), or --insecure-public to serve without any.")
        XCTAssertEqual(message(["serve", "--bind", "0.0.0.0", "--insecure-public"]), "parsed")
        XCTAssertEqual(message(["serve", "--bind", "0.0.0.0", "--token-file", "/etc/timeline/tokens"]), "parsed")
        XCTAssertEqual(message(["serve", "--port", "70000"]), "--port must be between 0 and 65535, got 70000.")
        XCTAssertEqual(message(["serve"]), "parsed")
    }
}
