import DocumentTree
import Native

/// The Pango and libhyphen handles one thread sets text with: they are not shared between threads.
final class Typesetter {
    let shaper: TextShaper
    let hyphenatedWords = HyphenatedWords()
    /// Dictionaries by language tag, loaded when a document first asks (nil: none installed).
    private var hyphenators: [String: Hyphenator?] = [:]

    init(fonts: FontSet) throws {
        shaper = TextShaper(fonts: fonts)
        hyphenators["fr"] = try Hyphenator()
    }

    /// The hyphenator of a document's language, nil when no dictionary of it is installed (its
    /// words are then not hyphenated rather than hyphenated by another language's rules).
    func hyphenator(for language: String) throws -> Hyphenator? {
        if let known = hyphenators[language] { return known }
        let hyphenator = try Hyphenator.dictionary(for: language).map { try Hyphenator(dictionaryPath: $0) }
        hyphenators[language] = hyphenator
        return hyphenator
    }

    /// Sets this typesetter for a document: its language for Pango's shaping and for hyphenation.
    func hyphenation(for document: Document) throws -> SoftHyphenInserter {
        shaper.language = document.metadata.language
        return SoftHyphenInserter(hyphenator: try hyphenator(for: document.metadata.language),
                                  settings: document.hyphenation, words: hyphenatedWords)
    }

    /// A typesetter with a font set of its own, made to be handed to another thread; nil when the
    /// fonts or the dictionary cannot be loaded (the thread that asked then has no share of work).
    static func handoff(fonts: FontSet.Source) -> Handoff<Typesetter>? {
        guard let typesetter = try? Typesetter(fonts: fonts.load()) else { return nil }
        return Handoff(typesetter)
    }
}
