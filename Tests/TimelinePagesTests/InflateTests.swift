import Foundation
import XCTest
@testable import BrowserTestSupport

/// The decoder the browser test reads screenshots with, on streams from a real compressor.
final class InflateTests: XCTestCase {
    func testFixedHuffmanStream() throws {
        // zlib.compress(b"a")
        XCTAssertEqual(try Inflate.zlib([120, 156, 75, 4, 0, 0, 98, 0, 98]), Array("a".utf8))
    }

    func testDynamicHuffmanStreamWithBackReferences() throws {
        // zlib.compress(text, 9) of the text below: one block with its own codes.
        let compressed = try XCTUnwrap(Data(base64Encoded: """
            eNrtT00KgmAQvUoH6JAiRFG0SwRp0eKNhFiKYOXGrvKO0nMGi07Qps033/ubH6KlpcRjQRyIVuVCjPoREMhoa5WeeBKlAHETvhIKgbZ3p7SGthMp7\
            RyRFZETXQD5B1ryFkvPdJ7Xm7hlap6G2cXZnIWh9r1iqehmE/jv/9v9a9qGOIn9atJ778YzVVy0FL31g6UcxX1ubn2K6HvQVdDF7C6CHvzIPGa/APb40+4=
            """))
        XCTAssertEqual((compressed[2] >> 1) & 3, 2, "the first block has dynamic codes")
        let text = String(repeating: "रूस और भारत के विदेश मंत्रियों ने अगले महीने दिल्ली में मिलने की बात कही। ", count: 3)
            + "बैठक में व्यापार, ऊर्जा और रक्षा पर चर्चा होगी।"
        XCTAssertEqual(try Inflate.zlib(Array(compressed)), Array(text.utf8))
    }

    func testStoredBlockAndDamage() throws {
        let payload = Array("क ख".utf8)
        let length = UInt16(payload.count)
        var stream: [UInt8] = [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        stream += payload
        let adler = Inflate.adler32(payload)
        stream += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        XCTAssertEqual(try Inflate.zlib(stream), payload)

        var damaged = stream
        damaged[8] ^= 0x01
        XCTAssertThrowsError(try Inflate.zlib(damaged), "a changed byte fails the checksum")
        XCTAssertThrowsError(try Inflate.zlib(Array(stream.dropLast(6))), "a cut stream is reported")
    }
}
