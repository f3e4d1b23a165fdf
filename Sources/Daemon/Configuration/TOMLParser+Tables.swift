/// Where `key = value` lines and `[table]` / `[[array]]` headers put their values in the tree.
extension TOMLParser {
    func tableAt(_ path: [PathPart], creating: Bool) throws(ConfigError) -> [String: ConfigValue] {
        var current = root
        for (position, part) in path.enumerated() {
            let where_ = describe(Array(path[...position]))
            switch part {
            case .key(let name):
                switch current[name] {
                case nil: current = [:]
                case .table(let table)?: current = table
                case .array(let items)? where items.last.map({ if case .table = $0 { return true } else { return false } }) == true:
                    if case .table(let table)? = items.last { current = table }
                case let other?: throw fail(where_, "is \(other.typeName), not a table")
                }
            case .element(let name, let element):
                guard case .array(let items)? = current[name], items.indices.contains(element),
                      case .table(let table) = items[element] else { throw fail(where_, "is not an array of tables") }
                current = table
            }
        }
        return current
    }

    mutating func store(_ table: [String: ConfigValue], at path: [PathPart]) throws(ConfigError) {
        root = try Self.replacing(root, path[...], with: table, parser: self)
    }

    static func replacing(
        _ container: [String: ConfigValue], _ path: ArraySlice<PathPart>, with table: [String: ConfigValue], parser: TOMLParser
    ) throws(ConfigError) -> [String: ConfigValue] {
        guard let first = path.first else { return table }
        var copy = container
        switch first {
        case .key(let name):
            switch container[name] {
            case .array(var items)? where !items.isEmpty:
                guard case .table(let inner) = items[items.count - 1] else { throw parser.fail(name, "is an array, not a table") }
                items[items.count - 1] = .table(try replacing(inner, path.dropFirst(), with: table, parser: parser))
                copy[name] = .array(items)
            case .table(let inner)?:
                copy[name] = .table(try replacing(inner, path.dropFirst(), with: table, parser: parser))
            case nil:
                copy[name] = .table(try replacing([:], path.dropFirst(), with: table, parser: parser))
            case let other?:
                throw parser.fail(name, "is \(other.typeName), not a table")
            }
        case .element(let name, let element):
            guard case .array(var items)? = container[name], items.indices.contains(element),
                  case .table(let inner) = items[element] else { throw parser.fail(name, "is not an array of tables") }
            items[element] = .table(try replacing(inner, path.dropFirst(), with: table, parser: parser))
            copy[name] = .array(items)
        }
        return copy
    }

    /// Appends an empty table to the array of tables at `keys`; returns the array's new length.
    mutating func appendTable(at keys: [String]) throws(ConfigError) -> Int {
        let parentPath = keys.dropLast().map { PathPart.key($0) }
        var parent = try tableAt(parentPath, creating: true)
        let name = keys[keys.count - 1]
        var items: [ConfigValue]
        switch parent[name] {
        case nil: items = []
        case .array(let existing)? where !definedTables.contains(keys.joined(separator: ".")): items = existing
        case let other?: throw fail(keys.joined(separator: "."), "is already \(other.typeName), not an array of tables")
        }
        items.append(.table([:]))
        parent[name] = .array(items)
        try store(parent, at: parentPath)
        return items.count
    }

    func describe(_ path: [PathPart]) -> String {
        path.map { part in
            switch part {
            case .key(let name): return name
            case .element(let name, let index): return "\(name)[\(index)]"
            }
        }.joined(separator: ".")
    }
}
