import Native

/// Cuts words longer than the line in linear time. Pango breaks such a word between letters by
/// shaping what is left of it again for every line: quadratic (one 80,000-letter word took 21.7 s
/// in a table cell, 250,000 letters never ended). Instead, a stretch of text without a break
/// opportunity that could be wider than the line is measured once, letter by letter, and a
/// zero-width space is put where each line's share of it ends: Pango then breaks only where it is
/// allowed to, and the reader sees the same lines, the word cut where the line is full.
struct LongWordCutter {
    let shaper: TextShaper
    /// The room of a line, in points (a little less than the measure, for rounding).
    let room: Double
    /// The stretch without a break running on from the runs before: its characters, and its width
    /// so far (an upper bound while it was too short to measure).
    private var carriedCharacters = 0
    private var carriedWidth = 0.0

    init(shaper: TextShaper, room: Double) {
        self.shaper = shaper
        self.room = room
    }

    static let zeroWidthSpace = "\u{200B}"
    /// No character is wider than this many times its font's size (a dash, a W, an ideograph).
    static let widestCharacter = 1.5
    /// Shorter stretches are left to the line breaker, which cuts a word wider than the line where
    /// the line is full (`WideWords`): no measuring here for the common case.
    static let shortStretch = 200

    /// `text` of `run`, with zero-width spaces where its long words must be cut.
    mutating func cut(_ text: String, in run: TextRun) -> String {
        let size = run.font.size * (run.superscript ? 0.62 : 1)
        let widest = size * Self.widestCharacter + max(run.letterSpacing, 0)
        // Stretches of fewer characters than this fit on a line whatever they are, or are short.
        let safe = max(Int(room / widest), Self.shortStretch)
        var characters = carriedCharacters
        var long = false
        var text = text
        text.withUTF8 { bytes in
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if Self.endsBreak(byte, after: previous) {
                    characters = 0
                } else if byte & 0xC0 != 0x80 {
                    characters += 1
                    if characters > safe { long = true; break }
                }
                previous = (previous.1, byte)
            }
        }
        guard long else {
            carry(text, widest: widest)
            return text
        }
        return cutLong(text, in: run, widest: widest, safe: safe)
    }

    /// Whether `byte` ends a break opportunity: a space, U+2028 (line separator, E2 80 A8), U+00AD
    /// (soft hyphen, C2 AD) or U+200B (zero-width space, E2 80 8B).
    private static func endsBreak(_ byte: UInt8, after previous: (UInt8, UInt8)) -> Bool {
        switch byte {
        case 0x20: true
        case 0xAD: previous.1 == 0xC2
        case 0xA8, 0x8B: previous == (0xE2, 0x80)
        default: false
        }
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{2028}" || scalar == "\u{AD}" || scalar == "\u{200B}"
    }

    /// Notes the stretch `text` ends with, for the runs after it.
    private mutating func carry(_ text: String, widest: Double) {
        var trailing = 0
        var broke = false
        for scalar in text.unicodeScalars.reversed() {
            if Self.isBreak(scalar) { broke = true; break }
            trailing += 1
        }
        if broke { carriedCharacters = 0; carriedWidth = 0 }
        carriedCharacters += trailing
        carriedWidth += Double(trailing) * widest
    }

    private mutating func cutLong(_ text: String, in run: TextRun, widest: Double, safe: Int) -> String {
        let style = shaper.measures(run)
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var stretch = String.UnicodeScalarView()
        func flush() {
            guard !stretch.isEmpty else { return }
            let piece = String(stretch)
            stretch.removeAll(keepingCapacity: true)
            if carriedCharacters + piece.unicodeScalars.count <= safe {
                carriedCharacters += piece.unicodeScalars.count
                carriedWidth += Double(piece.unicodeScalars.count) * widest
                result += piece
                return
            }
            let width = shaper.width(of: piece, in: style)
            if carriedWidth + width <= room {
                carriedCharacters += piece.unicodeScalars.count
                carriedWidth += width
                result += piece
                return
            }
            let (widths, breakBefore) = shaper.characterWidths(of: piece, in: style)
            var cut = String.UnicodeScalarView()
            for (index, (scalar, width)) in zip(piece.unicodeScalars, widths).enumerated() {
                // Where Pango may break already (after a hyphen, say), the stretch starts again.
                if index > 0, breakBefore[index] {
                    carriedWidth = 0
                    carriedCharacters = 0
                }
                if carriedWidth > 0, carriedWidth + width > room {
                    cut.append(contentsOf: Self.zeroWidthSpace.unicodeScalars)
                    carriedWidth = 0
                    carriedCharacters = 0
                }
                cut.append(scalar)
                carriedWidth += width
                carriedCharacters += 1
            }
            result += String(cut)
        }
        for scalar in text.unicodeScalars {
            if Self.isBreak(scalar) {
                flush()
                result.unicodeScalars.append(scalar)
                carriedCharacters = 0
                carriedWidth = 0
            } else {
                stretch.append(scalar)
            }
        }
        flush()
        return result
    }
}
