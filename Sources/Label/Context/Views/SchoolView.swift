/// The school that applies, `etablissement`.
enum SchoolView {
    static let school = ContextView<School>([
        .value("uai", "le code UAI de l'établissement") { $0.uai.code },
        .value("nom", "le nom de l'établissement") { $0.nom },
        .value("nature", "la nature de l'établissement (lp, lpo, erea, lea)") { $0.nature.rawValue },
        .value("nature_libelle", "la nature en toutes lettres (« Lycée professionnel »…)") { natureLabel($0.nature) },
        .value("statut", "le statut (public, prive_sous_contrat)") { $0.statut.rawValue },
        .value("statut_libelle", "le statut en toutes lettres (« public », « privé sous contrat »)") {
            $0.statut == .publicSchool ? "public" : "privé sous contrat"
        },
        .mapping("adresse", "l'adresse de l'établissement", address) { $0.adresse },
        .mapping("chef_etablissement", "le chef d'établissement",
                 PersonViews.person(function: "Chef d'établissement", "« Chef d'établissement » ou « Cheffe d'établissement »")) {
            $0.chefEtablissement
        },
        .value("chef_titre", "le titre du chef d'établissement, accordé (« La proviseure »)") {
            FrenchFormat.title("Le \(headNoun($0))", for: $0.chefEtablissement.civilite)
        },
        // « proviseure », « directeur »: the head's function without article, as after a name.
        .value("chef_fonction", "sa fonction sans article, accordée (« proviseure », « directeur »)") {
            FrenchFormat.title(headNoun($0), for: $0.chefEtablissement.civilite)
        },
        .mapping("ddfpt", "le DDFPT, s'il est indiqué",
                 PersonViews.person(function: "Directeur délégué aux formations professionnelles et technologiques",
                                    "« Directeur délégué » ou « Directrice déléguée aux formations professionnelles et technologiques »")) {
            $0.ddfpt
        },
        .mapping("referent", "le référent du label, s'il est indiqué",
                 PersonViews.person(function: "Référent du label", "« Référent du label » ou « Référente du label »")) { $0.referent },
    ])

    private static let address = ContextView<Address>([
        .value("voie", "la voie (numéro et rue)") { $0.voie },
        .value("code_postal", "le code postal") { $0.codePostal },
        .value("commune", "la commune") { $0.commune },
    ])

    /// A public lycée is headed by a proviseur; an EREA, an agricultural lycée or a private school by a directeur.
    private static func headNoun(_ school: School) -> String {
        school.nature == .erea || school.nature == .lea || school.statut == .priveSousContrat ? "directeur" : "proviseur"
    }

    private static func natureLabel(_ nature: SchoolNature) -> String {
        switch nature {
        case .lp: return "Lycée professionnel"
        case .lpo: return "Lycée polyvalent"
        case .erea: return "Établissement régional d'enseignement adapté"
        case .lea: return "Lycée d'enseignement agricole"
        }
    }
}
