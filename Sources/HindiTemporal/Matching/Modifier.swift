/// Which way a modifier word points: इस (this), पिछले/बीते/गत (last), अगले/आगामी/आने वाले (next).
enum Modifier: Sendable, Equatable {
    case none, this, last, next, indefinite
}
