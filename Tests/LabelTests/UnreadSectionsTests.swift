import Foundation
import Testing
@testable import Label

/// A batch that makes certificates only reads the school, the label and the decision: what it no
/// longer checks, and what it still does.
@Suite("Dossier sections left unread")
struct UnreadSectionsTests {
    /// The load of the base dossier with one text replaced, reading `sections` only.
    private func load(replacing old: String, with new: String, sections: Set<DossierSection>) -> DossierLoad {
        precondition(TestCampaign.baseDossier.contains(old), "the base dossier has no \(old)")
        let folder = TestCampaign.folder(dossier: Data(TestCampaign.baseDossier.replacingOccurrences(of: old, with: new).utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = CampaignLoader.open(folder: folder, resources: TestCampaign.templates)
        return CampaignLoader.loadDossier(file: opened.dossierFile(0), of: opened, sections: sections)
    }

    @Test("a mistake in an unread section is not reported, and the dossier is read without it")
    func unreadSectionsAreNotChecked() {
        let change = ("C2: { etat_des_lieux: \"Texte.\", auto_evaluation: point_fort }", "C2: { etat_des_lieux: \"Texte.\", auto_evaluation: excellent }")
        let all = load(replacing: change.0, with: change.1, sections: Set(DossierSection.allCases))
        #expect(all.dossier == nil)
        #expect(all.diagnostics.map(\.brief) == [
            "23:52: erreur : valeur « excellent » invalide pour « criteres.C2.auto_evaluation »\n  note : valeurs possibles : point_fort, satisfait, partiellement_satisfait, non_satisfait",
        ])
        let certificate = load(replacing: change.0, with: change.1, sections: [])
        #expect(certificate.diagnostics.map(\.brief) == [])
        #expect(certificate.dossier?.etablissement.nom == "Lycée Test")
        #expect(certificate.dossier?.decision?.numero == "2026-LDM-014")
        #expect(certificate.dossier?.criteres.isEmpty == true && certificate.dossier?.formations.isEmpty == true)
        #expect(certificate.dossier?.evaluation == nil)
    }

    @Test("a sections read is decoded as in a full read")
    func readSectionsAreDecoded() {
        let load = load(replacing: "type: candidature", with: "type: candidature", sections: [.formations, .evaluation])
        #expect(load.diagnostics.map(\.brief) == [])
        #expect(load.dossier?.formations.map(\.specialite) == ["Cuisine"])
        #expect(load.dossier?.evaluation?.avis == .favorable)
        #expect(load.dossier?.partenariats.isEmpty == true)
    }

    @Test("an anchor set in an unread section still serves an alias in a read one")
    func anchorsInUnreadSections() {
        let reading = TestCampaign.baseDossier
            .replacingOccurrences(of: "partenariats:\n  - { nom: \"UMIH\"", with: "partenariats:\n  - { nom: &ville \"Menton\"")
            .replacingOccurrences(of: "signature: { lieu: \"Nice\"", with: "signature: { lieu: *ville")
        let folder = TestCampaign.folder(dossier: Data(reading.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let opened = CampaignLoader.open(folder: folder, resources: TestCampaign.templates)
        let certificate = CampaignLoader.loadDossier(file: opened.dossierFile(0), of: opened, sections: [])
        #expect(certificate.diagnostics.map(\.brief) == [])
        #expect(certificate.dossier?.signature.lieu == "Menton")
        #expect(certificate.dossier?.partenariats.isEmpty == true)
    }

    @Test("an alias to no anchor in an unread section is still an error")
    func undefinedAliasAnywhere() {
        let load = load(replacing: "  - { nom: \"UMIH\"", with: "  - { nom: *umih", sections: [])
        #expect(load.dossier == nil)
        #expect(load.diagnostics.map(\.brief) == [
            "20:12: erreur : alias non défini\n  suggestion : un alias « *nom » renvoie à une ancre « &nom » écrite avant lui",
        ])
    }

