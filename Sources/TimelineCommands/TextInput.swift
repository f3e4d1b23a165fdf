import ArgumentParser
import Foundation

/// Reads a text argument: a file path or "-" for standard input. Invalid UTF-8 is decoded with
/// replacement characters and a warning on standard error.
enum TextInput {
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError(description: "Cannot read '\(path)': no such file.")
            }
            guard !isDirectory.boolValue else {
                throw ReadError(description: "Cannot read '\(path)': it is a directory.")
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ReadError(description: "Cannot read '\(path)': \(error.localizedDescription)")
            }
        }
        // Decoding keeps a byte-order mark, so offsets count every scalar of the file as given.
        if let s = String(validating: data, as: UTF8.self) { return s }
        let name = path == "-" ? "standard input" : "'\(path)'"
        FileHandle.standardError.write(Data("warning: \(name) is not valid UTF-8; invalid bytes were replaced with U+FFFD.\n".utf8))
        return String(decoding: data, as: UTF8.self)
    }
}
