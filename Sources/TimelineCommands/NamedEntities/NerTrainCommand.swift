import ActorRecognition
import ArgumentParser
import Foundation

/// `timeline ner train --corpus ../shared/data/ner/il-ner-hindi`: trains the tagger and writes its model.
struct NerTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the name tagger on a corpus (train.txt), report dev and test scores, write the model.",
        discussion: "Training takes a few seconds in a release build and is repeatable: the same corpus and options give the same model."
    )

    @Option(help: "Corpus directory in the IL-NER layout (train.txt, dev.txt, test.txt).")
    var corpus: String

    @Option(help: "Passes over the training sentences.")
    var epochs: Int = 10

    @Option(help: "Feature table size as a power of two (the model file is 14 × 2^bits bytes).")
    var bucketBits: Int = 16

    @Option(help: "Copies of the sentences naming people and places, with other names from the name and place lists in their stead.")
    var replacedNames: Int = 1

    @Option(help: "Where to write the model.")
    var output: String = "Sources/ActorRecognition/Resources/ner-hindi.model"

    @Option(help: "Where to write the corpus's common words (frequent, never inside a name).")
    var commonWordsOutput: String = "Sources/ActorRecognition/Resources/common-words.txt"

    func validate() throws {
        guard (1...50).contains(epochs) else { throw ValidationError("--epochs must be 1…50, got \(epochs).") }
        guard (12...22).contains(bucketBits) else { throw ValidationError("--bucket-bits must be 12…22, got \(bucketBits).") }
        guard (0...5).contains(replacedNames) else { throw ValidationError("--replaced-names must be 0…5, got \(replacedNames).") }
    }

    func run() throws {
        let train = try NerCorpusFiles.read(corpus, split: "train")
        print("training on \(train.sentenceCount) sentences, \(epochs) epochs, 2^\(bucketBits) feature buckets")
        let model = EntityTrainer(bucketBits: bucketBits).train(on: train, epochs: epochs, replacedNameCopies: replacedNames) { epoch, wrong, words in
            print(String(format: "epoch %2d: %.2f%% of %d words tagged wrong", epoch, 100 * Double(wrong) / Double(max(words, 1)), words))
        }
        var header = NerModelHeader.lines
        for split in ["dev", "test"] {
            let scores = EntityScores(model: model, corpus: try NerCorpusFiles.read(corpus, split: split))
            print("\(split):\n" + NerCorpusFiles.render(scores))
            header.append(String(format: "%@ split F1: PER %.3f, ORG %.3f, LOC %.3f, all %.3f", split,
                                 scores.byType[.person]?.f1 ?? 0, scores.byType[.organization]?.f1 ?? 0,
                                 scores.byType[.location]?.f1 ?? 0, scores.all.f1))
        }
        header.append("Trained with: timeline ner train --epochs \(epochs) --bucket-bits \(bucketBits) --replaced-names \(replacedNames)")
        try model.encoded(header: header).write(to: URL(fileURLWithPath: output))
        print("wrote \(output)")
        let common = CorpusCommonWords.derive(from: train)
        let commonHeader = ["# Common words of timeline's actor recognition: words of the training split seen at least "
            + "\(CorpusCommonWords.minimumCount) times and never inside a name, folded, one per line (timeline ner train)."]
            + NerModelHeader.lines.dropFirst().map { "# " + $0 }
        try (commonHeader + common).joined(separator: "\n").appending("\n")
            .write(to: URL(fileURLWithPath: commonWordsOutput), atomically: true, encoding: .utf8)
        print("wrote \(commonWordsOutput) (\(common.count) words)")
    }
}
