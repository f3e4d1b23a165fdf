import Foundation
import Synchronization

/// The member name of a daemon whose configuration names none: `HOST:PID`, then `HOST:PID/2`,
/// `HOST:PID/3`… for further daemons in the same process (tests run several side by side).
///
/// Example: the first daemon of process 4121 on the machine "khabar-1" is `khabar-1:4121`.
enum MemberName {
    private static let made = Atomic<Int>(0)

    /// A name no other daemon running now has.
    static func next() -> String {
        let index = made.add(1, ordering: .relaxed).newValue
        let base = "\(host):\(getpid())"
        return index == 1 ? base : "\(base)/\(index)"
    }

    /// This machine's name as `gethostname` gives it (no name lookup).
    static var host: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
