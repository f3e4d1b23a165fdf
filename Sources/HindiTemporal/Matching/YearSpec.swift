/// The year part of a date: written out, relative to the DCT's year, or left to the tense.
enum YearSpec: Sendable, Equatable {
    case explicit(Int)
    case relative(Int)
    case none
}
