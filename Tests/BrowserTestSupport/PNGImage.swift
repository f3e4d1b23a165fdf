/// The pixels of a PNG file (8-bit RGB or RGBA, not interlaced: what Chromium writes for a screenshot),
/// decoded with `Inflate`.
struct PNGImage {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct RGB: Hashable {
        var red: UInt8
        var green: UInt8
        var blue: UInt8

        init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#rrggbb`, or nil.
        init?(hex: String) {
            guard hex.count == 7, hex.hasPrefix("#"), let value = UInt32(hex.dropFirst(), radix: 16) else { return nil }
            self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        }

        /// The largest difference in one channel.
        func distance(to other: RGB) -> Int {
            max(abs(Int(red) - Int(other.red)), abs(Int(green) - Int(other.green)), abs(Int(blue) - Int(other.blue)))
        }
    }

    let width: Int
    let height: Int
    /// Row by row, left to right.
    let pixels: [RGB]

    init(bytes: [UInt8]) throws {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 8, Array(bytes[0..<8]) == signature else { throw Failure(description: "not a PNG file") }
        var position = 8
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        while position + 8 <= bytes.count {
            let length = Int(bytes[position..<position + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
            let start = position + 8
            guard start + length + 4 <= bytes.count else { throw Failure(description: "chunk \(type) runs past the file's end") }
            if type == "IHDR" { header = Array(bytes[start..<start + length]) }
            if type == "IDAT" { compressed += bytes[start..<start + length] }
            position = start + length + 4
            if type == "IEND" { break }
        }
        guard header.count == 13 else { throw Failure(description: "no IHDR chunk") }
        let number = { (at: Int) in header[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = number(0)
        height = number(4)
        let depth = header[8], colorType = header[9], interlace = header[12]
        guard depth == 8, colorType == 2 || colorType == 6, interlace == 0 else {
            throw Failure(description: "unsupported PNG: depth \(depth), colour type \(colorType), interlace \(interlace)")
        }
        let channels = colorType == 6 ? 4 : 3
        let raw = try Inflate.zlib(compressed)
        let stride = width * channels
        guard raw.count == height * (stride + 1) else {
            throw Failure(description: "\(raw.count) bytes of pixel data for \(width)×\(height)×\(channels)")
        }
        pixels = try Self.unfiltered(raw, height: height, stride: stride, channels: channels)
    }

    /// Undoes the per-row filters (none, sub, up, average, Paeth) and keeps the colour channels.
    private static func unfiltered(_ raw: [UInt8], height: Int, stride: Int, channels: Int) throws -> [RGB] {
        var previous = [UInt8](repeating: 0, count: stride)
        var current = [UInt8](repeating: 0, count: stride)
        var pixels: [RGB] = []
        pixels.reserveCapacity(height * stride / channels)
        for row in 0..<height {
            let base = row * (stride + 1)
            let filter = raw[base]
            for i in 0..<stride {
                let x = raw[base + 1 + i]
                let a = i >= channels ? Int(current[i - channels]) : 0
                let b = Int(previous[i])
                let c = i >= channels ? Int(previous[i - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw Failure(description: "row \(row) has unknown filter \(filter)")
                }
                current[i] = x &+ UInt8(truncatingIfNeeded: predictor)
            }
            for p in 0..<(stride / channels) {
                let i = p * channels
                pixels.append(RGB(red: current[i], green: current[i + 1], blue: current[i + 2]))
            }
            swap(&previous, &current)
        }
        return pixels
    }

    func pixel(x: Int, y: Int) -> RGB { pixels[y * width + x] }

    /// How many pixels are within `tolerance` (per channel) of a colour.
    func count(near color: RGB, tolerance: Int = 8) -> Int {
        pixels.reduce(0) { $0 + ($1.distance(to: color) <= tolerance ? 1 : 0) }
    }
}
