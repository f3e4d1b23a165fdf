import CPostgres

/// Builds quoted SQL identifiers. Identifiers (LISTEN channels, database and role names, setting names) cannot be bound as
/// parameters, so this is the one place in the code base where SQL text is built from a name: the name
/// must match `[A-Za-z_][A-Za-z0-9_]{0,62}` and is then quoted with `PQescapeIdentifier`.
enum Identifier {
    static func validate(_ name: String, kind: String) throws {
        let bytes = Array(name.utf8)
        let valid = !bytes.isEmpty && bytes.count <= 63 && bytes.enumerated().allSatisfy { index, byte in
            let letter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95
            return letter || (index > 0 && byte >= 48 && byte <= 57)
        }
        guard valid else {
            throw PostgresError(
                code: .invalidIdentifier,
                message: "\(kind) \(name.debugDescription) is not a plain identifier (letters, digits, underscore; at most 63 bytes)")
        }
    }

    static func quoted(_ name: String, kind: String, connection raw: OpaquePointer) throws -> String {
        try validate(name, kind: kind)
        guard let escaped = PQescapeIdentifier(raw, name, name.utf8.count) else {
            throw ResultReader.connectionError(raw, statement: nil)
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }
}
