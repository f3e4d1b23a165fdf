/// A setting of `timeline serve` that cannot be used, and why.
public struct ServerSettingsError: Error, CustomStringConvertible, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
