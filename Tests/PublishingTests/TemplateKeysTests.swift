import Foundation
import Label
import Testing

/// The catalogue of template keys says exactly what the context holds: every key the example
/// campaign's contexts carry is documented, and every documented key is carried by one of them.
@Suite struct TemplateKeysTests {
    /// The paths of `value`: `a.b` in a mapping, `a[]` for the elements of a list.
    static func paths(_ value: Any, at path: String, into result: inout Set<String>) {
        if !path.isEmpty, !path.hasSuffix("[]") { result.insert(path) }
        switch value {
        case let mapping as [String: Any]:
            for (key, child) in mapping { paths(child, at: path.isEmpty ? key : "\(path).\(key)", into: &result) }
        case let list as [Any]:
            for element in list { paths(element, at: "\(path)[]", into: &result) }
        default:
            break
        }
    }

    @Test("every key of the dossiers' and the summary's contexts is in the catalogue, and the other way round")
    func catalogueMatchesContexts() throws {
        let example = try LoadedCampaign()
        var dossier: Set<String> = []
        for school in example.dossiers {
            let certificate = try? CertificateIdentity(dossier: school, campaign: example.campaign)
            Self.paths(TemplateContext.dossier(school, campaign: example.campaign, certificate: certificate), at: "", into: &dossier)
        }
        var summary: Set<String> = []
        Self.paths(TemplateContext.summary(campaign: example.campaign, dossiers: example.dossiers), at: "", into: &summary)
        // Lists that are empty in every example school leave their elements' keys unseen.
        let dossierCatalogue = Set(TemplateKeys.dossier.map(\.path))
        #expect(dossier.subtracting(dossierCatalogue).sorted() == [])
        let unseen = dossierCatalogue.subtracting(dossier).sorted()
        #expect(unseen.allSatisfy { key in TemplateKeys.dossier.contains { $0.path == key && !$0.description.isEmpty } })
        let summaryCatalogue = Set(TemplateKeys.summary.map(\.path))
        #expect(summary.subtracting(summaryCatalogue).sorted() == [])
        #expect(TemplateKeys.dossier.count == dossierCatalogue.count, "a key is listed twice")
        #expect(TemplateKeys.summary.count == summaryCatalogue.count, "a key is listed twice")
    }
}
