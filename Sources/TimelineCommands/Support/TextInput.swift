import Foundation

/// Reads a text argument: a file path or "-" for standard input. Invalid UTF-8 is decoded with
/// replacement characters and a warning on standard error.
enum TextInput {
    static func read(_ path: String) throws -> String {
        let data = try InputFile.read(path)
        // Decoding keeps a byte-order mark, so offsets count every scalar of the file as given.
        if let s = String(validating: data, as: UTF8.self) { return s }
        let name = path == "-" ? "standard input" : "'\(path)'"
        Terminal.warning("\(name) is not valid UTF-8; invalid bytes were replaced with U+FFFD.")
        return String(decoding: data, as: UTF8.self)
    }
}
