/// Titles in the feminine for a signatory or a head of school who is « Mme »: « La rectrice de la
/// région académique …, rectrice de l'académie de …, chancelière des universités ».
extension FrenchFormat {
    /// Masculine noun → feminine noun, for the titles of the education administration.
    static let feminineNouns: [String: String] = [
        "recteur": "rectrice", "chancelier": "chancelière", "directeur": "directrice",
        "inspecteur": "inspectrice", "délégué": "déléguée", "président": "présidente",
        "proviseur": "proviseure", "conseiller": "conseillère", "principal": "principale", "chef": "cheffe",
        "secrétaire": "secrétaire",
        "référent": "référente", "auditeur": "auditrice", "administrateur": "administratrice",
    ]

    /// Adjectives agreed only right after a feminine noun (« déléguée régionale », not « conseil générale »).
    static let feminineAdjectives: [String: String] = [
        "général": "générale", "régional": "régionale", "adjoint": "adjointe", "académique": "académique",
    ]

    /// The title written for `civilite`: unchanged for « M. », in the feminine for « Mme »
    /// (« Le recteur » → « La rectrice », « du recteur » → « de la rectrice »).
    public static func title(_ masculine: String, for civilite: Civilite) -> String {
        civilite.isFeminine ? feminine(masculine) : masculine
    }

    public static func feminine(_ title: String) -> String {
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var afterFeminine = false
        for index in words.indices {
            let (core, trailing) = splitPunctuation(words[index])
            let noun = feminineNouns[core.lowercased()]
            let adjective = afterFeminine ? feminineAdjectives[core.lowercased()] : nil
            afterFeminine = (noun != nil || adjective != nil) && trailing.isEmpty
            guard let feminineWord = noun ?? adjective else { continue }
            let replaced = core.first!.isUppercase ? feminineWord.prefix(1).uppercased() + feminineWord.dropFirst() : feminineWord
            words[index] = replaced + trailing
            guard noun != nil, index > 0 else { continue }
            switch words[index - 1] {
            case "Le": words[index - 1] = "La"
            case "le": words[index - 1] = "la"
            case "du": words[index - 1] = "de la"
            case "Du": words[index - 1] = "De la"
            case "au": words[index - 1] = "à la"
            case "Au": words[index - 1] = "À la"
            default: break
            }
        }
        return words.joined(separator: " ")
    }

    private static func splitPunctuation(_ word: String) -> (String, String) {
        let core = word.prefix { $0.isLetter || $0 == "-" }
        return (String(core), String(word.dropFirst(core.count)))
    }

    /// « Le recteur » / « La rectrice », « Le proviseur » / « La proviseure »: the article and noun for a role.
    public static func role(_ masculineNoun: String, for civilite: Civilite) -> String {
        title("Le \(masculineNoun)", for: civilite)
    }
}
