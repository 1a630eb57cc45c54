import DocumentTree
import Native

/// Inserts soft hyphens (U+00AD) at libhyphen's break points so that Pango may break words there.
struct SoftHyphenInserter {
    let hyphenator: Hyphenator
    let settings: HyphenationSettings

    func insert(into text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                result += hyphenated(word)
                word = ""
                result.append(character)
            }
        }
        result += hyphenated(word)
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
