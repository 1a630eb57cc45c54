import DocumentTree
import Native

/// Words with their soft hyphens, as the engine's settings place them: words recur, in a document
/// and from one document to the next. Owned by one layout engine.
final class HyphenatedWords {
    private var settings: HyphenationSettings?
    private var words: [String: String] = [:]

    func word(_ word: String, settings: HyphenationSettings, _ make: (String) -> String) -> String {
        if settings != self.settings || words.count >= 20_000 {
            words.removeAll(keepingCapacity: true)
            self.settings = settings
        }
        if let known = words[word] { return known }
        let result = make(word)
        words[word] = result
        return result
    }
}

/// Inserts soft hyphens (U+00AD) at libhyphen's break points so that Pango may break words there.
struct SoftHyphenInserter {
    let hyphenator: Hyphenator
    let settings: HyphenationSettings
    let words: HyphenatedWords

    /// Words are runs of alphabetic scalars (the data is precomposed: one scalar a letter); the text
    /// between them is copied in whole pieces.
    func insert(into text: String) -> String {
        let scalars = text.unicodeScalars
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var pieceStart = scalars.startIndex
        var inWord = false
        var index = scalars.startIndex
        func closePiece() {
            let piece = String(scalars[pieceStart..<index])
            result += inWord ? words.word(piece, settings: settings, hyphenated) : piece
            pieceStart = index
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let alphabetic = scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                : scalar.properties.isAlphabetic
            if alphabetic != inWord {
                if index > pieceStart { closePiece() }
                inWord = alphabetic
            }
            scalars.formIndex(after: &index)
        }
        if index > pieceStart { closePiece() }
        return result
    }

    private func hyphenated(_ word: String) -> String {
        let letters = Array(word)
        guard letters.count >= settings.minimumWordLength,
              !letters.dropFirst().contains(where: \.isUppercase) else { return word }
        let points = hyphenator.breakPoints(word).filter { point in
            point >= settings.leftMinimum && letters.count - point >= settings.rightMinimum
                // A break inside an f-ligature (ff, fi, fl) would split one glyph.
                && !(letters[point - 1] == "f" && "fil".contains(letters[point]))
        }
        guard !points.isEmpty else { return word }
        var result = ""
        var previous = 0
        for point in points {
            result += String(letters[previous..<point]) + "\u{AD}"
            previous = point
        }
        return result + String(letters[previous...])
    }
}
