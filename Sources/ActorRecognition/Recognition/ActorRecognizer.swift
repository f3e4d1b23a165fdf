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
    private let tagger: EntityTagger?

    /// The recognizer's version, recorded with every extraction so that `timeline reprocess` knows
    /// which stored articles were read by an older one.
    public static let version = "actors/2.2"

    /// A recognizer with the shipped name tagger (`EntityModel.shipped`).
    public init(gazetteer: Gazetteer) {
        self.init(gazetteer: gazetteer, model: EntityModel.shipped)
    }

    /// A recognizer with the given tagger model, or none (gazetteer, patterns and short forms only).
    public init(gazetteer: Gazetteer, model: EntityModel?) {
        actors = gazetteer.actors
        index = AliasIndex(actors: gazetteer.actors)
        roles = RoleIndex()
        tagger = model.map { EntityTagger(model: $0) }
        WordFlags.load()
    }

    /// Mentions in `text` in text order, followed by one mention per recognized feed tag
    /// (tag mentions have an empty range at the end of the text and the tag as `surface`).
    /// Tags are read first, so a provisional tag name also matches where it recurs in the text;
    /// when the text shows it after a role word, its mentions (tag included) get kind `.person`.
    public func recognize(in text: String, tags: [String] = []) -> [ActorMention] {
        analyze(text, tags: tags).actors
    }

    /// The actors and the places of `text`: a country, state or city that only says where
    /// ("दिल्ली में", "प्योंगयांग की यात्रा") is a place; one that acts ("भारत ने") is an actor.
    ///
    /// `focus`, when given, lists the scalar ranges (sentences) whose actors and places are wanted:
    /// the name tagger reads only those, while names elsewhere still serve short forms and context.
    public func analyze(_ text: String, tags: [String] = [], focus: [Range<Int>]? = nil) -> RecognizedNames {
        var scanner = MentionScanner(actors: actors, index: index, roles: roles, tagger: tagger, text: text, focus: focus)
        scanner.scanTags(tags)
        scanner.findThingNames()
        scanner.scanText()
        scanner.resolveEarlierShortForms()
        scanner.resolveLoneNames()
        let people = Set(scanner.mentions.filter { $0.actorID == nil && $0.kind == .person }.map(\.name))
        let tagMentions = scanner.tagMentions.map { mention in
            var mention = mention
            if mention.actorID == nil, mention.kind == nil, people.contains(mention.name) { mention.kind = .person }
            return mention
        }
        return RecognizedNames(actors: scanner.mentions + tagMentions, places: scanner.places)
    }
}
