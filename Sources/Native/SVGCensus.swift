/// What an SVG asks librsvg to draw, counted on its bytes before librsvg sees them: elements, the
/// coordinates of its paths and polygons, and the elements a filter applies to. librsvg cannot be
/// stopped once it draws, so an SVG whose counts are over the limits is refused without being drawn
/// (the time limit, checked after drawing, is the last guard).
struct SVGCensus: Equatable, Sendable {
    var elements = 0
    /// Numbers in `d` and `points` attributes.
    var coordinates = 0
    /// `filter=` attributes and `filter:` style properties.
    var filters = 0

    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func follows(_ literal: StaticString, at start: Int) -> Bool {
            guard start >= 0, start + literal.utf8CodeUnitCount <= count else { return false }
            return (0..<literal.utf8CodeUnitCount).allSatisfy { bytes[start + $0] == literal.utf8Start[$0] }
        }
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), index + 1 < count, isLetter(bytes[index + 1]) {
                elements += 1
            } else if byte == UInt8(ascii: "="), index + 1 < count, bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "'") {
                let isPathData = (follows(" d", at: index - 2) || follows("\nd", at: index - 2) || follows("\td", at: index - 2)
                                  || follows("points", at: index - 6))
                if follows("filter", at: index - 6) { filters += 1 }
                if isPathData {
                    let quote = bytes[index + 1]
                    index += 2
                    var inNumber = false
                    while index < count, bytes[index] != quote {
                        let digit = isDigit(bytes[index])
                        if digit && !inNumber { coordinates += 1 }
                        // A number runs over its digits and point; a sign, a space or a command ends it.
                        inNumber = digit || (inNumber && bytes[index] == UInt8(ascii: "."))
                        index += 1
                    }
                }
            } else if byte == UInt8(ascii: ":"), follows("filter", at: index - 6) {
                filters += 1
            }
            index += 1
        }
    }
}
