/// Numbers with two decimals for reasons people read (`0.62`), without Foundation's formatter.
enum Decimals {
    static func two(_ value: Double) -> String {
        let hundredths = Int((max(0, value) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
