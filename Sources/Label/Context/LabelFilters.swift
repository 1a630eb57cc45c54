import Foundation
import Templates

/// The French formatting filters templates use: `{{ f.total|nombre }}`, `{{ d|date }}`, …
public enum LabelFilters {
    public static let all: [String: TemplateFilter] = [
        // « 1er septembre 2026 »; accepts a date value or an ISO string.
        "date": TemplateFilter { value in try FrenchDate(date(value)).texte },
        // The same with the ordinal set as a superscript, for acts and the certificate: « 1<sup>er</sup> septembre 2026 ».
        "date_sup": TemplateFilter { value in
            let text = try FrenchDate(date(value)).texte
            guard text.hasPrefix("1er") else { return text }
            return XMLFragment("1<sup>er</sup>" + escape(String(text.dropFirst(3))))
        },
        // « 01/09/2026 »
        "date_num": TemplateFilter { value in try FrenchDate(date(value)).numerique },
        // « 1 250 » with a narrow no-break space; « 12,5 » for decimals.
        "nombre": TemplateFilter { value in
            if let integer = value as? Int { return FrenchFormat.integer(integer) }
            if let double = value as? Double { return FrenchFormat.decimal(double) }
            if let text = value as? String, let integer = Int(text) { return FrenchFormat.integer(integer) }
            throw FilterError("nombre: expected a number, got « \(value.map { "\($0)" } ?? "nothing") »")
        },
        // « 12,5 % »
        "pourcent": TemplateFilter { value in
            guard let number = (value as? Double) ?? (value as? Int).map(Double.init) else {
                throw FilterError("pourcent: expected a number")
            }
            return FrenchFormat.percent(number)
        },
        // « 1er », « 2e »
        "ordinal": TemplateFilter { value in
            guard let number = value as? Int else { throw FilterError("ordinal: expected a whole number") }
            return FrenchFormat.ordinal(number)
        },
        // « académie de Nice », « académie d'Aix-Marseille »
        "academie": TemplateFilter { value in FrenchFormat.academie("\(value ?? "")") },
        // A title in the feminine when the person is « Mme »: {{ titre|feminin:personne.civilite }}
        "feminin": TemplateFilter { value, arguments in
            let civilite = Civilite(rawValue: "\(arguments.first.flatMap { $0 } ?? "")") ?? .monsieur
            return FrenchFormat.title("\(value ?? "")", for: civilite)
        },
        // « cinq » for 5: durations in an act are written in words (« pour une durée de cinq ans »).
        "lettres": TemplateFilter { value in
            guard let number = (value as? Int) ?? (value as? String).flatMap({ Int($0) }), (0...20).contains(number) else {
                throw FilterError("lettres: expected a whole number from 0 to 20")
            }
            return numberWords[number]
        },
        // The first letter in capitals, the rest unchanged: « académie de Nice » → « Académie de Nice ».
        "initiale": TemplateFilter { value in
            let text = "\(value ?? "")"
            return text.prefix(1).uppercased() + text.dropFirst()
        },
        // The first letter in lower case when it starts an ordinary word: « Le proviseur » → « le proviseur »,
        // « Groupe académique … de Nice » → « groupe académique … de Nice »; « EREA » stays as it is.
        "minuscule": TemplateFilter { value in
            let text = "\(value ?? "")"
            guard let second = text.dropFirst().first, second.isLowercase else { return text }
            return text.prefix(1).lowercased() + text.dropFirst()
        },
        // « au Lycée Jean Moulin », « à l'EREA Les Cigales »: à + the article of a school's name, elided before a vowel.
        "au": TemplateFilter { value in
            let text = "\(value ?? "")"
            return (startsWithVowel(text) ? "à l'" : "au ") + text
        },
        // Only the contraction, for a name set apart (the certificate's « est délivré au » / « est délivré à l' »).
        "article_au": TemplateFilter { value in startsWithVowel("\(value ?? "")") ? "à l'" : "au" },
        // « du Lycée Jean Moulin », « de l'EREA Les Cigales ».
        "du": TemplateFilter { value in
            let text = "\(value ?? "")"
            return (startsWithVowel(text) ? "de l'" : "du ") + text
        },
        // « 1 formation », « 2 formations »: {{ n|compte:"formation" }}, or with an irregular plural
        // {{ n|compte:"travail","travaux" }}; 0 and 1 take the singular.
        "compte": TemplateFilter { value, arguments in
            guard let count = (value as? Int) ?? (value as? String).flatMap({ Int($0) }) else {
                throw FilterError("compte : un nombre entier est attendu (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
            }
            guard let singular = arguments.first.flatMap({ $0 }).map({ "\($0)" }) else {
                throw FilterError("compte : le nom compté manque, comme compte:\"formation\"")
            }
            let plural = arguments.dropFirst().first.flatMap { $0 }.map { "\($0)" }
            return FrenchGrammar.counted(count, singular, plural: plural)
        },
        // « à » and « de » before a phrase that starts with its article, contracted: {{ "Le proviseur"|a }}
        // → « au proviseur », « La proviseure » → « à la proviseure », {{ x|de }} → « du proviseur ».
        "a": TemplateFilter { value in FrenchGrammar.contracted(.a, "\(value ?? "")") },
        "de": TemplateFilter { value in FrenchGrammar.contracted(.de, "\(value ?? "")") },
        // A CommonMark field set in a table cell: `{{ p.objet|markdown|cellule }}` gives its paragraphs the
        // cells' style (`cellule:"style"` for another one) instead of the body's.
        "cellule": TemplateFilter { value, arguments in
            let style = arguments.first.flatMap { $0 }.map { "\($0)" } ?? "cell"
            let xml = (value as? XMLFragment)?.xml ?? "<p>\(escape("\(value ?? "")"))</p>"
            return XMLFragment(xml.replacingOccurrences(of: "<p>", with: "<p style=\"\(style)\">"))
        },
        // A check mark for a true value, nothing for a false one (routes in the formation table).
        "coche": TemplateFilter { value in (value as? Bool) == true ? "✓" : "" },
    ]

    static let numberWords = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                              "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
                              "dix-neuf", "vingt"]

    private static func startsWithVowel(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        let base = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return "aeiouy".contains(base)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func date(_ value: Any?) throws -> LocalDate {
        if let date = value as? FrenchDate { return date.date }
        if let date = value as? LocalDate { return date }
        if let text = value as? String, let date = LocalDate(iso: text) { return date }
        throw FilterError("date: expected a date, got « \(value.map { "\($0)" } ?? "nothing") »")
    }
}
