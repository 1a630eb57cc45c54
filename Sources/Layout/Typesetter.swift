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

    /// A typesetter with a font set of its own, made to be handed to another thread; nil when the
    /// fonts or the dictionary cannot be loaded (the thread that asked then has no share of work).
    static func handoff(fonts: FontSet.Source) -> Handoff<Typesetter>? {
        guard let typesetter = try? Typesetter(fonts: fonts.load()) else { return nil }
        return Handoff(typesetter)
    }
}
