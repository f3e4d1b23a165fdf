import Foundation
import Postgres

/// Stores a validated ``AppendRequest``, one statement per attempt.
///
/// Outside a transaction the lean functions of `sql/050_fast_append.sql` go first (prepared once per
/// connection, arrays in binary format): one event through `append_event`, anything else through
/// `append_batch`. They write nothing when an expected version does not hold and fail (writing
/// nothing) when an event id is already stored; both cases are repeated through `append_events`
/// with its stored-id check, which reports duplicates, conflicts (EL002) and mismatches (EL003).
/// Inside a caller's transaction a failed statement would abort it, so `append_events` with the
/// check runs directly.
struct AppendRunner {
    static let singleEventSQL = "SELECT append_event($1, $2::bigint, $3::uuid, $4, $5::jsonb, $6::jsonb) AS appended"
    static let batchSQL = "SELECT current_versions, positions FROM append_batch("
        + "$1::text[], $2::bigint[], $3::int[], $4::int[], $5::int[], $6::uuid[], $7::text[], $8::text[], $9::text[])"
    static let generalSQL = "SELECT stream_index, last_version, positions, duplicate FROM append_events("
        + "$1::text[], $2::bigint[], $3::int[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[], $8)"

    let connection: PostgresConnection
    let request: AppendRequest

    func run() throws -> [AppendResult] {
        if request.batch.isEmpty { return [] }
        if connection.isInTransaction { return try general() }
        do {
            let settled = request.isSingleEvent ? try singleEvent() : try batch()
            if let settled { return settled }
        } catch let error as PostgresError where error.sqlState == "23505" && error.constraint == "events_event_id_key" {
            // A stored event id: a retry, or a reused id. append_events tells which.
        } catch let error as PostgresError {
            throw AppendRequest.translate(error, batch: request.batch)
        }
        return try general()
    }

    /// `append_event`; nil when the expected version does not hold.
    private func singleEvent() throws -> [AppendResult]? {
        let row = try connection.queryPrepared(Self.singleEventSQL, request.singleEventValues)[0]
        guard let appended = row["appended"] else { return nil }
        let values = try EventLog.bigintArray(appended)
        guard values.count == 2 else {
            throw EventLogError(.database, underlying: PostgresError(
                code: .protocolViolation, message: "append_event returned \(values.count) values instead of version and position"))
        }
        return [AppendResult(lastVersion: values[0], positions: [values[1]], wasDuplicate: false)]
    }

    /// `append_batch`; nil when an expected version does not hold.
    private func batch() throws -> [AppendResult]? {
        let (values, prior) = try request.batchValues()
        let row = try connection.queryPrepared(Self.batchSQL, values)[0]
        guard let positionsText = row["positions"] else { return nil }
        let current = try EventLog.bigintArray(row.string("current_versions"))
        let positions = try EventLog.bigintArray(positionsText)
        guard current.count == request.batch.count, positions.count == request.eventCount else {
            throw EventLogError(.database, underlying: PostgresError(
                code: .protocolViolation,
                message: "append_batch returned \(current.count) versions and \(positions.count) positions "
                    + "for \(request.batch.count) streams and \(request.eventCount) events"))
        }
        var results: [AppendResult] = []
        results.reserveCapacity(request.batch.count)
        var next = 0
        for (index, entry) in request.batch.enumerated() {
            let count = entry.events.count
            results.append(AppendResult(
                lastVersion: current[index] + prior[index] + Int64(count),
                positions: Array(positions[next..<next + count]), wasDuplicate: false))
            next += count
        }
        return results
    }

    /// `append_events` with the stored-id check: duplicates, conflicts and mismatches are settled here.
    private func general() throws -> [AppendResult] {
        let rows: PostgresRows
        do {
            rows = try connection.query(Self.generalSQL, request.generalValues())
        } catch let error as PostgresError {
            throw AppendRequest.translate(error, batch: request.batch)
        }
        var results = [AppendResult?](repeating: nil, count: request.batch.count)
        for row in rows {
            let index = Int(try row.int64("stream_index"))
            guard results.indices.contains(index) else { continue }
            results[index] = AppendResult(
                lastVersion: try row.int64("last_version"),
                positions: try EventLog.bigintArray(row.string("positions")),
                wasDuplicate: try row.bool("duplicate"))
        }
        return try results.enumerated().map { index, result in
            guard let result else {
                throw EventLogError(.database, underlying: PostgresError(
                    code: .protocolViolation, message: "append_events returned no result for stream index \(index)"))
            }
            return result
        }
    }
}
