/// How fine the denoted time is.
public enum Granularity: String, Sendable, Hashable, Codable {
    case day, week, weekend, month, quarter, half, season, year, fiscalYear, decade, century
    case partOfDay, minute, vague, duration, set
}
