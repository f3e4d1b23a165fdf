/// Why an article could not be taken in, and where: file, line and field.
public struct ArticleInputError: Error, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String?
    public var reason: String

    public init(file: String, line: Int? = nil, field: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let field { place += " field '\(field)'" }
        return "\(place): \(reason)"
    }

    public var debugDescription: String { description }
}
