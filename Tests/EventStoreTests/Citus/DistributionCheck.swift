/// The rules Citus sets for the tables it places, applied to a migrated catalog and the script
/// that would place its tables. Each broken rule is one line naming the table and what is wrong;
/// no lines, and the script can run.
///
/// - Every table of the catalog is named (or dropped) by the script, and every table the script
///   names exists.
/// - A distributed table has its distribution column, and each of its primary keys, unique and
///   exclusion constraints and unique indexes includes that column among its key columns.
/// - A table colocated with another comes after it and is distributed by a column of the same type.
/// - A foreign key from a distributed table goes to a reference table, or to a distributed table of
///   the same colocation group with the two distribution columns paired in the key; one from a
///   reference table goes to a reference table; a coordinator table's stay among coordinator
///   tables. The table referenced is placed before the one referencing it.
/// - A distributed or reference table keeps no trigger the script does not drop.
/// - Identity and sequence columns of distributed and reference tables are `bigint`.
enum DistributionCheck {
    static func problems(_ script: DistributionScript, _ catalog: SchemaCatalog) -> [String] {
        var problems: [String] = []
        let existing = Set(catalog.tables)
        for table in catalog.tables where script.placement(of: table) == nil && !script.droppedTables.contains(table) {
            problems.append("\(table) is not named in the script")
        }
        for table in script.tables where !existing.contains(table.name) {
            problems.append("\(table.name) is named in the script but is no table of the database")
        }
        for table in script.tables where existing.contains(table.name) {
            switch table.placement {
            case .distributed(let column, let colocation):
                problems += distributedTable(table.name, column: column, colocation: colocation, script, catalog)
            case .reference, .coordinator:
                break
            }
            if table.placement != .coordinator {
                let kept = (catalog.triggers[table.name] ?? []).subtracting(script.droppedTriggers[table.name] ?? [])
                for trigger in kept.sorted() { problems.append("\(table.name) keeps trigger \(trigger), which Citus refuses") }
                for column in catalog.columns[table.name] ?? [] where column.generated && column.type != "bigint" {
                    problems.append("\(table.name).\(column.name) draws from a sequence but is \(column.type), not bigint")
                }
            }
        }
        for key in catalog.foreignKeys { problems += foreignKey(key, script, catalog) }
        return problems
    }

    private static func distributedTable(_ table: String, column: String, colocation: DistributionScript.Colocation,
                                         _ script: DistributionScript, _ catalog: SchemaCatalog) -> [String] {
        guard let type = catalog.type(of: column, in: table) else { return ["\(table) has no column \(column) to be distributed by"] }
        var problems: [String] = []
        for key in catalog.keys where key.table == table && !key.columns.contains(column) {
            problems.append("\(table): \(key.kind) \(key.name) (\(key.columns.joined(separator: ", "))) does not include \(column)")
        }
        if case .with(let anchor) = colocation {
            guard case .distributed(let anchorColumn, _)? = script.placement(of: anchor) else {
                return problems + ["\(table) is colocated with \(anchor), which is not distributed"]
            }
            if let mine = script.order(of: table), let theirs = script.order(of: anchor), theirs > mine {
                problems.append("\(table) is colocated with \(anchor), which is distributed after it")
            }
            if let anchorType = catalog.type(of: anchorColumn, in: anchor), anchorType != type {
                problems.append("\(table).\(column) is \(type), \(anchor).\(anchorColumn) is \(anchorType): they cannot be colocated")
            }
        }
        return problems
    }

    private static func foreignKey(_ key: SchemaCatalog.ForeignKey, _ script: DistributionScript,
                                   _ catalog: SchemaCatalog) -> [String] {
        let from = key.table, to = key.referencedTable
        let name = "\(from): foreign key \(key.name) to \(to)"
        guard let source = script.placement(of: from), let target = script.placement(of: to) else { return [] }
        var problems: [String] = []
        if source != .coordinator, target != .coordinator, let mine = script.order(of: from), let theirs = script.order(of: to),
           theirs > mine, from != to {
            problems.append("\(name) references a table placed after it")
        }
        switch (source, target) {
        case (.distributed, .reference), (.reference, .reference), (.coordinator, .coordinator):
            break
        case (.distributed(let column, _), .distributed(let referencedColumn, _)):
            if group(of: from, script, catalog) != group(of: to, script, catalog) {
                problems.append("\(name) joins two colocation groups")
            } else if !zip(key.columns, key.referencedColumns).contains(where: { $0 == (column, referencedColumn) }) {
                problems.append("\(name) does not pair \(column) with \(referencedColumn)")
            }
        case (.reference, _):
            problems.append("\(name): a reference table may reference reference tables only")
        case (.coordinator, _), (_, .coordinator):
            problems.append("\(name) crosses between the coordinator's own tables and Citus tables")
        }
        return problems
    }

    /// The colocation group of a distributed table: its anchor's name, or the default group of its column's type.
    private static func group(of table: String, _ script: DistributionScript, _ catalog: SchemaCatalog) -> String {
        var current = table
        for _ in 0..<16 {
            guard case .distributed(let column, let colocation)? = script.placement(of: current) else { return current }
            switch colocation {
            case .own: return current
            case .typeDefault: return "default group of " + (catalog.type(of: column, in: current) ?? "an unknown type")
            case .with(let anchor): current = anchor
            }
        }
        return current
    }
}
