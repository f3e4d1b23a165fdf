/// The tense of the clause around a mention, read from the verb group that follows it
/// (or, failing that, an ergative "ने" before it).
///
/// "मंत्री ने शनिवार को कहा" → past; "अक्टूबर में मेला लगने की उम्मीद है" → future;
/// "15 अप्रैल को होना था" → scheduled; "तक बढ़ा दिया गया है" → perfect.
enum ClauseTense: Sendable {
    case past, perfect, future, present, scheduled, none

    var publicTense: Tense {
        switch self {
        case .past, .perfect: return .past
        case .future, .scheduled: return .future
        case .present: return .present
        case .none: return .none
        }
    }
}
