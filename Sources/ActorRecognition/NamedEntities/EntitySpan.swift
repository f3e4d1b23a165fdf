/// A name the tagger found: its type, the words it spans and how sure the tagger is.
///
/// Example: in `"थाना प्रभारी सुनील कुमार ने बताया"` the span of `सुनील कुमार` is
/// `EntitySpan(type: .person, tokens: 2..<4, score: 0.97)`.
struct EntitySpan: Sendable, Hashable {
    var type: EntityType
    /// Word positions in the tokenized text.
    var tokens: Range<Int>
    /// The lowest per-word probability of the span's tags (softmax of the tagger's scores), 0…1.
    var score: Double
}
