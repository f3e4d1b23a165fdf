import Foundation

/// Reads a named input: a file path, or `-` for standard input.
enum InputFile {
    struct ReadError: Error, CustomStringConvertible, CustomDebugStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
        var debugDescription: String { description }
    }

    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw ReadError(path: path, reason: "is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "cannot be read (permission denied?)")
        }
        return data
    }
}
