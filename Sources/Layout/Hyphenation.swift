import DocumentTree
import Native

/// Words with their soft hyphens, as the engine's settings place them: words recur, in a document
/// and from one document to the next. Owned by one layout engine.
final class HyphenatedWords {
    /// What the words were hyphenated for: the settings and the dictionary (a language).
    private var settings: HyphenationSettings?
    private var dictionary: ObjectIdentifier?
    private var words = RecentCache<String, String>(limit: TextShaper.cacheLimit)

    func word(_ word: String, settings: HyphenationSettings, dictionary: Hyphenator, _ make: (String) -> String) -> String {
        if settings != self.settings || ObjectIdentifier(dictionary) != self.dictionary {
            words.removeAll()
            self.settings = settings
            self.dictionary = ObjectIdentifier(dictionary)
        }
        if let known = words.value(for: word) { return known }
        let result = make(word)
        words.insert(result, for: word)
        return result
    }
}

/// Inserts soft hyphens (U+00AD) at libhyphen's break points so that Pango may break words there.
struct SoftHyphenInserter {
    /// The document's language's dictionary; nil: no hyphenation.
    let hyphenator: Hyphenator?
    let settings: HyphenationSettings
    let words: HyphenatedWords

    /// Words are runs of letters (the data is precomposed: one scalar a letter); the text between
    /// them is copied in whole pieces. Read as UTF-8: a non-ASCII scalar is decoded only to ask
    /// whether it is a letter.
    func insert(into text: String) -> String {
        guard let hyphenator else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 8)
            var pieceStart = 0, index = 0
            var inWord = false
            func closePiece() {
                let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<index])
                // A word of fewer bytes than the shortest hyphenated word has fewer letters too: copied
                // without a look in the cache (« de », « les », « pour », many of a text's words).
                if inWord, piece.count >= settings.minimumWordLength {
                    result += words.word(String(decoding: piece, as: UTF8.self), settings: settings, dictionary: hyphenator) {
                        hyphenated($0, by: hyphenator)
                    }.utf8
                } else {
                    result += piece
                }
                pieceStart = index
            }
            while index < bytes.count {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let letter: Bool
                if lead < 0x80 {
                    letter = (0x61...0x7A).contains(lead) || (0x41...0x5A).contains(lead)
                } else {
                    var decoder = UTF8()
                    var iterator = UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)]).makeIterator()
                    if case .scalarValue(let scalar) = decoder.decode(&iterator) { letter = scalar.properties.isAlphabetic } else { letter = false }
                }
                if letter != inWord {
                    if index > pieceStart { closePiece() }
                    inWord = letter
                }
                index += length
            }
            if index > pieceStart { closePiece() }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private func hyphenated(_ word: String, by hyphenator: Hyphenator) -> String {
        let letters = Array(word)
        // A capital anywhere: a proper name or an acronym (see `ProperNames`).
        guard letters.count >= settings.minimumWordLength,
              !letters.contains(where: \.isUppercase) else { return word }
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
