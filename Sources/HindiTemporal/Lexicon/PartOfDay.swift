/// Parts of the day (सुबह, दोपहर, शाम, रात, मध्यरात्रि) and their TIMEX codes.
enum PartOfDay: UInt8, Sendable {
    case morning, afternoon, evening, night, midnight

    var code: String {
        switch self {
        case .morning: return "TMO"
        case .afternoon: return "TAF"
        case .evening: return "TEV"
        case .night: return "TNI"
        case .midnight: return "T24:00"
        }
    }
}
