/// A user-facing command error: `timeline` prints `message` and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// The detailed text of an error for the terminal (`debugDescription` where a type has one).
func explain(_ error: any Error) -> String {
    if let failure = error as? CommandFailure { return failure.message }
    return String(reflecting: error)
}
