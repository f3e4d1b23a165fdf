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
    /// The statistical tagger marked the name, with the probability it gave (0…1), e.g.
    /// `आरोपी रमेश यादव` gives `.model(type: .person, score: 0.94)` for `रमेश यादव`.
    case model(type: EntityType, score: Double)
    /// An institutional name: a place or qualifier before a head word, e.g. `कानपुर पुलिस` gives
    /// `.institution(head: "पुलिस")`; `राज्य सरकार` in a story about Rajasthan gives the actor
    /// `राजस्थान सरकार` with `.institution(head: "सरकार")`.
    case institution(head: String)
    /// An office named without a person, e.g. `एसएसपी ने कहा` gives `.officeHolder(role: "एसएसपी")`;
    /// when the article named the holder before (`एसएसपी अजय सिंह`), the mention is that person's.
    case officeHolder(role: String)
    /// An abbreviation in parentheses after a name, and its later uses, e.g. `नेशनल स्टॉक एक्सचेंज
    /// (एनएसई)` makes `एनएसई` `.abbreviation(of: "नेशनल स्टॉक एक्सचेंज")`.
    case abbreviation(of: String)
    /// A gazetteer name that is only a common surname or given name (`गहलोत`, `यादव`), in an article
    /// that gives no support for the gazetteer's bearer of it: kept as a provisional person.
    case unlinkedName(String)
    /// A locality named the way news names one, e.g. `गोविंद नगर में` gives `.locality(word: "नगर")`,
    /// `गांव गदराना में` `.locality(word: "गांव")`, `शुक्लागंज से` `.locality(word: "गंज")`.
    case locality(word: String)
    /// A word spelling Latin letters that acts in its sentence, e.g. `एनटीपीसी ने` gives
    /// `.acronym("एनटीपीसी")`: an organization the gazetteer does not know.
    case acronym(String)
    /// Initials spelt out before a name, e.g. `पी. वी. रमण` gives `.initials("पी वी")`: a person.
    case initials(String)
    /// A place from the bundled list of places (districts, cities, countries), e.g. `.placeList("उन्नाव")`.
    case placeList(String)

    /// The evidence as stored with an entry: `alias:…`, `alias:…|role:…`, `tag:…`, `role:…`,
    /// `short-form:…`, `latin:…`, `model:PER:0.94`, `institution:…`, `office:…`, `abbreviation:…`,
    /// `unlinked:…`, `acronym:…`, `place:…`, `locality:…`, `initials:…`.
    public var label: String {
        switch self {
        case .gazetteerAlias(let alias): "alias:" + alias
        case .gazetteerAliasAfterRole(let alias, let role): "alias:" + alias + "|role:" + role
        case .feedTag(let tag): "tag:" + tag
        case .rolePattern(let role): "role:" + role
        case .shortForm(let full): "short-form:" + full
        case .latinName(let name): "latin:" + name
        case .model(let type, let score): "model:" + type.rawValue + ":" + String(Int((score * 100).rounded())) + "%"
        case .institution(let head): "institution:" + head
        case .officeHolder(let role): "office:" + role
        case .abbreviation(let full): "abbreviation:" + full
        case .unlinkedName(let name): "unlinked:" + name
        case .placeList(let name): "place:" + name
        case .acronym(let word): "acronym:" + word
        case .locality(let word): "locality:" + word
        case .initials(let letters): "initials:" + letters
        }
    }
}
