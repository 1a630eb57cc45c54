import Foundation

/// Reads a `signataire` (the campaign's or a decision's own) and checks that its delegation makes
/// sense: a delegate signs for a named authority, and that authority is not the delegate. Both
/// signatories have the shape of `FileFormat.signatory`, so the campaign's keys stand for the decision's.
extension MappingReader {
    func asSignatory() -> Signatory? {
        let person = asPerson(withQualite: false)
        let titre = text("titre")
        let written = boolean("delegation", required: false)
        let delegation = written ?? false
        let autorite = text("autorite", required: false)
        let act = mapping("arrete_delegation", keys: FileFormat.campaign.keys("signataire.arrete_delegation"), required: false)
            .flatMap { act in act.text("numero").flatMap { numero in act.date("date").map { DelegationAct(numero: numero, date: $0) } } }
        // A delegation written but invalid has had its own error: nothing is checked against it.
        if written == nil && hasValue("delegation") { return nil }
        if !delegation {
            for key in ["autorite", "arrete_delegation"] where has(key) {
                log.warning(keyLocation(key), "« \(name(key)) » ne sert qu'avec « delegation: true »")
            }
        } else if autorite == nil {
            log.error(keyLocation("delegation"), "« \(name("delegation")) » : une délégation doit nommer l'autorité qui délègue",
                      .hint("ajoutez « autorite: \"le recteur de la région académique …\" » ; « titre » reste celui du délégataire"))
        } else if let autorite, let titre, Self.namesTheAuthority(titre, autorite) {
            log.error(positionOfValue("titre"),
                      "« \(name("titre")) » est le titre de l'autorité qui délègue : le recteur ne se délègue pas sa propre signature",
                      .hint("donnez dans « titre » le titre propre du délégataire (comme « Le secrétaire général de la région académique »), ou retirez « delegation: true »"))
        }
        guard let person, let titre else { return nil }
        if delegation && autorite == nil { return nil }
        return Signatory(person: person, titre: titre, delegation: delegation, autorite: autorite, arrete: act)
    }

    /// Whether a delegate's title begins with the delegating authority's own (« Le recteur de la région
    /// académique …, recteur de l'académie … » for « le recteur de la région académique … »), in either gender.
    static func namesTheAuthority(_ titre: String, _ autorite: String) -> Bool {
        func core(_ text: String) -> String {
            let head = text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? text
            let words = head.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
                .replacingOccurrences(of: "’", with: "'")
                .split(separator: " ").map(String.init)
            let masculine = words.map { word in FrenchFormat.feminineNouns.first { $0.value.folding(options: .diacriticInsensitive, locale: nil) == word }?.key ?? word }
            let withoutArticle = ["le", "la", "l'"].contains(masculine.first ?? "") ? Array(masculine.dropFirst()) : masculine
            return withoutArticle.joined(separator: " ")
        }
        let authority = core(autorite)
        return !authority.isEmpty && core(titre).hasPrefix(authority)
    }
}