    @Test("a YAML syntax error in an unread section is still an error")
    func syntaxErrorsAnywhere() {
        let load = load(replacing: "  synthese: \"Favorable.\"", with: "  synthese: \"Favorable.", sections: [])
        #expect(load.dossier == nil)
        #expect(load.diagnostics.map(\.brief) == [
            "35:13: erreur : guillemet non refermé\n  note : le texte entre guillemets se poursuit jusqu'à la ligne 39\n  suggestion : terminez le texte par le même guillemet ; à l'intérieur, écrivez \\\" pour \" (ou '' pour ' entre apostrophes)",
        ])
    }

    @Test("a decision still needs an evaluation, read or not")
    func decisionNeedsEvaluation() {
        let evaluation = TestCampaign.baseDossier.components(separatedBy: "evaluation:\n")[1].components(separatedBy: "decision:")[0]
        let load = load(replacing: "evaluation:\n" + evaluation, with: "", sections: [])
        #expect(load.dossier == nil)
        #expect(load.diagnostics.map(\.brief) == [
            "29:1: erreur : une décision a besoin de l'« evaluation » du groupe régional qui la précède",
        ])
    }

    @Test("the sections a document reads: those its variables are made from")
    func sectionsOfVariables() {
        #expect(DossierSection.read(by: .certificat, variables: ["campagne", "etablissement", "label", "decision", "date_sup"]) == [])
        #expect(DossierSection.read(by: .certificat, variables: ["publics", "criteres"]) == [.formations, .criteres, .evaluation])
        #expect(DossierSection.read(by: .rapport, variables: ["etablissement"]) == [.evaluation])
        #expect(DossierSection.read(by: .certificat, variables: nil) == Set(DossierSection.allCases))
    }
}

@Suite("Dossier sections and template variables")
struct SectionVariablesTests {
    /// Read without a section, a dossier of the example campaign changes only the variables said to be
    /// made from it: a template that reads none of them sees the same values.
    @Test("a section left unread changes only its own variables", arguments: DossierSection.allCases)
    func unreadSectionChangesItsVariablesOnly(section: DossierSection) throws {
        let opened = CampaignLoader.open(folder: TestCampaign.repository.appendingPathComponent("examples/campagne-2026"),
                                         resources: TestCampaign.templates)
        let campaign = try #require(opened.campaign)
        var changed: Set<String> = []
        for index in opened.dossierNames.indices {
            let full = try #require(CampaignLoader.loadDossier(file: opened.dossierFile(index), of: opened).dossier)
            let sections = Set(DossierSection.allCases).subtracting([section])
            let partial = try #require(CampaignLoader.loadDossier(file: opened.dossierFile(index), of: opened, sections: sections).dossier)
            let before = TemplateContext.dossier(full, campaign: campaign).mapValues(canonical)
            let after = TemplateContext.dossier(partial, campaign: campaign).mapValues(canonical)
            changed.formUnion(Set(before.keys).union(after.keys).filter { before[$0] != after[$0] })
        }
        // The top-level keys the dossier's view says are made from the section.
        let variables = Set(DossierView.dossier.keys.filter { $0.sections.contains(section) }.map(\.name))
        #expect(changed.isSubset(of: variables), "\(changed.subtracting(variables))")
        #expect(!changed.isEmpty, "the example campaign fills « \(section.key) »")
    }

    /// A value's text with the keys of its mappings in order (a dictionary's own order differs between equal ones).
    private func canonical(_ value: Any) -> String {
        switch value {
        case let mapping as [String: Any]: return "{" + mapping.keys.sorted().map { "\($0): \(canonical(mapping[$0]!))" }.joined(separator: ", ") + "}"
        case let list as [Any]: return "[" + list.map(canonical).joined(separator: ", ") + "]"
        default: return "\(value)"
        }
    }
}
