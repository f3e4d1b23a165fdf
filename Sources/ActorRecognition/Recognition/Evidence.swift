/// Why a mention was attributed to its actor.
public enum Evidence: Sendable, Hashable {
    /// The text matched this gazetteer name (as written in the gazetteer), e.g. `.gazetteerAlias("भाजपा")`.
    case gazetteerAlias(String)
    /// A gazetteer name right after a role word that agrees with it, e.g. `विदेश मंत्री एस जयशंकर`
    /// gives `.gazetteerAliasAfterRole(alias: "एस जयशंकर", role: "विदेश मंत्री")`: the gazetteer
    /// named the actor, the role only agreed.
    case gazetteerAliasAfterRole(alias: String, role: String)
    /// The article's feed carried this tag, e.g. `.feedTag("सर्गेई लावरोव")`.
    case feedTag(String)
    /// The name followed a role word, e.g. `प्रवक्ता राजेश वर्मा` gives `.rolePattern(role: "प्रवक्ता")`.
    case rolePattern(role: String)
    /// A surname or first name referring back to a full name seen earlier in the same article,
    /// e.g. `वर्मा` after `राजेश वर्मा` gives `.shortForm(of: "राजेश वर्मा")`.
    case shortForm(of: String)
    /// A capitalised Latin-script name outside the gazetteer that the article uses at least twice,
    /// e.g. `Lena Fischer ने ... Lena Fischer ने` gives `.latinName("Lena Fischer")` (the name as first written).
    case latinName(String)
}
