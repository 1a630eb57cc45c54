import Foundation
import DocumentTree

/// The syntax of attribute values shared by templates and themes: lengths, colours, booleans…
/// Each parser returns nil for a malformed value; the caller reports it with its position.
enum ValueSyntax {
    static let lengthHint = "une longueur est attendue, comme 12pt, 5mm, 2.5cm ou 1in"

    /// `12pt`, `5mm`, `2.5cm` (or `2,5cm`), `1in`; a bare `0`.
    static func length(_ text: String) -> Points? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if trimmed == "0" { return 0 }
        let units: [(String, Points)] = [("pt", 1), ("mm", Unit.millimetre), ("cm", Unit.centimetre), ("in", Unit.inch)]
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            guard let number = Double(trimmed.dropLast(suffix.count)), number >= 0, number.isFinite else { return nil }
            return number * scale
        }
        return nil
    }

    static let insetsHint = "une à quatre longueurs sont attendues, comme « 2cm » ou « 2cm 2.5cm »"

    /// One to four lengths, in the order of CSS: top, right, bottom, left.
    static func insets(_ text: String) -> Insets? {
        let values = text.split(separator: " ").map { length(String($0)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        let v = values.compactMap { $0 }
        switch v.count {
        case 1: return Insets(all: v[0])
        case 2: return Insets(top: v[0], right: v[1], bottom: v[0], left: v[1])
        case 3: return Insets(top: v[0], right: v[1], bottom: v[2], left: v[1])
        case 4: return Insets(top: v[0], right: v[1], bottom: v[2], left: v[3])
        default: return nil
        }
    }

    static let boolHint = "true ou false est attendu"

    /// The hint for a value that must be one of `names`.
    static func choiceHint(_ names: [String]) -> String {
        "une de ces valeurs est attendue : " + names.joined(separator: ", ")
    }

    /// The hint for a colour, naming the colours of the document's theme (`named`).
    static func colorHint(named: [String: Color]) -> String {
        "une couleur est attendue, comme #000091, ou " + (["black", "white"] + named.keys.sorted()).joined(separator: ", ")
    }

    /// `#RRGGBB`, `black`, `white`, or a colour the document's theme names (`named`, in lowercase).
    static func color(_ text: String, named: [String: Color]) -> Color? {
        switch text.lowercased() {
        case "black": return .black
        case "white": return .white
        case let name: return named[name] ?? Color(hex: text)
        }
    }

    /// A name a theme may give a colour: lowercase letters, digits and hyphens, starting with a letter.
    static func isColorName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: return nil
        }
    }

    static func number(_ text: String) -> Double? {
        Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }

    static let pageSizeHint = "A3, A4, A5, letter, ou une largeur et une hauteur comme « 210mm 297mm » sont attendus"
    static func pageSize(_ text: String) -> PageSize? {
        switch text.lowercased() {
        case "a4": return .a4
        case "a3": return .a3
        case "a5": return PageSize(width: 419.5276, height: 595.2756)
        case "letter": return .letter
        default:
            let parts = text.split(separator: " ").compactMap { length(String($0)) }
            return parts.count == 2 ? PageSize(width: parts[0], height: parts[1]) : nil
        }
    }

    static let columnsHint = "des largeurs sont attendues, comme « 4fr 1fr 2cm auto »"
    static func columns(_ text: String) -> [Table.ColumnWidth]? {
        let parts = text.split(separator: " ").map { part -> Table.ColumnWidth? in
            if part == "auto" { return .content }
            if part.hasSuffix("fr") { return number(String(part.dropLast(2))).flatMap { $0 > 0 ? .fraction($0) : nil } }
            return length(String(part)).map { .fixed($0) }
        }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.compactMap { $0 }
    }

    static let columnListHint = "des numéros de colonnes comptés à partir de 1 sont attendus, comme « 3 4 5 » ou « 3-5 »"
    /// 1-based column numbers and ranges (`2 4-6`), as 0-based indices.
    static func columnSet(_ text: String) -> Set<Int>? {
        var result: Set<Int> = []
        for part in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            let bounds = part.split(separator: "-").map { Int($0) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                  low >= 1, high >= low else { return nil }
            result.formUnion((low - 1)...(high - 1))
        }
        return result.isEmpty ? nil : result
    }
}
