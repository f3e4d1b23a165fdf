import EventStore

/// The actor-curation events that concern an entry: those that move, rename or reject one of the
/// actor keys the entry was recorded under, or a key those were moved to.
///
/// For an entry recorded under `provisional:राजेश वर्मा`, `ActorsMerged(provisional:राजेश वर्मा →
/// rajesh-verma)` concerns it, and so does a later `ActorRenamed(rajesh-verma)`; an alias added to
/// another actor does not.
struct CurationTrail {
    /// All of curation, folded in order.
    var curation = ActorCuration()
    /// Why a key was rejected, by key (the latest rejection).
    var rejectionReasons: [String: String] = [:]
    /// The events that concern the entry, in order (effects not yet attached).
    var steps: [EntryExplanation.Step] = []

    init(keys recorded: [String], events: [RecordedEvent]) throws {
        var keys = Set(recorded)
        for recorded in events {
            let event: ActorCurationEvent
            do {
                guard let decoded = try ActorCurationEvent.decode(type: recorded.type, json: recorded.data) else { continue }
                event = decoded
            } catch {
                throw EntryExplainerError.undecodable(position: recorded.position, type: recorded.type, reason: "\(error)")
            }
            curation.apply(event)
            var concerns = false
            for move in ActorCuration.redirections(of: event) where move.from != move.to && keys.contains(move.from) {
                keys.insert(move.to)
                concerns = true
            }
            switch event {
            case .renamed(let p): concerns = concerns || keys.contains(p.actorID)
            case .rejected(let p):
                rejectionReasons[p.actorID] = p.reason
                concerns = concerns || keys.contains(p.actorID)
            case .added, .aliasAdded, .merged: break
            }
            guard concerns else { continue }
            steps.append(EntryExplanation.Step(position: recorded.position, recordedAt: recorded.recordedAt,
                                               stream: recorded.streamID, type: recorded.type,
                                               summary: Self.summary(event), effects: [], applied: false))
        }
    }

    static func summary(_ event: ActorCurationEvent) -> String {
        switch event {
        case .added(let p):
            let aliases = p.aliases.isEmpty ? "" : ", aliases " + p.aliases.map { "“\($0)”" }.joined(separator: ", ")
            return "actor “\(p.name)” (\(p.actorID), \(p.kind)) added\(aliases): entries under its names move to it"
        case .aliasAdded(let p):
            return "alias “\(p.alias)” added to \(p.actorID): entries under that name move to it"
        case .merged(let p):
            return "“\(p.sourceName)” (\(p.sourceID)) merged into “\(p.targetName)” (\(p.targetID))"
        case .renamed(let p):
            return "\(p.actorID) renamed from “\(p.oldName)” to “\(p.name)”"
        case .rejected(let p):
            return "“\(p.name)” (\(p.actorID)) rejected as an actor" + (p.reason.isEmpty ? "" : ": \(p.reason)")
        }
    }
}
