import Foundation
import Native
import Templates

/// The French formatting filters templates use: `{{ f.total|nombre }}`, `{{ d|date }}`, … (their
/// documentation is docs/catalogue.md's).
public enum LabelFilters {
    public static let all: [String: TemplateFilter] = [
        "date": TemplateFilter("une date en toutes lettres ; accepte une date ou un texte AAAA-MM-JJ",
                               example: "{{ \"2026-09-01\"|date }}", gives: "1er\u{A0}septembre\u{A0}2026") { value in
            try FrenchDate(date(value, filter: "date")).texte
        },
        "date_sup": TemplateFilter("la même, le « er » du premier du mois en exposant (actes et certificats)",
                                   example: "{{ \"2026-09-01\"|date_sup }}", gives: "1<sup>er</sup>\u{A0}septembre\u{A0}2026") { value in
            let text = try FrenchDate(date(value, filter: "date_sup")).texte
            guard text.hasPrefix("1er") else { return text }
            return XMLFragment("1<sup>er</sup>" + XMLText.escaped(String(text.dropFirst(3))))
        },
        "date_num": TemplateFilter("une date en chiffres", example: "{{ \"2026-09-01\"|date_num }}", gives: "01/09/2026") { value in
            try FrenchDate(date(value, filter: "date_num")).numerique
        },
        "nombre": TemplateFilter("un nombre à la française : espace fine insécable entre les milliers, virgule décimale",
                                 example: "{{ 1250|nombre }}", gives: "1\u{202F}250") { value in
            if let integer = value as? Int { return FrenchFormat.integer(integer) }
            if let double = value as? Double { return FrenchFormat.decimal(double) }
            if let text = value as? String, let integer = Int(text) { return FrenchFormat.integer(integer) }
            throw FilterError("nombre : un nombre est attendu (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
        },
        "pourcent": TemplateFilter("un pourcentage à la française, à une décimale au plus",
                                   example: "{{ 12|pourcent }}", gives: "12\u{202F}%") { value in
            guard let number = (value as? Double) ?? (value as? Int).map(Double.init) else {
                throw FilterError("pourcent : un nombre est attendu (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
            }
            return FrenchFormat.percent(number)
        },
        "ordinal": TemplateFilter("un nombre ordinal abrégé", example: "{{ 2|ordinal }}", gives: "2e") { value in
            guard let number = value as? Int else {
                throw FilterError("ordinal : un nombre entier est attendu (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
            }
            return FrenchFormat.ordinal(number)
        },
        "academie": TemplateFilter("le nom d'une académie précédé de « académie de », élidé devant une voyelle",
                                   example: "{{ \"Aix-Marseille\"|academie }}", gives: "académie d'Aix-Marseille") { value in
            FrenchFormat.academie("\(value ?? "")")
        },
        "feminin": TemplateFilter("un titre accordé au féminin quand la civilité donnée est « Mme »",
                                  example: "{{ \"Le proviseur\"|feminin:\"Mme\" }}", gives: "La proviseure") { value, arguments in
            let civilite = Civilite(rawValue: "\(arguments.first.flatMap { $0 } ?? "")") ?? .monsieur
            return FrenchFormat.title("\(value ?? "")", for: civilite)
        },
        // Durations in an act are written in words (« pour une durée de cinq ans »).
        "lettres": TemplateFilter("un nombre entier de 0 à 20 en toutes lettres",
                                  example: "{{ 5|lettres }}", gives: "cinq") { value in
            guard let number = (value as? Int) ?? (value as? String).flatMap({ Int($0) }), (0...20).contains(number) else {
                throw FilterError("lettres : un nombre entier de 0 à 20 est attendu (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
            }
            return numberWords[number]
        },
        "initiale": TemplateFilter("la première lettre en capitale, le reste inchangé",
                                   example: "{{ \"académie de Nice\"|initiale }}", gives: "Académie de Nice") { value in
            let text = "\(value ?? "")"
            return text.prefix(1).uppercased() + text.dropFirst()
        },
        // « Groupe académique … de Nice » → « groupe académique … de Nice »; « EREA » stays as it is.
        "minuscule": TemplateFilter("la première lettre en minuscule quand elle commence un mot ordinaire (« EREA » reste tel quel)",
                                    example: "{{ \"Le proviseur\"|minuscule }}", gives: "le proviseur") { value in
            let text = "\(value ?? "")"
            guard let second = text.dropFirst().first, second.isLowercase else { return text }
            return text.prefix(1).lowercased() + text.dropFirst()
        },
        "au": TemplateFilter("« au » ou « à l' » devant le nom d'un établissement",
                             example: "{{ \"EREA Les Cigales\"|au }}", gives: "à l'EREA Les Cigales") { value in
            let text = "\(value ?? "")"
            return (startsWithVowel(text) ? "à l'" : "au ") + text
        },
        // For a name set apart (the certificate's « est délivré au » / « est délivré à l' »).
        "article_au": TemplateFilter("seulement la contraction « au » ou « à l' » qui irait devant ce nom",
                                     example: "{{ \"Lycée Jean Moulin\"|article_au }}", gives: "au") { value in
            startsWithVowel("\(value ?? "")") ? "à l'" : "au"
        },
        "du": TemplateFilter("« du » ou « de l' » devant le nom d'un établissement",
                             example: "{{ \"Lycée Jean Moulin\"|du }}", gives: "du Lycée Jean Moulin") { value in
            let text = "\(value ?? "")"
            return (startsWithVowel(text) ? "de l'" : "du ") + text
        },
        "compte": TemplateFilter("un nombre et le nom compté, au pluriel à partir de 2 (« compte:\"travail\",\"travaux\" » pour un pluriel irrégulier)",
                                 example: "{{ 2|compte:\"formation\" }}", gives: "2\u{A0}formations") { value, arguments in
            guard let count = (value as? Int) ?? (value as? String).flatMap({ Int($0) }) else {
                throw FilterError("compte : un nombre entier est attendu (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
            }
            guard let singular = arguments.first.flatMap({ $0 }).map({ "\($0)" }) else {
                throw FilterError("compte : le nom compté manque, comme compte:\"formation\"")
            }
            let plural = arguments.dropFirst().first.flatMap { $0 }.map { "\($0)" }
            return FrenchGrammar.counted(count, singular, plural: plural)
        },
        "a": TemplateFilter("« à » devant un groupe qui commence par son article, contracté (« au », « à la », « à l' », « aux »)",
                            example: "{{ \"Le proviseur\"|a }}", gives: "au proviseur") { value in
            FrenchGrammar.contracted(.a, "\(value ?? "")")
        },
        "de": TemplateFilter("« de » devant un groupe qui commence par son article, contracté (« du », « de la », « de l' », « des »)",
                             example: "{{ \"La proviseure\"|de }}", gives: "de la proviseure") { value in
            FrenchGrammar.contracted(.de, "\(value ?? "")")
        },
        // Gives the paragraphs of a CommonMark field the cells' style instead of the body's.
        "cellule": TemplateFilter("un champ CommonMark (après « markdown ») mis dans une cellule de tableau, au style des cellules (ou au style donné)",
                                  example: "{{ \"Un *atout*\"|markdown|cellule }}", gives: "<p style=\"cell\">Un <i>atout</i></p>") { value, arguments in
            let style = arguments.first.flatMap { $0 }.map { "\($0)" } ?? "cell"
            let xml = (value as? XMLFragment)?.xml ?? "<p>\(XMLText.escaped("\(value ?? "")"))</p>"
            return XMLFragment(xml.replacingOccurrences(of: "<p>", with: "<p style=\"\(style)\">"))
        },
        "coche": TemplateFilter("une coche pour une valeur vraie, rien pour une valeur fausse (voies du tableau des formations)",
                                example: "{{ true|coche }}", gives: "✓") { value in
            (value as? Bool) == true ? "✓" : ""
        },
    ]

    static let numberWords = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                              "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
                              "dix-neuf", "vingt"]

    private static func startsWithVowel(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        let base = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return "aeiouy".contains(base)
    }

    private static func date(_ value: Any?, filter: String) throws -> LocalDate {
        if let date = value as? FrenchDate { return date.date }
        if let date = value as? LocalDate { return date }
        if let text = value as? String, let date = LocalDate(iso: text) { return date }
        throw FilterError("\(filter) : une date est attendue, ou un texte AAAA-MM-JJ (trouvé : « \(value.map { "\($0)" } ?? "rien") »)")
    }
}
