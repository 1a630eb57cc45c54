import Foundation

/// One diploma of the school's offer, with the routes that lead to it.
public struct Formation: Sendable, Hashable {
    public var diplome: String
    public var specialite: String
    public var cfd: String?
    /// Level of the cadre national des certifications, 3 to 8.
    public var niveau: Int
    public var voies: [Route]
    /// Headcount per route; only routes of `voies`.
    public var effectifs: [Route: Int]
    public var location: SourceLocation

    public var totalEffectif: Int { effectifs.values.reduce(0, +) }
}

/// The four routes to a qualification that the label brings together.
public enum Route: String, Sendable, Hashable, CaseIterable {
    case scolaire, apprentissage, formationContinue = "formation_continue", vae

    /// « Formation initiale (voie scolaire) », …
    public var libelle: String {
        switch self {
        case .scolaire: return "Voie scolaire"
        case .apprentissage: return "Apprentissage"
        case .formationContinue: return "Formation continue"
        case .vae: return "VAE"
        }
    }
}

/// The levels a diploma fixes (décret 2019-14), by the diploma names of the data format.
enum DiplomaLevels {
    static let fixed: [String: [Int]] = [
        "CAP": [3], "BEP": [3], "Bac pro": [4], "Bac techno": [4], "BP": [4], "BMA": [4],
        "CS": [3, 4], "MC": [3, 4], "BTS": [5], "DN MADE": [6], "BUT": [6], "Licence pro": [6],
    ]

    /// Spelled-out or differently cased names that mean one of the diplomas above.
    static let aliases: [String: String] = [
        "baccalaureat professionnel": "Bac pro", "baccalaureat technologique": "Bac techno",
        "certificat d'aptitude professionnelle": "CAP", "brevet professionnel": "BP",
        "brevet des metiers d'art": "BMA", "brevet de technicien superieur": "BTS",
        "certificat de specialisation": "CS", "mention complementaire": "MC",
        "bachelor universitaire de technologie": "BUT", "licence professionnelle": "Licence pro",
        "diplome national des metiers d'art et du design": "DN MADE",
    ]

    /// The levels allowed for `diploma`, or nil when the diploma does not fix its level.
    static func levels(for diploma: String) -> [Int]? {
        let folded = diploma.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "’", with: "'")
            .split(separator: " ").joined(separator: " ")
        if let name = fixed.keys.first(where: { $0.lowercased() == folded }) { return fixed[name] }
        return aliases[folded].flatMap { fixed[$0] }
    }

    /// Old level names (V to I) and their current numbers.
    static let roman: [String: Int] = ["V": 3, "IV": 4, "III": 5, "II": 6, "I": 7]
}
