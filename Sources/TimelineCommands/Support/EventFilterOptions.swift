import ArgumentParser
import HindiEvents
import Timelines

/// `--type`, `--quad`, `--realis` and `--role` of `timeline actor`: which kinds of events to show.
/// Lists are comma-separated: `--type 04,coerce --realis planned,negated`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Only events of these CAMEO roots: codes or labels, comma-separated (04, consult, 17, coerce, ...).",
        valueName: "TYPES"))
    var type: String?

    @Option(help: ArgumentHelp(
        "Only events of these quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
        valueName: "1-4,..."))
    var quad: String?

    @Option(help: ArgumentHelp("Only events that are actual, planned, negated or hypothetical (comma-separated).",
                               valueName: "REALIS"))
    var realis: String?

    @Option(help: ArgumentHelp("Only entries where the actor is the source (acts), the target (is acted upon or with), or other.",
                               valueName: "ROLE"))
    var role: String?

    func validate() throws {
        _ = try cameoCodes()
        _ = try quads()
        _ = try realisValues()
        _ = try roles()
    }

    /// Adds the options given to `filter`.
    func apply(to filter: inout TimelineFilter) throws {
        filter.cameo = try cameoCodes()
        filter.quads = try quads()
        filter.realis = try realisValues()
        filter.roles = try roles()
    }

    /// The options given, as the HTML page's header names them.
    var used: [(name: String, value: String)] {
        [("type", type), ("quad", quad), ("realis", realis), ("role", role)].compactMap { name, value in value.map { (name, $0) } }
    }

    private static func items(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func cameoCodes() throws -> [String]? {
        try type.map { list in
            try Self.items(list).map { item in
                guard let root = CAMEORoot.named(item) else {
                    throw ValidationError("--type '\(item)' is no CAMEO root; use a code 01…20 or a label: \(CAMEORoot.labels.joined(separator: ", ")).")
                }
                return root.code
            }
        }
    }

    private func quads() throws -> [Int]? {
        try quad.map { list in
            try Self.items(list).map { item in
                guard let value = Int(item), (1...4).contains(value) else {
                    throw ValidationError("--quad '\(item)' is no quad class; use 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict).")
                }
                return value
            }
        }
    }

    private func realisValues() throws -> [String]? {
        try realis.map { list in
            try Self.items(list).map { item in
                guard let value = Realis(rawValue: item.lowercased()) else {
                    throw ValidationError("--realis '\(item)' is not one of \(Realis.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return value.rawValue
            }
        }
    }

    private func roles() throws -> [String]? {
        try role.map { list in
            try Self.items(list).map { item in
                guard let value = ActorRole(rawValue: item.lowercased()) else {
                    throw ValidationError("--role '\(item)' is not one of \(ActorRole.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
                return value.rawValue
            }
        }
    }
}
