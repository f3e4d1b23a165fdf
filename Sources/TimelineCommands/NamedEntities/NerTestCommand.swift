import ActorRecognition
import ArgumentParser
import Foundation

/// `timeline ner test --corpus DIR`: scores the shipped model (or `--model FILE`) on a split.
struct NerTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Score the name tagger on a corpus split: precision, recall and F1 per type (exact spans)."
    )

    @Option(help: "Corpus directory in the IL-NER layout.")
    var corpus: String

    @Option(help: "Which split to score: train, dev or test.")
    var split: String = "test"

    @Option(help: "A model file to score instead of the shipped one.")
    var model: String?

    func validate() throws {
        guard ["train", "dev", "test"].contains(split) else {
            throw ValidationError("--split must be train, dev or test, got '\(split)'.")
        }
    }

    func run() throws {
        let loaded: EntityModel
        if let model {
            loaded = try EntityModel(data: try InputFile.read(model))
        } else if let shipped = EntityModel.shipped {
            loaded = shipped
        } else {
            throw CommandFailure("the shipped name-tagger model is missing; rebuild it with 'timeline ner train --corpus DIR'.")
        }
        let scores = EntityScores(model: loaded, corpus: try NerCorpusFiles.read(corpus, split: split))
        print(NerCorpusFiles.render(scores))
    }
}
