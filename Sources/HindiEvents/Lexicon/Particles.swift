/// Single function words the reader compares against, folded once (a literal `WordKey` is
/// folded each time it is evaluated). `Particles.se` is `से`, `Particles.kii` is `की`.
enum Particles {
    static let ke: WordKey = "के"
    static let kii: WordKey = "की"
    static let kaa: WordKey = "का"
    static let se: WordKey = "से"
    static let ko: WordKey = "को"
    static let par: WordKey = "पर"
    static let ne: WordKey = "ने"
    static let dvaaraa: WordKey = "द्वारा"
    static let lie: WordKey = "लिए"
    static let ki: WordKey = "कि"
    static let na: WordKey = "न"
    static let to: WordKey = "तो"
    static let ji: WordKey = "जी"
    static let or: WordKey = "ओर"
    static let taraf: WordKey = "तरफ"
    static let saath: WordKey = "साथ"
}
