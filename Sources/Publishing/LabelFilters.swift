import Foundation
import Label
import Templates

/// The French formatting filters templates use: `{{ f.total|nombre }}`, `{{ d|date }}`, …
enum LabelFilters {
    static let all: [String: TemplateFilter] = [
        // « 1er septembre 2026 »; accepts a date value or an ISO string.
        "date": TemplateFilter { value in try FrenchDate(date(value)).texte },
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
        // A check mark for a true value, nothing for a false one (routes in the formation table).
        "coche": TemplateFilter { value in (value as? Bool) == true ? "✓" : "" },
    ]

    private static func date(_ value: Any?) throws -> LocalDate {
        if let date = value as? FrenchDate { return date.date }
        if let date = value as? LocalDate { return date }
        if let text = value as? String, let date = LocalDate(iso: text) { return date }
        throw FilterError("date: expected a date, got « \(value.map { "\($0)" } ?? "nothing") »")
    }
}
