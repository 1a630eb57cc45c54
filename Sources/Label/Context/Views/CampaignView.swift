/// The campaign, `campagne` in every template.
enum CampaignView {
    static let campaign = ContextView<Campaign>([
        .value("annee", "l'année scolaire de la campagne (« 2026-2027 »)") { $0.campagne.description },
        .value("region_academique", "la région académique") { $0.regionAcademique },
        .value("academie", "l'académie, comme écrite dans campagne.yaml") { $0.academie },
        .value("academie_nom", "« académie de Nice », « académie d'Aix-Marseille »") { FrenchFormat.academie($0.academie) },
        .value("lieu", "le lieu des actes") { $0.lieu },
        .value("referentiel", "l'identifiant du cahier des charges de la campagne") { $0.criteria.id },
        .mapping("signataire", "le signataire des actes", PersonViews.signatory) { $0.signataire },
        .mapping("groupe_regional", "le groupe régional du label, s'il est indiqué", regionalGroup) { $0.groupeRegional },
        .value("logo", "le chemin du logo de l'académie, s'il est indiqué") { $0.logo?.path },
        .value("verification", "l'adresse de vérification des certificats, s'il y en a une") { $0.verification },
    ])

    private static let regionalGroup = ContextView<RegionalGroup>([
        .value("nom", "son nom") { $0.nom },
        .mapping("president", "son président",
                 PersonViews.person(function: "Le président", "« Le président » ou « La présidente »")) { $0.president },
    ])
}
