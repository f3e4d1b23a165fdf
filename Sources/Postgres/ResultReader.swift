import CPostgres
import Foundation

/// Copies a `PGresult` into Swift values or turns it into a ``PostgresError``. Callers clear the result
/// right after (`defer { PQclear(result) }`), so no libpq memory outlives the call.
enum ResultReader {
    /// Reads a successful result, or throws the error it carries.
    static func rows(_ result: OpaquePointer?, connection: OpaquePointer, statement: String?) throws -> PostgresRows {
        try check(result, connection: connection, statement: statement)
        guard let result else { throw connectionError(connection, statement: statement) }
        return copy(result)
    }

    /// Throws the error a result carries (or the connection's, when there is no result).
    static func check(_ result: OpaquePointer?, connection: OpaquePointer, statement: String?) throws {
        guard let result else { throw connectionError(connection, statement: statement) }
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_SINGLE_TUPLE:
            return
        case PGRES_FATAL_ERROR, PGRES_NONFATAL_ERROR:
            throw error(result, connection: connection, statement: statement)
        case PGRES_PIPELINE_ABORTED:
            throw PostgresError(
                code: .server, sqlState: "25P02",
                message: "statement skipped because an earlier statement in the pipeline failed", statement: statement)
        default:
            throw PostgresError(
                code: .protocolViolation,
                message: "unexpected result status \(String(cString: PQresStatus(status)))", statement: statement)
        }
    }

    static func copy(_ result: OpaquePointer, columns known: [String]? = nil) -> PostgresRows {
        let rowCount = Int(PQntuples(result))
        let columnCount = Int(PQnfields(result))
        let columns = known ?? (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var values: [[String?]] = []
        values.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var cells: [String?] = []
            cells.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                if PQgetisnull(result, Int32(row), Int32(column)) == 1 {
                    cells.append(nil)
                } else {
                    // The length libpq already knows spares a strlen over every cell.
                    let length = Int(PQgetlength(result, Int32(row), Int32(column)))
                    let bytes = UnsafeRawBufferPointer(start: PQgetvalue(result, Int32(row), Int32(column)), count: length)
                    cells.append(String(decoding: bytes, as: UTF8.self))
                }
            }
            values.append(cells)
        }
        let tag = String(cString: PQcmdStatus(result))
        let affected = Int(String(cString: PQcmdTuples(result))) ?? rowCount
        return PostgresRows(columns: columns, values: values, commandTag: tag, affectedRows: affected)
    }

    /// The server error carried by a failed result.
    static func error(_ result: OpaquePointer, connection: OpaquePointer, statement: String?) -> PostgresError {
        func field(_ code: Character) -> String? {
            guard let pointer = PQresultErrorField(result, Int32(code.asciiValue ?? 0)) else { return nil }
            return String(cString: pointer)
        }
        guard let sqlState = field("C") else {
            // No SQLSTATE: the failure happened on the client side (lost connection, protocol trouble).
            return connectionError(connection, statement: statement, fallback: String(cString: PQresultErrorMessage(result)))
        }
        return PostgresError(
            code: .server, sqlState: sqlState, message: field("M") ?? "server error", detail: field("D"),
            hint: field("H"), constraint: field("n"), statement: statement)
    }

    /// An error built from `PQerrorMessage`, for calls that returned no result.
    static func connectionError(_ connection: OpaquePointer, statement: String?, fallback: String? = nil) -> PostgresError {
        var message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
        if message.isEmpty { message = fallback?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "no result from libpq" }
        let code: PostgresError.Code = PQstatus(connection) == CONNECTION_BAD ? .connectionClosed : .protocolViolation
        return PostgresError(code: code, message: message, statement: statement)
    }
}
