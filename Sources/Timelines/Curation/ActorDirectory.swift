import ActorRecognition

/// Names and kinds of actors by key, for showing re-attributed entries.
/// `ActorDirectory(gazetteer)["sergey-lavrov"]` is (name "सर्गेई लावरोव", kind "person").
public struct ActorDirectory: Sendable {
    public struct Item: Sendable, Equatable {
        public var name: String
        public var kind: String
    }

    private var items: [String: Item] = [:]

    public init(_ gazetteer: Gazetteer) {
        for actor in gazetteer.actors { items[actor.id] = Item(name: actor.canonicalName, kind: actor.kind.rawValue) }
    }

    public subscript(key: String) -> Item? { items[key] }
}
