import ArgumentParser

/// The name of an analyst login role, checked strictly before it gets anywhere near SQL:
/// role names cannot be bound parameters.
enum AnalystRoleName {
    /// The group role created by `sql/030_reporting.sql`.
    static let group = "timeline_analyst"

    /// Accepts `[a-z_][a-z0-9_]{0,62}`, except the group itself and the reserved `pg_` prefix.
    static func validate(_ name: String) throws {
        let bytes = Array(name.utf8)
        let plain = !bytes.isEmpty && bytes.count <= 63 && bytes.enumerated().allSatisfy { index, byte in
            let lower = (byte >= 97 && byte <= 122) || byte == 95
            return lower || (index > 0 && byte >= 48 && byte <= 57)
        }
        guard plain else {
            throw ValidationError("role name '\(name)' must be 1 to 63 characters: lowercase a-z, digits and _, not starting with a digit")
        }
        if name.hasPrefix("pg_") { throw ValidationError("role names starting with pg_ are reserved by PostgreSQL") }
        if name == group { throw ValidationError("\(group) is the group role itself; name the person's own login role") }
    }
}
