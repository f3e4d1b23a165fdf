import HindiEvents

/// One sentence of a test, with the reading it must get. Offsets are found from the texts: `date`
/// and every actor are the first occurrence of that text in `sentence`.
struct EventCase: Sendable, CustomStringConvertible {
    let sentence: String
    /// The date expression's text.
    let date: String
    /// The actors' texts, as the actor recognizer would give them.
    var actors: [String] = []
    /// The trigger's text, or nil when the sentence names no event at the date.
    let trigger: String?
    /// The CAMEO root code, "01"..."20", or nil.
    let cameo: String?
    var realis: Realis = .actual
    var source: [String] = []
    var target: [String] = []
    /// Whether the date lies after the article's publication.
    var future = false

    var description: String { sentence }
}
