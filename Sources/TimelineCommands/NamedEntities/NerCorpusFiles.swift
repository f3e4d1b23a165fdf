import ActorRecognition
import ArgumentParser
import Foundation

/// The split files of a corpus directory in the IL-NER layout, read with their problems reported.
enum NerCorpusFiles {
    static func read(_ directory: String, split: String) throws -> TaggedCorpus {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(split + ".txt")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("no \(split).txt in '\(directory)' (expected train.txt, dev.txt and test.txt).")
        }
        let corpus = try TaggedCorpus(contentsOf: url)
        for problem in corpus.problems.prefix(5) { Terminal.warning("skipped \(problem)") }
        if corpus.problems.count > 5 { Terminal.warning("skipped \(corpus.problems.count - 5) more lines of \(split).txt") }
        return corpus
    }

    /// One line per type: `PER  precision 0.912  recall 0.873  F1 0.892  (412 names)`.
    static func render(_ scores: EntityScores) -> String {
        var lines: [String] = []
        for type in EntityType.allCases {
            let c = scores.byType[type] ?? EntityScores.Counts()
            lines.append(line(type.rawValue, c))
        }
        lines.append(line("all", scores.all))
        return lines.joined(separator: "\n")
    }

    private static func line(_ name: String, _ c: EntityScores.Counts) -> String {
        String(format: "%@  precision %.3f  recall %.3f  F1 %.3f  (%d names)", name.padding(toLength: 3, withPad: " ", startingAt: 0),
               c.precision, c.recall, c.f1, c.gold)
    }
}
