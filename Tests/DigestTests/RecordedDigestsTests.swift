import Foundation
import XCTest
import Digest

/// Digests of inputs the project really hashes, as recorded from the build that introduced these
/// tests. Stored content ids, stream ids and event ids are made of them: a change here would give
/// every stored article a new identity, so these values must never be "updated".
final class RecordedDigestsTests: XCTestCase {
    /// A ~1 MB text, Devanagari with ASCII, as a long article body.
    static let megabyte = String(repeating: "मौसम विभाग ने 18 जुलाई को भारी बारिश की चेतावनी दी। ", count: 8_000)

    func testStandardVectors() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testRecordedDigestsOfTextTheProjectHashes() {
        let cases: [(String, String)] = [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("https://samachar.example.in/desh/2025/07/18/barish.html", "e60a4db89f1559bfa9749c727d76d717775b7b16bb53c6732b6b8bd8cfbb4f96"),
            ("नई दिल्ली में मानसून ने दस्तक दी; मौसम विभाग ने भारी बारिश की चेतावनी जारी की।", "c86b3090465b669c432062aba7789eff17bf2c0f6ce8cfe2034c116ae9d35949"),
            (["article-0f3c", "dated", "2025-07-18", "रवि शंकर"].joined(separator: "\u{1F}"), "49e3b29ba07f0fa5174cfa624fdd48c8443d7b1d6e61940f7bd49aa5b09774c8"),
            (["बारिश", "2025-07-18", "तेज़ बारिश हुई।", ["मौसम", "दिल्ली"].joined(separator: "\u{1E}")].joined(separator: "\u{1F}"), "6b07c119937f71bb408bb9f699a228536d896a3142ac87f2120d8aa1394690ea"),
            (Self.megabyte, "dc23fe793d6b2d35a8498e9d7121302f9bca55010a0eccd1aa701301f6e0a658"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(SHA256.hex(text), expected, "\(text.utf8.count) bytes: \(text.prefix(40))")
        }
        XCTAssertEqual(Self.megabyte.utf8.count, 1_040_000)
    }

    func testDigestAndHexAgree() {
        let bytes = Array("रूस".utf8) + [0] + Array("यूक्रेन".utf8)
        let digest = SHA256.digest(bytes)
        XCTAssertEqual(digest.count, 32)
        XCTAssertEqual(digest.map { String(format: "%02x", $0) }.joined(), SHA256.hex(of: bytes))
        XCTAssertEqual(SHA256.hex(of: bytes), "bc663522790ec158813b4a8a967aa1f6301730f9b690c4b51ed6b9044bf9200c")
        XCTAssertEqual(SHA256.hex("रूस"), SHA256.hex(of: Array("रूस".utf8)))
        XCTAssertNotEqual(SHA256.hex("रूस"), SHA256.hex("रुस"))
        // Bytes without contiguous storage take the copying path.
        XCTAssertEqual(SHA256.hex(of: bytes.lazy.map { $0 }), SHA256.hex(of: bytes))
    }

    /// Hashing parts with a separator is hashing the joined text: the recorded digests hold.
    func testJoinedPartsHashLikeTheJoinedText() {
        XCTAssertEqual(SHA256.hex(joining: ["article-0f3c", "dated", "2025-07-18", "रवि शंकर"], separator: "\u{1F}"),
                       "49e3b29ba07f0fa5174cfa624fdd48c8443d7b1d6e61940f7bd49aa5b09774c8")
        XCTAssertEqual(SHA256.hex(joining: ["बारिश", "2025-07-18", "तेज़ बारिश हुई।", "मौसम\u{1E}दिल्ली"], separator: "\u{1F}"),
                       "6b07c119937f71bb408bb9f699a228536d896a3142ac87f2120d8aa1394690ea")
        XCTAssertEqual(SHA256.hex(joining: [], separator: "\u{1F}"), SHA256.hex(""))
        XCTAssertEqual(SHA256.hex(joining: ["", ""], separator: "\u{1F}"), SHA256.hex("\u{1F}"))
        let parts = ["रूस", "", Self.megabyte]
        XCTAssertEqual(SHA256.digest(joining: parts, separator: "·"), SHA256.digest(Array(parts.joined(separator: "·").utf8)))
    }
}
