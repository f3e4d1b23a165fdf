/// Reads the TSV form of a gazetteer and checks it line by line.
struct GazetteerParser {
    let source: String

    private struct Claim {
        var actorID: String
        var line: Int
        var marked: Bool
    }

    func parse(_ text: String) throws -> Gazetteer {
        var actors: [Actor] = []
        var lineOfID: [String: Int] = [:]
        var claims: [String: [Claim]] = [:]
        var lineNumber = 0
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            let (actor, names) = try parseLine(String(line), lineNumber)
            if let first = lineOfID[actor.id] {
                throw error(lineNumber, "duplicate id \"\(actor.id)\" (first on line \(first))")
            }
            lineOfID[actor.id] = lineNumber
            var seen: Set<String> = []
            for (name, marked) in names {
                let key = Tokenizer.joinedKey(of: name)
                if key.isEmpty {
                    throw error(lineNumber, "name \"\(name)\" of \(actor.id) has no letters")
                }
                guard seen.insert(key).inserted else { continue }
                let others = claims[key, default: []]
                if let clash = others.first(where: { !($0.marked && marked) }) {
                    throw error(lineNumber, "alias \"\(name)\" of \(actor.id) is also claimed by \(clash.actorID) "
                        + "(line \(clash.line)); mark it with ~ on both lines if it is truly shared")
                }
                claims[key, default: []].append(Claim(actorID: actor.id, line: lineNumber, marked: marked))
            }
            actors.append(actor)
        }
        if actors.isEmpty {
            throw error(0, "no actors found")
        }
        return Gazetteer(actors: actors)
    }

    private func parseLine(_ line: String, _ number: Int) throws -> (Actor, [(String, Bool)]) {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard columns.count == 4 || columns.count == 5 else {
            throw error(number, "expected 5 tab-separated columns (id, kind, canonical, latin, aliases), found \(columns.count)")
        }
        let id = columns[0]
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ Self.slugScalars.contains($0) }) else {
            throw error(number, "id \"\(id)\" must be a non-empty ASCII slug of a-z, 0-9 and -")
        }
        guard let kind = ActorKind(rawValue: columns[1]) else {
            let known = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(number, "unknown kind \"\(columns[1])\" (expected one of \(known))")
        }
        guard !columns[2].isEmpty, !columns[3].isEmpty else {
            throw error(number, "canonical and latin names must not be empty")
        }
        var names: [(String, Bool)] = [(columns[2], false), (columns[3], false)]
        var aliases: [String] = []
        if columns.count == 5 {
            for piece in columns[4].split(separator: "|") {
                var alias = String(piece).trimmingSpaces
                let marked = alias.hasPrefix("~")
                if marked { alias = String(alias.dropFirst()).trimmingSpaces }
                if alias.isEmpty { throw error(number, "empty alias in \"\(columns[4])\"") }
                aliases.append(alias)
                names.append((alias, marked))
            }
        }
        // An alias marked shared also makes its canonical spelling shared on this line.
        let markedKeys = Set(names.filter(\.1).map { Tokenizer.joinedKey(of: $0.0) })
        names = names.map { ($0.0, $0.1 || markedKeys.contains(Tokenizer.joinedKey(of: $0.0))) }
        let actor = Actor(id: id, kind: kind, canonicalName: columns[2], latinName: columns[3], aliases: aliases)
        return (actor, names)
    }

    private static let slugScalars = Set("abcdefghijklmnopqrstuvwxyz0123456789-".unicodeScalars)

    private func error(_ line: Int, _ message: String) -> GazetteerError {
        GazetteerError(source: source, line: line, message: message)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
