import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct PostgresBinaryArrayTests {
    @Test func binaryArraysArriveElementForElement() throws {
        try TestDatabase.withFresh { conn, _ throws in
            let ids = [UUID(), UUID()]
            let row = try conn.query(
                "SELECT ($1::text[])[1] AS first, ($1::text[])[2] IS NULL AS second_missing, ($1::text[])[3] AS third, "
                    + "cardinality($1::text[]) AS words, ($2::uuid[])[2] AS second_id, "
                    + "array_to_string($3::bigint[], ',', 'NULL') AS big, array_to_string($4::int[], ',', 'NULL') AS small, "
                    + "cardinality($5::text[]) AS empty, (($6::text[])[1])::jsonb ->> 'शहर' AS city",
                [.binaryArray(try .text(["मंगलवार", nil, "उद्धरण \"चिह्न\" \\ और\tटैब\nपंक्ति"])), .binaryArray(.uuid(ids)),
                 .binaryArray(.int64([Int64.min, nil, 0, Int64.max])), .binaryArray(.int32([-7, nil, Int32.max])),
                 .binaryArray(try .text([])), .binaryArray(try .text([#"{"शहर": "लखनऊ"}"#]))])[0]
            #expect(row["first"] == "मंगलवार")
            #expect(try row.bool("second_missing"))
            #expect(row["third"] == "उद्धरण \"चिह्न\" \\ और\tटैब\nपंक्ति")
            #expect(try row.int64("words") == 3)
            #expect(try row.uuid("second_id") == ids[1])
            #expect(row["big"] == "-9223372036854775808,NULL,0,9223372036854775807")
            #expect(row["small"] == "-7,NULL,2147483647")
            #expect(try row.int64("empty") == 0)
            #expect(row["city"] == "लखनऊ")
        }
    }

    @Test func textElementWithNulIsRefused() throws {
        let error = #expect(throws: PostgresError.self) { try PostgresBinaryArray.text(["ठीक", "आधा\u{0}कटा"]) }
        #expect(error?.code == .invalidParameter)
    }

    @Test func binaryArrayOfTheWrongTypeIsAServerError() throws {
        try TestDatabase.withFresh { conn, _ throws in
            let error = #expect(throws: PostgresError.self) {
                try conn.query("SELECT cardinality($1::int[]) AS n", [.binaryArray(try .text(["एक"]))])
            }
            #expect(error?.code == .server)
            #expect(try conn.query("SELECT 1 AS one")[0].int64("one") == 1)
        }
    }
}
