/// The `ArticleExtracted` payload's own JSON writer and reader, for callers outside this module
/// that measure them (`timeline bench json`) against Foundation's coders.
///
/// Example: `PayloadJSON.read(PayloadJSON.write(extracted)) == extracted`, and
/// `PayloadJSON.write(extracted)` is byte for byte `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`.
public enum PayloadJSON {
    public static func write(_ value: ArticleExtracted) -> String { ArticleExtractedWriter.json(value) }

    public static func read(_ json: String) throws -> ArticleExtracted { try ArticleExtractedReader.read(json) }
}
