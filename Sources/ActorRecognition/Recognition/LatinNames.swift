/// The repeated capitalised Latin-script names of one article, by the token where each occurrence starts.
///
/// Example: in `"Lena Fischer ने बर्लिन में कहा। बाद में Fischer ने दोहराया।"` the first occurrence is a
/// name of two tokens and `Fischer` a short form of it, both for the name `Lena Fischer`.
/// Built by `LatinNameFinder` before the main scan, because the first occurrence of a name only
/// counts once a later one is seen.
struct LatinNames {
    /// One occurrence of a repeated name.
    struct Spot: Equatable {
        /// How many tokens the occurrence spans.
        var length: Int
        /// The name as first written in full, spaces collapsed, e.g. `Jean-Noël Barrot`.
        var name: String
        /// Whether the occurrence is a first or last word standing for a full name written earlier.
        var isShortForm: Bool
    }

    private let spots: [Int: Spot]

    init(spots: [Int: Spot] = [:]) {
        self.spots = spots
    }

    /// The occurrence starting at token `position`, if a repeated name starts there.
    func spot(at position: Int) -> Spot? {
        spots.isEmpty ? nil : spots[position]
    }
}
