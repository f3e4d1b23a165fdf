import Foundation
import HindiTemporal

/// Everything behind one timeline entry: the sentence and its expression, the resolved value and
/// what it was resolved against, the rule, the actors and how each was recognized, where the
/// entry stands now, and the events that made it so. Built by `EntryExplainer`.
///
/// For "विदेश मंत्री एस जयशंकर ने शनिवार को टोक्यो में बातचीत की।" published 2025-08-10 (a Sunday):
/// expression "शनिवार", value 2025-08-09 (day), tense past, anchor `dct` (the publish date),
/// rule `weekday.tensed`, actor S. Jaishankar recognized by the role pattern "विदेश मंत्री …", place
/// Tokyo (`tokyo`).
public struct EntryExplanation: Sendable, Codable, Equatable {
    /// Whether the entry is on any timeline now.
    public enum Status: String, Sendable, Codable, Equatable {
        /// On at least one actor's timeline.
        case current
        /// On none: retracted, replaced by a new revision, or all its actors rejected.
        case retracted
    }

    /// The article the entry comes from.
    public struct ArticleInfo: Sendable, Codable, Equatable {
        public var streamID: String
        public var identifier: String
        public var url: String?
        public var title: String
        /// The publish date, `YYYY-MM-DD`.
        public var published: String
        /// The revision the entry was extracted from.
        public var revision: Int
        /// The latest revision of the article in the log.
        public var latestRevision: Int
    }

    /// The sentence cut around the expression, for marking it.
    public struct MarkedSentence: Sendable, Codable, Equatable {
        public var before: String
        /// Empty when the expression could not be placed in the stored sentence.
        public var expression: String
        public var after: String
    }

    /// An earlier temporal expression of the article that a value was resolved against.
    public struct AnchorExpression: Sendable, Codable, Equatable {
        /// Its index among all temporal expressions of the article text (from 0), as in `expr:N`.
        public var index: Int
        public var text: String
        public var value: String
        /// Its sentence (from 0), as `sentenceIndex` counts.
        public var sentenceIndex: Int?
    }

    /// What the value was resolved against.
    public struct AnchorInfo: Sendable, Codable, Equatable {
        /// As recorded: `dct`, `explicit`, `expr:N`; `nil` for entries recorded before anchors were kept.
        public var label: String?
        /// For people, e.g. "the publish date, 2025-08-10 (Sunday)".
        public var explanation: String
        /// For `expr:N`: that expression, found again by re-extracting the stored text.
        public var expression: AnchorExpression?
    }

    /// An actor as extraction found it, and what became of it.
    public struct RecognizedActor: Sendable, Codable, Equatable {
        public var key: String
        public var name: String
        public var kind: String
        public var provisional: Bool
        /// The words of the text that named it.
        public var surface: String
        /// As recorded: `alias:…`, `tag:…`, `role:…`, `short-form:…`, `latin:…`.
        public var evidence: String
        /// The evidence for people, e.g. "gazetteer alias “जापानी”".
        public var recognizedBy: String
        /// The actor key its entries are under now after curation; `nil` when curation rejected it.
        public var nowKey: String?
        /// What curation made of it, for people: "none", "now under सुरेश कुमार भार्गव (suresh-bhargava)"
        /// (merged, or its name became another actor's), "renamed “…”", "rejected as an actor: …".
        public var curation: String
        /// Its role in the event (`source`, `target`, `other`) and the words that gave it (`ने`,
        /// `से`, `subject`); nil for entries recorded before events were read.
        public var role: String? = nil
        public var roleMarker: String? = nil
    }

    /// What happened at the date, as the event reader found it.
    public struct EventInfo: Sendable, Codable, Equatable {
        public var trigger: DatedEntry.Event.Trigger?
        /// The sentence with the trigger between « », when it can be placed in the stored sentence.
        public var markedSentence: String?
        /// CAMEO root code, its label and quad class (nil for no interaction or no trigger).
        public var cameo: String?
        public var label: String?
        public var quad: Int?
        public var quadLabel: String?
        /// The rule of the sentence that changed the lexicon's code, when one did.
        public var cameoRule: String?
        public var realis: String
        /// The words that decided realis (`होगी`, `नहीं`, `date after publication`).
        public var realisCues: [String]
    }

    /// One row of `timeline_entries` for this entry: an actor whose timeline shows it now.
    public struct Attribution: Sendable, Codable, Equatable {
        public var actorID: String
        public var actorName: String
        public var actorKind: String
        public var provisional: Bool
        public var evidence: String
    }

    /// One event of the log that made, moved or took away the entry.
    public struct Step: Sendable, Codable, Equatable {
        public var position: Int64
        public var recordedAt: Date
        public var stream: String
        public var type: String
        /// What the event did, for people.
        public var summary: String
        /// What the timeline projection did with the entry's rows for this event, e.g.
        /// "row written: जापान (japan)", "row taken away: … — merged into rajesh-verma".
        public var effects: [String]
        /// Whether the projection has applied the event yet.
        public var applied: Bool
    }

    /// The short stable id.
    public var entryID: String
    public var status: Status
    /// Why the entry is on no timeline (the last retraction reason), when it is not.
    public var statusReason: String?
    public var article: ArticleInfo
    /// The sentence's index in the article (from 0).
    public var sentenceIndex: Int
    public var sentence: String
    public var marked: MarkedSentence
    public var expression: DatedEntry.Expression
    public var interval: DayInterval
    public var anchor: AnchorInfo
    /// The actors as extracted, in order of mention.
    public var actors: [RecognizedActor]
    /// The places of the sentence as extracted, in text order (on no timeline); none for entries
    /// recorded before places were kept.
    public var places: [DatedEntry.PlaceRef]
    /// What happened; nil for entries recorded before events were read.
    public var event: EventInfo? = nil
    /// The actors whose timelines show the entry now.
    public var currentActors: [Attribution]
    public var extractorVersion: String
    public var gazetteerRevision: String
    /// The events behind the entry, in log order.
    public var steps: [Step]
}
