import Foundation

/// The académies and the régions académiques they belong to (since the 2020 reform), and how their
/// names follow « académie de »: elided before a vowel, with an article for some overseas ones.
public enum Academies {
    /// académie → région académique.
    public static let regions: [String: String] = [
        "Aix-Marseille": "Provence-Alpes-Côte d'Azur", "Nice": "Provence-Alpes-Côte d'Azur",
        "Amiens": "Hauts-de-France", "Lille": "Hauts-de-France",
        "Besançon": "Bourgogne-Franche-Comté", "Dijon": "Bourgogne-Franche-Comté",
        "Bordeaux": "Nouvelle-Aquitaine", "Limoges": "Nouvelle-Aquitaine", "Poitiers": "Nouvelle-Aquitaine",
        "Clermont-Ferrand": "Auvergne-Rhône-Alpes", "Grenoble": "Auvergne-Rhône-Alpes", "Lyon": "Auvergne-Rhône-Alpes",
        "Corse": "Corse",
        "Créteil": "Île-de-France", "Paris": "Île-de-France", "Versailles": "Île-de-France",
        "Nancy-Metz": "Grand Est", "Reims": "Grand Est", "Strasbourg": "Grand Est",
        "Montpellier": "Occitanie", "Toulouse": "Occitanie",
        "Nantes": "Pays de la Loire", "Normandie": "Normandie", "Orléans-Tours": "Centre-Val de Loire",
        "Rennes": "Bretagne",
        "Guadeloupe": "Guadeloupe", "Guyane": "Guyane", "Martinique": "Martinique",
        "La Réunion": "La Réunion", "Mayotte": "Mayotte",
    ]

    /// Names that take an article after « de » (« académie de la Guadeloupe »). « La Réunion » keeps its
    /// capital (« académie de La Réunion »); Mayotte, Corse and Normandie take none.
    static let articles: [String: String] = ["Guadeloupe": "la ", "Guyane": "la ", "Martinique": "la "]

    public static var names: [String] { regions.keys.sorted() }

    /// « de Nice », « d'Aix-Marseille », « d'Orléans-Tours », « de la Guadeloupe », « de La Réunion ».
    public static func deName(_ academie: String) -> String {
        if let article = articles[academie] { return "de \(article)\(academie)" }
        return FrenchFormat.elidedDe(academie)
    }
}

extension FrenchFormat {
    /// « académie de Nice », « académie d'Aix-Marseille ».
    public static func academie(_ name: String) -> String { "académie \(Academies.deName(name))" }

    /// « de » before a consonant, « d' » before a vowel: « d'Amiens », « de Lyon » (no h: most are aspirated).
    public static func elidedDe(_ name: String) -> String {
        guard let first = name.first else { return "de" }
        let base = String(first).folding(options: .diacriticInsensitive, locale: nil).lowercased()
        return "aeiouy".contains(base) ? "d'\(name)" : "de \(name)"
    }
}
