#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes bytes in any encoding the C library's iconv knows (glibc: KOI8-R, Big5, GB18030,
/// EUC-JP, EUC-KR, Shift_JIS, TIS-620, windows-125x, ISO-8859-x, CP866, MACINTOSH, …) into a
/// String, and says where the first byte that is not valid in that encoding is.
///
/// Each ``decode(_:)`` opens and closes its own iconv descriptor, so one value can be used from
/// any thread.
///
/// Example: `IconvDecoder(name: "KOI8-R")?.decode([0xEE, 0xCF, 0xD7, 0xCF, 0xD3, 0xD4, 0xC9])`
/// → `.success("Новости")`; `IconvDecoder(name: "X-MARTIAN")` → nil.
struct IconvDecoder: Sendable {
    /// Why the bytes could not be decoded: the offset of the first invalid (or cut-off) byte
    /// sequence, and the text decoded before it.
    struct Failure: Error, Equatable {
        var offset: Int
        var decodedPrefix: String
    }

    /// The name as given to iconv, e.g. "KOI8-R".
    let name: String

    /// nil when iconv cannot convert from `name` to UTF-8 on this system.
    init?(name: String) {
        guard let descriptor = Self.open(name) else { return nil }
        iconv_close(descriptor)
        self.name = name
    }

    /// The text of `bytes`, or where decoding failed.
    func decode(_ bytes: some Collection<UInt8>) -> Result<String, Failure> {
        guard let descriptor = Self.open(name) else { return .failure(Failure(offset: 0, decodedPrefix: "")) }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2 + 16)
        var chunk = [UInt8](repeating: 0, count: Swift.max(4_096, Swift.min(input.count * 3 + 16, 1 << 20)))
        var failedAt: Int?
        input.withUnsafeMutableBufferPointer { inputBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                let base = UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inPointer = base
                var inLeft = inputBuffer.count
                // A nil input pointer asks a stateful encoding (ISO-2022-JP) to flush its shift state.
                var flushing = false
                while true {
                    var outPointer = UnsafeMutableRawPointer(chunkBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                    var outLeft = chunkBuffer.count
                    let result = flushing
                        ? iconv(descriptor, nil, nil, &outPointer, &outLeft)
                        : iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    let produced = chunkBuffer.count - outLeft
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: chunkBuffer[0..<produced]))
                    if result != -1 {
                        if flushing { return }
                        flushing = true
                        continue
                    }
                    if errno == E2BIG { continue }
                    // EILSEQ (an invalid sequence) or EINVAL (a sequence cut off by the end).
                    failedAt = flushing ? inputBuffer.count : inputBuffer.count - inLeft
                    return
                }
            }
        }
        let text = String(decoding: output, as: UTF8.self)
        if let failedAt { return .failure(Failure(offset: failedAt, decodedPrefix: text)) }
        return .success(text)
    }

    private static func open(_ name: String) -> iconv_t? {
        let descriptor = iconv_open("UTF-8", name)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        return descriptor
    }
}
