import Foundation

/// The values a template reads, made from the validated model by the views of Context/Views:
/// keys follow the data format's French names; computed values (totals, wording, gap sheets) are
/// added beside them. Optional data is left out when absent: templates test it with `{% if %}`.
public enum TemplateContext {
    /// `electronicSigner` names who signs the document electronically, for its visible signature line.
    public static func dossier(_ dossier: Dossier, campaign: Campaign, certificate: CertificateIdentity? = nil,
                               electronicSigner: String? = nil) -> [String: Any] {
        DossierView.dossier.context(.init(dossier: dossier, campaign: campaign, certificate: certificate,
                                          electronicSigner: electronicSigner))
    }

    public static func summary(campaign: Campaign, dossiers: [Dossier]) -> [String: Any] {
        SummaryView.summary.context(.init(campaign: campaign, dossiers: dossiers))
    }

    /// The dossier reduced to what `summary` reads — the school's UAI, name and town, the wording, the
    /// decision, each formation's level and routes — so that a batch can keep every school's until the
    /// summary without their long texts. Good for the summary only: the documents need the whole dossier.
    public static func summaryFields(of dossier: Dossier) -> Dossier {
        var kept = dossier
        kept.etablissement.ddfpt = nil
        kept.etablissement.referent = nil
        kept.label.ensembleDeMetiers = ""
        kept.formations = dossier.formations.map { formation in
            var levelAndRoutes = formation
            levelAndRoutes.diplome = ""
            levelAndRoutes.specialite = ""
            levelAndRoutes.cfd = nil
            levelAndRoutes.effectifs = [:]
            return levelAndRoutes
        }
        kept.partenariats = []
        kept.servicesEntreprises = []
        kept.criteres = []
        kept.planActions = []
        kept.evaluation = nil
        return kept
    }
}
