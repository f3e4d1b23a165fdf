import Foundation
import XCTest
@testable import ActorRecognition

/// Shared test fixtures: the bundled gazetteer and helpers for reading offsets.
enum Fixtures {
    static func gazetteer() throws -> Gazetteer {
        try Gazetteer.bundled()
    }

    static func recognizer() throws -> ActorRecognizer {
        ActorRecognizer(gazetteer: try gazetteer())
    }

    /// The raw text of the seed file, read from the source tree.
    static func seedFileText() throws -> String {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Sources/ActorRecognition/Resources/actors.tsv")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The text between two Unicode scalar offsets.
    static func scalars(_ text: String, _ range: Range<Int>) -> String {
        let view = text.unicodeScalars
        let start = view.index(view.startIndex, offsetBy: range.lowerBound)
        let end = view.index(view.startIndex, offsetBy: range.upperBound)
        return String(view[start..<end])
    }
}

extension Array where Element == ActorMention {
    var ids: [String?] { map(\.actorID) }
    func first(id: String) -> ActorMention? { first { $0.actorID == id } }
}

extension Array {
    /// The element at `index`, or nil when the array is shorter (so a failed count check does not crash the suite).
    func at(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
