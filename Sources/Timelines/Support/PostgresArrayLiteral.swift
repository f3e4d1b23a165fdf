/// Text form of a PostgreSQL `text[]`, for the one place a *list of lists* is bound: the other
/// actors of each row in a bulk insert travel as `.array` of these literals and are cast back
/// per row with `::text[]`. Always a bound parameter, never spliced into SQL.
///
///     PostgresArrayLiteral.text(["रूस", #"a"b"#]) == #"{"रूस","a\"b"}"#
enum PostgresArrayLiteral {
    static func text(_ values: [String]) -> String {
        var out = "{"
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            out += "\""
            for scalar in value.unicodeScalars {
                if scalar == "\"" || scalar == "\\" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
            out += "\""
        }
        return out + "}"
    }
}
