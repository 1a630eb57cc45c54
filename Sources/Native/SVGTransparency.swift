/// Whether an SVG draws anything translucent: an opacity below 1 (`opacity`, `fill-opacity`,
/// `stroke-opacity`, `stop-opacity`, as attributes or in styles), an `rgba()` or `hsla()` colour, a
/// mask, a filter, or an embedded image (which may carry alpha). PDF/A-1 allows no transparency, so
/// such an SVG is flattened onto white (`VectorDecoder`); an opaque one stays vector.
enum SVGTransparency {
    /// Searched in the bytes, ASCII letters folded to lower case: every word looked for is ASCII, and
    /// Foundation's string search took 0.6 million instructions for a 500-byte logo, at each certificate.
    static func uses(_ data: [UInt8]) -> Bool {
        let text = data.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        if ["rgba(", "hsla(", "<mask", "filter", "<image"].contains(where: { end(of: $0, in: text[...]) != nil }) { return true }
        var rest = text[...]
        while let found = end(of: "opacity", in: rest) {
            rest = rest[found...]
            // The value after `="`, `='` or `:`.
            let value = rest.drop { " =:\"'".utf8.contains($0) }
            let number = value.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "%") }
            guard !number.isEmpty else { continue }
            let digits = String(decoding: number, as: UTF8.self)
            let amount = digits.hasSuffix("%") ? Double(digits.dropLast()).map { $0 / 100 } : Double(digits)
            if let amount, amount < 1 { return true }
        }
        return false
    }

    /// Where the first `word` in `text` ends.
    private static func end(of word: String, in text: ArraySlice<UInt8>) -> Int? {
        let word = Array(word.utf8)
        var start = text.startIndex
        while let first = text[start...].firstIndex(of: word[0]) {
            guard first + word.count <= text.endIndex else { return nil }
            if text[first..<(first + word.count)].elementsEqual(word) { return first + word.count }
            start = first + 1
        }
        return nil
    }
}
