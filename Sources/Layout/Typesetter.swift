import Native

/// The Pango and libhyphen handles one thread sets text with: they are not shared between threads.
final class Typesetter {
    let shaper: TextShaper
    let hyphenator: Hyphenator
    let hyphenatedWords = HyphenatedWords()

    init(fonts: FontSet) throws {
        shaper = TextShaper(fonts: fonts)
        hyphenator = try Hyphenator()
    }
}
