/// Finds actors in Hindi news text.
///
/// Works in one linear pass over the words: gazetteer names (longest match first, on word
/// boundaries, nukta/ZWJ/NBSP-insensitive), names after role words (`राष्ट्रपति`, `विदेश मंत्री`,
/// `प्रवक्ता`, ...; unknown ones become provisional actors), capitalised Latin-script names outside the
/// gazetteer that the article writes at least twice (provisional persons, see `LatinNameFinder`), and
/// short forms referring back to a full name seen earlier in the same article. Feed tags are matched
/// whole against the gazetteer; an unknown tag that looks like a name becomes a provisional actor.
///
/// Example: `recognize(in: "उत्तर कोरिया के नेता किम जोंग उन ने कहा। बाद में किम ने ...")` gives
/// North Korea (`.gazetteerAlias("उत्तर कोरिया")`), Kim Jong Un (`.rolePattern(role: "नेता")`) and
/// Kim Jong Un again for `किम` (`.shortForm(of: "किम जोंग उन")`); and
/// `recognize(in: "Lena Fischer ने कहा। बाद में Fischer ने ...")` gives the provisional person
/// `Lena Fischer` (`.latinName("Lena Fischer")`) and again for `Fischer` (`.shortForm(of: "Lena Fischer")`).
public struct ActorRecognizer: Sendable {
    private let actors: [Actor]
    private let index: AliasIndex
    private let roles: RoleIndex

    public init(gazetteer: Gazetteer) {
        actors = gazetteer.actors
        index = AliasIndex(actors: gazetteer.actors)
        roles = RoleIndex()
    }

    /// Mentions in `text` in text order, followed by one mention per recognized feed tag
    /// (tag mentions have an empty range at the end of the text and the tag as `surface`).
    /// Tags are read first, so a provisional tag name also matches where it recurs in the text;
    /// when the text shows it after a role word, its mentions (tag included) get kind `.person`.
    public func recognize(in text: String, tags: [String] = []) -> [ActorMention] {
        var scanner = MentionScanner(actors: actors, index: index, roles: roles, text: text)
        scanner.scanTags(tags)
        scanner.scanText()
        let people = Set(scanner.mentions.filter { $0.actorID == nil && $0.kind == .person }.map(\.name))
        let tagMentions = scanner.tagMentions.map { mention in
            var mention = mention
            if mention.actorID == nil, mention.kind == nil, people.contains(mention.name) { mention.kind = .person }
            return mention
        }
        return scanner.mentions + tagMentions
    }

    /// The actors and the places of `text`: a city named in the text is a place, not an actor
    /// ("प्योंगयांग में" says where, not who).
    public func analyze(_ text: String, tags: [String] = []) -> RecognizedNames {
        var actors: [ActorMention] = []
        var places: [PlaceMention] = []
        for mention in recognize(in: text, tags: tags) {
            if mention.kind == .city, !mention.scalarRange.isEmpty {
                places.append(PlaceMention(actorID: mention.actorID, name: mention.name, surface: mention.surface,
                                           scalarRange: mention.scalarRange, range: mention.range,
                                           evidence: mention.evidence))
            } else {
                actors.append(mention)
            }
        }
        return RecognizedNames(actors: actors, places: places)
    }
}
