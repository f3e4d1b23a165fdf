import CPostgres
import Foundation

extension PostgresConnection {
    /// Runs `sql` once per parameter list using libpq pipeline mode: statements are sent without waiting
    /// for each answer, which saves a network round trip per statement.
    ///
    /// Meant for statements with small results (INSERT, UPDATE, short RETURNING): each chunk of 100
    /// statements is sent before its results are read, so very large results could fill the socket
    /// buffers in both directions.
    ///
    /// The whole pipeline is atomic: outside a transaction it runs inside its own BEGIN/COMMIT; inside
    /// one it joins it. The first failing statement's error is thrown and nothing is kept.
    /// ```swift
    /// try conn.pipeline("INSERT INTO cities(name) VALUES ($1)", [["कोच्चि"], ["शिमला"]])   // 2 results
    /// ```
    public func pipeline(_ sql: String, _ batches: [[PostgresValue]]) throws -> [PostgresRows] {
        if batches.isEmpty { return [] }
        let ownsTransaction = try withRaw { raw in PQtransactionStatus(raw) == PQTRANS_IDLE }
        if ownsTransaction { try query("BEGIN") }
        do {
            var results: [PostgresRows] = []
            results.reserveCapacity(batches.count)
            // Chunks bound how much the server must buffer while the client is still sending.
            var start = 0
            while start < batches.count {
                let end = min(start + 100, batches.count)
                results += try pipelineChunk(sql, batches[start..<end])
                start = end
            }
            if ownsTransaction { try query("COMMIT") }
            return results
        } catch {
            if ownsTransaction { _ = try? query("ROLLBACK") }
            throw error
        }
    }

    private func pipelineChunk(_ sql: String, _ batches: ArraySlice<[PostgresValue]>) throws -> [PostgresRows] {
        var buffers: [ParameterBuffer] = []
        defer { for index in buffers.indices { buffers[index].release() } }
        for parameters in batches { buffers.append(try ParameterBuffer(parameters)) }
        return try withRaw { raw in
            guard PQenterPipelineMode(raw) == 1 else { throw ResultReader.connectionError(raw, statement: sql) }
            defer { PQexitPipelineMode(raw) }
            var sent = 0
            var sendError: PostgresError?
            for buffer in buffers {
                let ok = buffer.withPointers { types, values, lengths, formats in
                    PQsendQueryParams(raw, sql, buffer.count, types, values, lengths, formats, 0)
                }
                if ok != 1 { sendError = ResultReader.connectionError(raw, statement: sql); break }
                sent += 1
            }
            guard PQpipelineSync(raw) == 1 else { throw ResultReader.connectionError(raw, statement: sql) }
            var results: [PostgresRows] = []
            var firstError: PostgresError? = sendError
            // Each statement yields one result followed by NULL; the sync point ends the chunk.
            while true {
                guard let result = PQgetResult(raw) else {
                    if PQstatus(raw) == CONNECTION_BAD { throw ResultReader.connectionError(raw, statement: sql) }
                    continue
                }
                defer { PQclear(result) }
                if PQresultStatus(result) == PGRES_PIPELINE_SYNC { break }
                do {
                    results.append(try ResultReader.rows(result, connection: raw, statement: sql))
                } catch let error as PostgresError {
                    if firstError == nil { firstError = error }
                }
            }
            if let firstError { throw firstError }
            guard results.count == sent else {
                throw PostgresError(code: .protocolViolation, message: "pipeline returned \(results.count) results for \(sent) statements", statement: sql)
            }
            return results
        }
    }

    /// Streams rows into `COPY ... FROM STDIN` (text format) and returns the number of rows copied.
    /// `nil` cells are NULL. Values may hold tabs, newlines and backslashes; NUL bytes are refused.
    /// ```swift
    /// try conn.copyIn("COPY cities(name, state) FROM STDIN", rows: [["लखनऊ", "उत्तर प्रदेश"]])   // 1
    /// ```
    public func copyIn(_ copySQL: String, rows: some Sequence<[String?]>) throws -> Int {
        try copyIn(copySQL, rows: rows) { $0 }
    }

    /// Streams `items` into `COPY ... FROM STDIN`, turning each into its cells only as it is sent,
    /// so the server parses one chunk while the next is made. When `cells` throws, the COPY is
    /// aborted (nothing is stored) and that error is rethrown.
    /// ```swift
    /// try conn.copyIn("COPY cities(name, state) FROM STDIN", rows: cities) { [$0.name, $0.state] }
    /// ```
    public func copyIn<Item>(_ copySQL: String, rows items: some Sequence<Item>,
                             cells: (Item) throws -> [String?]) throws -> Int {
        try withRaw { raw in
            let start = PQexec(raw, copySQL)
            let startStatus = start.map { PQresultStatus($0) }
            if startStatus != PGRES_COPY_IN {
                defer { PQclear(start) }
                _ = try ResultReader.rows(start, connection: raw, statement: copySQL)
                throw PostgresError(code: .protocolViolation, message: "statement did not start COPY FROM STDIN", statement: copySQL)
            }
            PQclear(start)
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 17)
            var clientError: (any Error)?
            func flush() -> Bool {
                let ok = buffer.withUnsafeBufferPointer { pointer in
                    pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                        PQputCopyData(raw, $0, Int32(pointer.count))
                    }
                }
                buffer.removeAll(keepingCapacity: true)
                return ok == 1
            }
            rowLoop: for item in items {
                let row: [String?]
                do { row = try cells(item) } catch { clientError = error; break rowLoop }
                for (index, cell) in row.enumerated() {
                    if index > 0 { buffer.append(9) }
                    guard var cell else { buffer.append(contentsOf: [92, 78]); continue }
                    // Most values hold nothing to escape: copy those in one piece.
                    let plain = cell.withUTF8 { bytes in
                        guard !bytes.contains(where: { $0 == 92 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 0 }) else { return false }
                        buffer.append(contentsOf: bytes)
                        return true
                    }
                    if plain { continue }
                    for byte in cell.utf8 {
                        switch byte {
                        case 0:
                            clientError = PostgresError(code: .copyFailed, message: "a COPY value contains a NUL byte (U+0000)", statement: copySQL)
                            break rowLoop
                        case 92: buffer.append(contentsOf: [92, 92])
                        case 9: buffer.append(contentsOf: [92, 116])
                        case 10: buffer.append(contentsOf: [92, 110])
                        case 13: buffer.append(contentsOf: [92, 114])
                        default: buffer.append(byte)
                        }
                    }
                }
                buffer.append(10)
                if buffer.count >= 1 << 16, !flush() { break rowLoop }
            }
            if clientError == nil, !buffer.isEmpty { _ = flush() }
            _ = PQputCopyEnd(raw, clientError == nil ? nil : "client refused a value")
            var copied = 0
            var serverError: PostgresError?
            while let result = PQgetResult(raw) {
                defer { PQclear(result) }
                do { copied = try ResultReader.rows(result, connection: raw, statement: copySQL).affectedRows }
                catch let error as PostgresError { serverError = serverError ?? error }
            }
            if let clientError { throw clientError }
            if let serverError { throw serverError }
            return copied
        }
    }
}
