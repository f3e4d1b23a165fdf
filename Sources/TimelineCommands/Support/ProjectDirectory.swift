import ArgumentParser
import Foundation

/// Finds a directory of the repository (`samples`, `sql`) from the working directory or from
/// the executable's location (`.build/release/timeline` lives three levels below the root).
enum ProjectDirectory {
    static func locate(_ name: String) throws -> URL {
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        starts.append(executable.deletingLastPathComponent())
        for start in starts {
            var dir = start
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    return candidate
                }
                dir.deleteLastPathComponent()
            }
        }
        throw ValidationError("Cannot find the '\(name)' directory near \(starts[0].path) or the executable; pass its path.")
    }
}
