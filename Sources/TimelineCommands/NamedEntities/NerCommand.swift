import ArgumentParser

/// `timeline ner train|test`: the statistical name tagger behind actor recognition.
public struct NerCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train or test the Hindi name tagger that actor recognition uses (no database).",
        discussion: """
        The tagger finds person, organization and location names that no gazetteer lists. Its \
        model ships in Sources/ActorRecognition/Resources/ner-hindi.model; rebuild it with \
        'timeline ner train --corpus DIR' on a corpus in the IL-NER layout (train.txt, dev.txt, \
        test.txt: one 'word<TAB>label' per line, a blank line between sentences).
        """,
        subcommands: [NerTrainCommand.self, NerTestCommand.self]
    )
    public init() {}
}
