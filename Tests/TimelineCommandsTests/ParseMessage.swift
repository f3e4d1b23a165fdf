import ArgumentParser
@testable import TimelineCommands

extension TimelineCommand {
    /// What the command line `arguments` gives before running: "parsed", or the message a person sees.
    static func parseMessage(_ arguments: [String]) -> String {
        do {
            _ = try parseAsRoot(arguments)
            return "parsed"
        } catch {
            return message(for: error)
        }
    }
}
