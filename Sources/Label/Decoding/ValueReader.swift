import Foundation
import Templates

/// Typed reads of single nodes. Each read reports a type error at the node and returns nil,
/// so that decoding goes on and reports everything in one run.
struct ValueReader {
    let log: DiagnosticLog
    /// Where each value read by key path was found (`signature.date`), for checks across sections.
    let positions: PositionTable

    func text(_ node: DataNode, _ name: String) -> String? {
        guard case .scalar(let text, _) = node.content, !node.isNull else {
            log.error(node.location, "un texte est attendu pour « \(name) » (trouvé : \(node.summary))")
            return nil
        }
        // Scalars rather than Foundation's trimming, which copies and costs a batch 6 % of its time.
        if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            log.error(node.location, "« \(name) » est vide")
            return nil
        }
        return text
    }

    func integer(_ node: DataNode, _ name: String) -> Int? {
        if case .scalar(let text, quoted: false) = node.content,
           let first = text.first, first == "-" || first.isASCII && first.isNumber,
           text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) {
            return value
        }
        log.error(node.location, "un nombre entier est attendu pour « \(name) » (trouvé : \(node.summary))")
        return nil
    }

    func boolean(_ node: DataNode, _ name: String) -> Bool? {
        if case .scalar(let text, quoted: false) = node.content {
            if text == "true" { return true }
            if text == "false" { return false }
        }
        log.error(node.location, "« true » ou « false » est attendu pour « \(name) » (trouvé : \(node.summary))")
        return nil
    }

    func date(_ node: DataNode, _ name: String) -> LocalDate? {
        guard case .scalar(let text, _) = node.content, !node.isNull,
              let parts = LocalDate.isoParts(text) else {
            log.error(node.location, "une date AAAA-MM-JJ est attendue pour « \(name) » (trouvé : \(node.summary))")
            return nil
        }
        guard let date = LocalDate(year: parts.year, month: parts.month, day: parts.day) else {
            log.error(node.location, "\(text) n'est pas une date : \(LocalDate.whyInvalid(year: parts.year, month: parts.month, day: parts.day))")
            return nil
        }
        return date
    }

    /// One of a closed list of values; a near miss gets a « did you mean » hint.
    func choice<Value: RawRepresentable & CaseIterable>(_ node: DataNode, _ name: String,
                                                        as type: Value.Type) -> Value? where Value.RawValue == String {
        guard let text = text(node, name) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        if let near = NearestName.nearest(to: text, in: allowed) {
            log.error(node.location, "valeur « \(text) » invalide pour « \(name) »", .hint("vouliez-vous dire « \(near) » ?"))
        } else {
            log.error(node.location, "valeur « \(text) » invalide pour « \(name) »",
                      .note("valeurs possibles : \(allowed.joined(separator: ", "))"))
        }
        return nil
    }

    func list(_ node: DataNode, _ name: String) -> [DataNode]? {
        guard case .sequence(let items) = node.content else {
            log.error(node.location, "une liste est attendue pour « \(name) » (trouvé : \(node.summary))")
            return nil
        }
        return items
    }

    func texts(_ node: DataNode, _ name: String) -> [String]? {
        list(node, name).map { $0.compactMap { text($0, name) } }
    }
}

/// Positions of values by their key path, filled while decoding one file.
final class PositionTable {
    private var table: [String: SourceLocation] = [:]

    subscript(path: String) -> SourceLocation? {
        get { table[path] }
        set { table[path] = newValue }
    }
}
