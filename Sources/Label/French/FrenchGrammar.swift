/// French agreement for the documents' wording: articles elided before a vowel or a mute « h »,
/// « à » and « de » contracted with the article, counted nouns in the plural from 2 on.
/// Templates reach these rules through filters; no template spells them out itself.
public enum FrenchGrammar {
    /// Words starting with an aspirated « h », which takes no elision (« le hall », « la hauteur »).
    /// The administration's vocabulary, not a dictionary: add a word when a document needs it.
    static let aspiratedH: Set<String> = [
        "haut", "haute", "hauteur", "hall", "handicap", "hameau", "hangar", "hasard", "hausse", "héros",
        "hiérarchie", "hiérarchique", "honte", "hors", "huit", "huitième", "hutte",
    ]

    /// Whether a word starting `text` takes an elided article or preposition (« l' », « d' »): it
    /// starts with a vowel, or with a mute « h ». Acronyms spelt letter by letter (« IEN », « EREA »)
    /// follow their first letter's sound, which a vowel letter gives too.
    public static func elides(_ text: String) -> Bool {
        let word = text.prefix { $0.isLetter || $0 == "-" }.lowercased()
        guard let first = word.first else { return false }
        if first == "h" { return !aspiratedH.contains(word) && !aspiratedH.contains(String(word.split(separator: "-").first ?? "")) }
        return "aàâäeéèêëiîïoôöuùûüyœæ".contains(first)
    }

    /// The definite article and the noun: « le proviseur », « la proviseure », « l'administrateur »,
    /// « l'hôtel », « le hall », « les formations ».
    public static func definite(_ noun: String, feminine: Bool, plural: Bool = false) -> String {
        if plural { return "les " + noun }
        if elides(noun) { return "l'" + noun }
        return (feminine ? "la " : "le ") + noun
    }

    /// `à` or `de` put before a noun phrase that may start with a definite article, contracted as French
    /// requires: « à le proviseur » → « au proviseur », « à les » → « aux », « de le » → « du »,
    /// « de les » → « des »; « à la », « à l' », « de la », « de l' » stay; « de » elides before a vowel
    /// (« d'Aix-Marseille »). A capital at the start of `phrase` is kept for a proper name, dropped for an article.
    public static func contracted(_ preposition: Preposition, _ phrase: String) -> String {
        let words = phrase.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        let head = words.first.map(String.init) ?? ""
        let rest = words.count > 1 ? String(words[1]) : ""
        switch (preposition, head.lowercased()) {
        case (.a, "le"): return "au " + rest
        case (.a, "les"): return "aux " + rest
        case (.de, "le"): return "du " + rest
        case (.de, "les"): return "des " + rest
        case (_, "la"): return preposition.rawValue + " la " + rest
        default:
            if head.lowercased().hasPrefix("l'") || head.lowercased().hasPrefix("l’") {
                return preposition.rawValue + " l'" + phrase.dropFirst(2)
            }
            if preposition == .de && elides(phrase) { return "d'" + phrase }
            return preposition.rawValue + " " + phrase
        }
    }

    public enum Preposition: String, Sendable, CaseIterable {
        case a = "à", de = "de"
    }

    /// « 0 formation », « 1 formation », « 2 formations »: French counts 0 and 1 in the singular.
    /// `plural` names an irregular plural (« travail » → « travaux »); otherwise the regular one is made.
    public static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        FrenchFormat.integer(count) + FrenchFormat.noBreakSpace + noun(singular, count: count, plural: plural)
    }

    /// The noun alone, agreed with `count`.
    public static func noun(_ singular: String, count: Int, plural: String? = nil) -> String {
        abs(count) < 2 ? singular : plural ?? regularPlural(singular)
    }

    /// The plural of a noun phrase's head word, by the regular rules: -s, -x and -z stay, -au, -eau and
    /// -eu take an x, -al becomes -aux; the rest takes an s. Only the first word agrees
    /// (« formation continue » → « formations continues » needs `plural`).
    static func regularPlural(_ word: String) -> String {
        let parts = word.split(separator: " ", maxSplits: 1).map(String.init)
        let head = parts[0]
        let rest = parts.count > 1 ? " " + parts[1] : ""
        let lower = head.lowercased()
        let regular: String
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") { regular = head }
        else if lower.hasSuffix("au") || lower.hasSuffix("eu") { regular = head + "x" }
        else if lower.hasSuffix("al") && !["bal", "carnaval", "festival", "récital"].contains(lower) {
            regular = head.dropLast(2) + "aux"
        } else { regular = head + "s" }
        return regular + rest
    }
}
