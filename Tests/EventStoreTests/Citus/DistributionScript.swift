import Foundation

/// What `sql/citus/distribute.sql` says of each table: spread over the workers by a column (and
/// with which tables it is colocated), copied to every node (a reference table), or left on the
/// coordinator; and which triggers it drops first.
///
/// The script is read as text: `SELECT create_distributed_table('t', 'c', colocate_with => 'x')`,
/// `SELECT create_reference_table('t')`, a line `-- coordinator only: t`, and
/// `DROP TRIGGER [IF EXISTS] name ON t` and `DROP TABLE [IF EXISTS] t, ...`. Other comments are ignored, so a call quoted in a comment
/// places nothing. Unqualified names are in `public`.
struct DistributionScript: Equatable {
    /// Which colocation group a distributed table joins.
    enum Colocation: Equatable {
        /// Citus's default group for the column's type (`colocate_with` omitted or `'default'`).
        case typeDefault
        /// A group of its own (`'none'`).
        case own
        /// The group of this table (qualified name).
        case with(String)
    }

    enum Placement: Equatable {
        case distributed(column: String, colocation: Colocation)
        case reference
        case coordinator
    }

    struct Table: Equatable {
        /// Qualified name, `schema.table`.
        var name: String
        var placement: Placement
    }

    /// Reference and distributed tables in the order the script places them, then the coordinator tables.
    var tables: [Table]
    /// Triggers dropped before the tables are placed: qualified table name → trigger names.
    var droppedTriggers: [String: Set<String>]
    /// Tables dropped before the others are placed (qualified names).
    var droppedTables: Set<String> = []

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// The placement of `table` (qualified), if the script names it.
    func placement(of table: String) -> Placement? { tables.first { $0.name == table }?.placement }

    /// Where `table` comes in the order of placement (`nil` for coordinator tables and unknown ones).
    func order(of table: String) -> Int? {
        tables.filter { $0.placement != .coordinator }.firstIndex { $0.name == table }
    }

    /// `schema.table` for a name as written in the script.
    static func qualified(_ name: String) -> String { name.contains(".") ? name : "public." + name }

    static func parse(_ text: String) throws -> DistributionScript {
        let marker = try Regex(#"^--\s*coordinator only:\s*([A-Za-z_][\w.]*)\s*$"#)
        var coordinator: [String] = []
        var code: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: marker), let name = match.output[1].substring {
                coordinator.append(qualified(String(name)))
            }
            code.append(line.range(of: "--").map { line[..<$0.lowerBound] } ?? line)
        }
        let statements = code.joined(separator: "\n")
        let name = #"'([A-Za-z_][\w.]*)'"#
        let reference = try Regex(#"create_reference_table\s*\(\s*"# + name + #"\s*\)"#)
        let distributed = try Regex(#"create_distributed_table\s*\(\s*"# + name + #"\s*,\s*'(\w+)'\s*(?:,\s*colocate_with\s*=>\s*"#
                                    + name + #"\s*)?\)"#)
        let dropTrigger = try Regex(#"(?i)DROP\s+TRIGGER\s+(?:IF\s+EXISTS\s+)?(\w+)\s+ON\s+([A-Za-z_][\w.]*)"#)
        let dropTable = try Regex(#"(?i)DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)"#)

        var placed: [(offset: String.Index, table: Table)] = []
        for match in statements.matches(of: reference) {
            guard let table = match.output[1].substring else { continue }
            placed.append((match.range.lowerBound, Table(name: qualified(String(table)), placement: .reference)))
        }
        for match in statements.matches(of: distributed) {
            guard let table = match.output[1].substring, let column = match.output[2].substring else { continue }
            let colocation: Colocation
            switch match.output[3].substring.map(String.init) {
            case nil, "default": colocation = .typeDefault
            case "none": colocation = .own
            case let other?: colocation = .with(qualified(other))
            }
            placed.append((match.range.lowerBound,
                           Table(name: qualified(String(table)), placement: .distributed(column: String(column), colocation: colocation))))
        }
        var dropped: [String: Set<String>] = [:]
        for match in statements.matches(of: dropTrigger) {
            guard let trigger = match.output[1].substring, let table = match.output[2].substring else { continue }
            dropped[qualified(String(table)), default: []].insert(String(trigger))
        }

        var droppedTables: Set<String> = []
        for match in statements.matches(of: dropTable) {
            guard let list = match.output[1].substring else { continue }
            for table in list.split(separator: ",") { droppedTables.insert(qualified(table.trimmingCharacters(in: .whitespaces))) }
        }

        let tables = placed.sorted { $0.offset < $1.offset }.map(\.table)
            + coordinator.map { Table(name: $0, placement: .coordinator) }
        let named = Dictionary(grouping: tables, by: \.name)
        if let twice = named.first(where: { $0.value.count > 1 })?.key {
            throw ParseError(description: "\(twice) is placed more than once")
        }
        if let both = tables.first(where: { droppedTables.contains($0.name) })?.name {
            throw ParseError(description: "\(both) is dropped and placed")
        }
        return DistributionScript(tables: tables, droppedTriggers: dropped, droppedTables: droppedTables)
    }
}
