/// Fraction words: सवा (+¼), डेढ़ (1½), ढाई (2½), साढ़े (+½), पौने (−¼), आधा (½).
enum Fraction: UInt8, Sendable {
    case sava, dedh, dhai, saadhe, paune, aadha
}
