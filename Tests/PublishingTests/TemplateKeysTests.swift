import Foundation
@testable import Label
import Templates
import Testing

/// The catalogue of template keys says exactly what the context holds: every key the example
/// campaign's contexts carry is documented with the kind of its value, and every documented key is
/// carried by one of them.
@Suite struct TemplateKeysTests {
    /// The paths of `value` with the kind of what each holds: `a.b` in a mapping, `a[]` for the
    /// elements of a list.
    static func kinds(_ value: Any, at path: String, into result: inout [String: Set<String>]) {
        func record(_ kind: String) { if !path.isEmpty, !path.hasSuffix("[]") { result[path, default: []].insert(kind) } }
        switch value {
        case let mapping as [String: Any]:
            record("mapping")
            for (key, child) in mapping { kinds(child, at: path.isEmpty ? key : "\(path).\(key)", into: &result) }
        case let list as [Any]:
            record("list")
            for element in list { kinds(element, at: "\(path)[]", into: &result) }
        case is FrenchDate:
            record("date")
        default:
            record("value")
        }
    }

    static func kindName(_ kind: KeyKind) -> String {
        switch kind {
        case .value: return "value"
        case .date: return "date"
        case .list: return "list"
        case .mapping: return "mapping"
        }
    }

    /// The catalogue's keys that the contexts do not carry or carry with another kind, and the
    /// contexts' keys the catalogue lacks.
    static func mismatches(_ seen: [String: Set<String>], _ catalogue: [TemplateKeys.Key]) -> (wrongKind: [String], undocumented: [String]) {
        let documented = Dictionary(catalogue.map { ($0.path, kindName($0.kind)) }) { first, _ in first }
        let wrongKind = seen.filter { path, kinds in documented[path].map { kinds != [$0] } ?? false }.keys.sorted()
        return (wrongKind, seen.keys.filter { documented[$0] == nil }.sorted())
    }

    @Test("every key of the dossiers' and the summary's contexts is in the catalogue with its kind, and the other way round")
    func catalogueMatchesContexts() throws {
        let example = try LoadedCampaign()
        var dossier: [String: Set<String>] = [:]
        for school in example.dossiers {
            let certificate = try? CertificateIdentity(dossier: school, campaign: example.campaign)
            Self.kinds(TemplateContext.dossier(school, campaign: example.campaign, certificate: certificate,
                                               electronicSigner: "Recteur de démonstration"), at: "", into: &dossier)
        }
        var summary: [String: Set<String>] = [:]
        Self.kinds(TemplateContext.summary(campaign: example.campaign, dossiers: example.dossiers), at: "", into: &summary)

        let dossierCheck = Self.mismatches(dossier, TemplateKeys.dossier)
        #expect(dossierCheck.wrongKind == [])
        #expect(dossierCheck.undocumented == [])
        let summaryCheck = Self.mismatches(summary, TemplateKeys.summary)
        #expect(summaryCheck.wrongKind == [])
        #expect(summaryCheck.undocumented == [])
        // What the example campaign leaves empty or absent in every school: optional data only.
        let qualities = ["campagne.signataire.qualite", "etablissement.chef_etablissement.qualite", "etablissement.ddfpt.qualite",
                         "signataire.qualite"]
        let unmetCriteria = ["academique", "appreciation", "appreciation_code", "constats", "echeance", "fiche_ecart", "id",
                             "intitule", "note", "numero", "recommandations"].map { "evaluation.non_satisfaits[].\($0)" }
        #expect(Set(TemplateKeys.dossier.map(\.path)).subtracting(dossier.keys).sorted() == (qualities + unmetCriteria).sorted())
        let refusals = ["commune", "decision", "decision.avis_caen", "decision.date", "decision.debut", "decision.duree_ans",
                        "decision.est_refus", "decision.fin", "decision.issue", "decision.issue_libelle", "decision.numero",
                        "intitule", "nom", "uai"].map { "refus[].\($0)" }
        #expect(Set(TemplateKeys.summary.map(\.path)).subtracting(summary.keys).sorted() == ["campagne.signataire.qualite"] + refusals)
        #expect(TemplateKeys.dossier.count == Set(TemplateKeys.dossier.map(\.path)).count, "a key is listed twice")
        #expect(TemplateKeys.summary.count == Set(TemplateKeys.summary.map(\.path)).count, "a key is listed twice")
        #expect(TemplateKeys.dossier.allSatisfy { !$0.description.isEmpty })
    }

    @Test("each top-level key of a dossier's context names the sections of the file its value is made from")
    func sectionsOfKeys() {
        let sections = Dictionary(DossierView.dossier.keys.filter { !$0.sections.isEmpty }.map { ($0.name, $0.sections.map(\.key).sorted()) }) { first, _ in first }
        #expect(sections == [
            "formations": ["formations"], "totaux": ["formations"], "niveaux": ["formations"], "voies": ["formations"],
            "echelles": ["formations"], "publics": ["formations"], "partenariats": ["partenariats"],
            "services_entreprises": ["services_entreprises"], "criteres": ["criteres", "evaluation"],
            "plan_actions": ["plan_actions"], "evaluation": ["evaluation"],
        ])
        #expect(DossierSection.read(by: .certificat, variables: ["etablissement", "decision", "label"]) == [])
        #expect(DossierSection.read(by: .rapport, variables: ["criteres"]) == [.criteres, .evaluation])
        #expect(DossierSection.read(by: .dossier, variables: ["totaux", "fichier"]) == [.formations])
    }
}
