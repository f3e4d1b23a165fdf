import Foundation
import Testing
@testable import Feeds

@Suite struct IconvDecoderTests {
    @Test func decodesKnownEncodingsAndRefusesUnknownNames() {
        #expect(IconvDecoder(name: "KOI8-R")?.decode([0xEE, 0xCF, 0xD7, 0xCF, 0xD3, 0xD4, 0xC9]) == .success("Новости"))
        #expect(IconvDecoder(name: "TIS-620")?.decode([0xA2, 0xE8, 0xD2, 0xC7]) == .success("ข่าว"))
        #expect(IconvDecoder(name: "X-MARTIAN") == nil)
    }

    @Test func reportsTheOffsetOfTheFirstInvalidSequenceAndTheTextBefore() {
        let decoder = IconvDecoder(name: "ISO-8859-7")!
        #expect(decoder.decode(Array("ab\nc".utf8) + [0xD2, 0x41]) == .failure(.init(offset: 4, decodedPrefix: "ab\nc")))
        // A multi-byte sequence cut off by the end.
        #expect(IconvDecoder(name: "EUC-KR")!.decode([0x41, 0xBF]) == .failure(.init(offset: 1, decodedPrefix: "A")))
    }

    @Test func largeInputIsDecodedWhole() {
        let bytes = [UInt8](repeating: 0xC1, count: 300_000)  // KOI8-R "а"
        let text = try? IconvDecoder(name: "KOI8-R")!.decode(bytes).get()
        #expect(text?.count == 300_000)
        #expect(text?.first == "а")
    }

    @Test func statefulEncodingIsFlushed() {
        // ISO-2022-JP: ESC $ B switches to JIS X 0208, "今日" = 0x3A23 0x467C, ESC ( B back to ASCII.
        let bytes: [UInt8] = [0x1B, 0x24, 0x42, 0x3A, 0x23, 0x46, 0x7C, 0x1B, 0x28, 0x42, 0x21]
        #expect(IconvDecoder(name: "ISO-2022-JP")?.decode(bytes) == .success("今日!"))
    }
}
