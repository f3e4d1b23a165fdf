/// Latin-script words that are never part of a name found by repetition, and the lowercase
/// particles that may join two capitalised name words (`Ursula von der Leyen`, `Mohammed bin Salman`,
/// `Bashar al-Assad`).
///
/// Hindi news carries Latin words mostly as names, but also as bylines (`PTI`, `IANS`), times
/// (`10 AM IST`), dates in English, web furniture (`Source link`, `Read More`, `Photo`) and common
/// abbreviations (`AI`, `CEO`, `GDP`); none of these is an actor, however often it recurs.
enum LatinStopWords {
    /// Whether a folded (lowercase, diacritic-free) word is a stop word, e.g. `pti` or `the`.
    static func contains(_ key: String) -> Bool {
        words.contains(key)
    }

    /// Whether a folded word is a lowercase particle that may sit between capitalised name words.
    static func isConnector(_ key: String) -> Bool {
        connectors.contains(key)
    }

    private static let englishWords = """
    the a an and or of in on at to for by with from as is are was it its this that these those he she they we i you
    his her their our my your mr mrs ms dr prof sir shri smt
    """

    private static let webWords = """
    source link links read more also click here watch live update updates updated breaking news latest exclusive
    photo photos video videos image images file credit credits courtesy via share follow subscribe download story
    home page top edited written posted published report reports
    """

    private static let bylines = "pti ians ani uni afp ap am pm ist utc gmt"

    private static let calendarWords = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    """

    private static let abbreviations = """
    ai ceo cfo cto coo md gdp ipo fir vip it tv id ok ev suv gst upi emi sip nri mla mp cm dm sp ias ips covid dna hiv
    icu vpn usd inr faq pdf url www http https com
    """

    private static let connectorList = "de da di del della der den van von ten ter du dos das le la bin bint ibn al el"

    private static let words: Set<String> = split(englishWords + " " + webWords + " " + bylines + " " + calendarWords
        + " " + abbreviations)
    private static let connectors: Set<String> = split(connectorList)

    private static func split(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
