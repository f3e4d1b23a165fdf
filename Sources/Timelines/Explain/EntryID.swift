/// Entry ids as people type them: the 10-character Crockford base-32 ids of `StableID.shortID`.
///
/// Typing is forgiving the way Crockford's alphabet intends: upper case is read as lower case,
/// `i`/`l` as `1`, `o` as `0`, and hyphens and spaces are ignored.
/// `EntryID.normalized("K3V0-Q8X2MW")` and `EntryID.normalized("k3vOq8x2mw")` are both `"k3v0q8x2mw"`.
public enum EntryID {
    /// The characters an entry id is made of.
    public static let alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
    /// How many characters an entry id has.
    public static let length = 10

    /// The id `text` stands for, or `EntryIDError` saying what is wrong with it.
    public static func normalized(_ text: String) throws -> String {
        var out = ""
        for character in text.lowercased() {
            switch character {
            case "-", " ", "\t": continue
            case "i", "l": out.append("1")
            case "o": out.append("0")
            default:
                guard alphabet.contains(character) else {
                    throw EntryIDError(input: text, reason: character == "u"
                        ? "'u' is never part of an entry id"
                        : "'\(character)' is not a character of entry ids (0-9 and a-z without i, l, o, u)")
                }
                out.append(character)
            }
        }
        guard out.count == length else {
            throw EntryIDError(input: text, reason: "entry ids have \(length) characters, this has \(out.count)")
        }
        return out
    }
}

/// A typed entry id that cannot be one.
public struct EntryIDError: Error, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public var input: String
    public var reason: String
    public var description: String { "'\(input)' is not an entry id: \(reason)" }
    public var debugDescription: String { description }
}
