/// Seasons (वसंत, गर्मी, पतझड़, सर्दी) and their TIMEX codes.
enum Season: UInt8, Sendable {
    case spring, summer, autumn, winter
    var code: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .autumn: return "FA"
        case .winter: return "WI"
        }
    }
}
