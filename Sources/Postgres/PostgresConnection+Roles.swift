import CPostgres

/// Login roles and role membership.
///
/// `CREATE ROLE`, `GRANT` and `ALTER ROLE ... PASSWORD` are utility statements: they take no bound
/// parameters, so role names go through ``Identifier`` (validated, then quoted by libpq) and values
/// through `PQescapeLiteral`. A password is never sent: libpq hashes it on the client with
/// `PQencryptPasswordConn` (SCRAM-SHA-256 on servers that use it), as psql's `\password` does, and
/// only the verifier travels in the statement, so the password cannot show up in server logs or
/// `pg_stat_activity`.
///
/// ```swift
/// if try !conn.roleExists("asha") { try conn.createLoginRole("asha") }
/// try conn.setPassword("सुरक्षित-पासवर्ड", forRole: "asha")
/// try conn.grantRole("timeline_analyst", to: "asha")
/// ```
extension PostgresConnection {
    /// Whether a role of that name exists on the server.
    public func roleExists(_ name: String) throws -> Bool {
        !(try query("SELECT 1 FROM pg_roles WHERE rolname = $1", [.text(name)])).isEmpty
    }

    /// Whether `member` is a direct member of `group`.
    public func isMember(_ member: String, of group: String) throws -> Bool {
        !(try query("""
            SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
            WHERE g.rolname = $1 AND r.rolname = $2
            """, [.text(group), .text(member)])).isEmpty
    }

    /// `CREATE ROLE name LOGIN` (no password, no other attribute).
    public func createLoginRole(_ name: String) throws {
        try executeScript("CREATE ROLE \(try quotedIdentifier(name, kind: "role name")) LOGIN")
    }

    /// `DROP ROLE IF EXISTS name`.
    public func dropRole(_ name: String) throws {
        try executeScript("DROP ROLE IF EXISTS \(try quotedIdentifier(name, kind: "role name"))")
    }

    /// `GRANT group TO member`.
    public func grantRole(_ group: String, to member: String) throws {
        try executeScript("GRANT \(try quotedIdentifier(group, kind: "role name")) TO \(try quotedIdentifier(member, kind: "role name"))")
    }

    /// `REVOKE group FROM member`.
    public func revokeRole(_ group: String, from member: String) throws {
        try executeScript("REVOKE \(try quotedIdentifier(group, kind: "role name")) FROM \(try quotedIdentifier(member, kind: "role name"))")
    }

    /// `ALTER ROLE role SET parameter = 'value'`: a session default for every later login of `role`.
    public func setRoleDefault(_ role: String, parameter: String, value: String) throws {
        let sql = try withRaw { raw in
            "ALTER ROLE \(try Identifier.quoted(role, kind: "role name", connection: raw)) SET "
                + "\(try Identifier.quoted(parameter, kind: "setting name", connection: raw)) = \(try Self.literal(value, raw))"
        }
        try executeScript(sql)
    }

    /// Sets the role's password to the verifier libpq computes from `password` on this side.
    public func setPassword(_ password: String, forRole role: String) throws {
        _ = try PostgresValue.checked(password)
        let sql = try withRaw { raw -> String in
            let quotedRole = try Identifier.quoted(role, kind: "role name", connection: raw)
            guard let encrypted = PQencryptPasswordConn(raw, password, role, nil) else {
                throw ResultReader.connectionError(raw, statement: nil)
            }
            defer { PQfreemem(encrypted) }
            return "ALTER ROLE \(quotedRole) PASSWORD \(try Self.literal(String(cString: encrypted), raw))"
        }
        do {
            try executeScript(sql)
        } catch let error as PostgresError {
            // The statement holds the password verifier: keep it out of the error.
            throw PostgresError(code: error.code, sqlState: error.sqlState, message: error.message, detail: error.detail,
                                hint: error.hint, statement: "ALTER ROLE ... PASSWORD ...")
        }
    }

    private func quotedIdentifier(_ name: String, kind: String) throws -> String {
        try withRaw { raw in try Identifier.quoted(name, kind: kind, connection: raw) }
    }

    private static func literal(_ value: String, _ raw: OpaquePointer) throws -> String {
        _ = try PostgresValue.checked(value)
        guard let escaped = PQescapeLiteral(raw, value, value.utf8.count) else {
            throw ResultReader.connectionError(raw, statement: nil)
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }
}
