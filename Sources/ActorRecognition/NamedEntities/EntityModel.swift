import Foundation

/// The tagger's weights: for each feature bucket, one weight per tag.
///
/// The file format is a text header (lines starting with `#`, the corpus and its licence among
/// them), a line `weights <buckets> <tags> <scale>`, then `buckets × tags` little-endian Int16
/// values, each a weight divided by `scale`.
public struct EntityModel: Sendable {
    let buckets: Int
    let mask: UInt64
    /// Training weights, `buckets × EntityTag.count`.
    var weights: [Float]
    /// The same weights for tagging, as the file stores them: one vector of Int16 per bucket (lane
    /// 7 unused), each a weight divided by `laneScale`. Half the memory of floats, so the table
    /// stays in a core's cache, and summed exactly in Int32.
    let lanes: [SIMD8<Int16>]
    let laneScale: Float
    /// The header's comment lines (attribution, training command, scores).
    public let header: [String]

    init(bucketBits: Int, weights: [Float]? = nil, header: [String] = []) {
        buckets = 1 << bucketBits
        mask = UInt64(buckets - 1)
        let weights = weights ?? [Float](repeating: 0, count: buckets * EntityTag.count)
        self.weights = weights
        self.header = header
        let scale = Self.scale(of: weights)
        laneScale = scale
        var lanes = [SIMD8<Int16>](repeating: .zero, count: buckets)
        for b in 0..<buckets {
            for t in 0..<EntityTag.count { lanes[b][t] = Self.quantized(weights[b * EntityTag.count + t], scale: scale) }
        }
        self.lanes = lanes
    }

    /// The factor that maps the largest weight to `Int16.max` (the file's and the lanes' unit).
    static func scale(of weights: [Float]) -> Float {
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        return largest > 0 ? largest / Float(Int16.max) : 1
    }

    static func quantized(_ weight: Float, scale: Float) -> Int16 {
        Int16((weight / scale).rounded())
    }

    /// The summed weights of `features`, one lane per tag (for tagging; training uses `score`).
    @inline(__always)
    func vectorScore(_ features: [UInt64]) -> SIMD8<Float> {
        lanes.withUnsafeBufferPointer { w in
            var sum = SIMD8<Int32>.zero
            for feature in features { sum &+= SIMD8<Int32>(truncatingIfNeeded: w[Int(truncatingIfNeeded: feature & mask)]) }
            return SIMD8<Float>(sum) * laneScale
        }
    }

    @inline(__always)
    func bucket(_ feature: UInt64) -> Int {
        Int(truncatingIfNeeded: feature & mask) &* EntityTag.count
    }

    /// Adds the weights of `features` to `scores` (one score per tag).
    @inline(__always)
    func score(_ features: [UInt64], into scores: inout [Float]) {
        weights.withUnsafeBufferPointer { w in
            for feature in features {
                let base = bucket(feature)
                for tag in 0..<EntityTag.count { scores[tag] += w[base + tag] }
            }
        }
    }

    /// The model shipped with the recognizer (`Resources/ner-hindi.model`), loaded once.
    public static let shipped: EntityModel? = {
        guard let url = Bundle.module.url(forResource: "ner-hindi", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "ner-hindi", withExtension: "model"),
            let data = try? Data(contentsOf: url) else { return nil }
        return try? EntityModel(data: data)
    }()

    /// Reads a model file's bytes.
    public init(data: Data) throws {
        let bytes = [UInt8](data)
        var header: [String] = []
        var position = 0
        var found: (buckets: Int, tags: Int, scale: Float)?
        while position < bytes.count, found == nil {
            guard let newline = bytes[position...].firstIndex(of: 0x0A) else { break }
            let line = String(decoding: bytes[position..<newline], as: UTF8.self)
            position = newline + 1
            if line.hasPrefix("#") {
                header.append(line)
            } else {
                let fields = line.split(separator: " ")
                guard fields.count == 4, fields[0] == "weights", let b = Int(fields[1]), let t = Int(fields[2]),
                      let s = Float(fields[3]) else { throw EntityModelError.badHeader(line) }
                found = (b, t, s)
            }
        }
        guard let found, found.tags == EntityTag.count, found.buckets > 0, found.buckets & (found.buckets - 1) == 0 else {
            throw EntityModelError.badHeader("no weights line for \(EntityTag.count) tags")
        }
        let count = found.buckets * found.tags
        guard bytes.count - position == count * 2 else {
            throw EntityModelError.truncated(expected: count * 2, found: bytes.count - position)
        }
        var weights = [Float](repeating: 0, count: count)
        for k in 0..<count {
            let raw = UInt16(bytes[position + 2 * k]) | UInt16(bytes[position + 2 * k + 1]) << 8
            weights[k] = Float(Int16(bitPattern: raw)) * found.scale
        }
        self.init(bucketBits: found.buckets.trailingZeroBitCount, weights: weights, header: header)
    }

    /// The model file's bytes, weights quantized to Int16.
    public func encoded(header lines: [String]) -> Data {
        let scale = Self.scale(of: weights)
        var text = lines.map { "# " + $0 + "\n" }.joined()
        text += "weights \(buckets) \(EntityTag.count) \(scale)\n"
        var data = Data(text.utf8)
        data.reserveCapacity(data.count + weights.count * 2)
        for weight in weights {
            let value = UInt16(bitPattern: Self.quantized(weight, scale: scale))
            data.append(UInt8(value & 0xFF))
            data.append(UInt8(value >> 8))
        }
        return data
    }
}

/// A model file that cannot be read.
public enum EntityModelError: Error, CustomStringConvertible {
    case badHeader(String)
    case truncated(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .badHeader(let line): "named-entity model: unreadable header line '\(line.prefix(80))'"
        case .truncated(let expected, let found): "named-entity model: \(found) bytes of weights, expected \(expected)"
        }
    }
}
