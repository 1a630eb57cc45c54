/// A person named in the data, and who signs an act.
enum PersonViews {
    static let person = ContextView<Person>([
        .value("civilite", "la civilité (« M. », « Mme »)") { $0.civilite.rawValue },
        .value("prenom", "le prénom") { $0.prenom },
        .value("nom", "le nom") { $0.nom },
        .value("nom_complet", "civilité, prénom et nom") { $0.fullName },
        .value("signature", "prénom et nom, pour signer") { $0.name },
        .value("qualite", "la qualité, si elle est indiquée") { $0.qualite },
    ])

    /// A person with their function: `masculine` agreed with their civilité (« Directrice déléguée
    /// aux formations … » for Mme), described as `description`.
    static func person(function masculine: String, _ description: String) -> ContextView<Person> {
        person + ContextView([.value("fonction", description) { FrenchFormat.title(masculine, for: $0.civilite) }])
    }

    /// Who signs an act: their title agreed, the delegation line, the authority that decides (the act's
    /// preamble) and the delegation act.
    static let signatory = person.reading { (signatory: Signatory) in signatory.person } + ContextView<Signatory>([
        .value("titre", "son titre, accordé") { FrenchFormat.title($0.titre, for: $0.person.civilite) },
        .value("autorite", "l'autorité qui décide, au début de l'acte (le délégant s'il signe par délégation)") { $0.decidingAuthority },
        .value("delegation", "la ligne de délégation de signature, s'il signe par délégation") { $0.delegationLine },
        .mapping("arrete_delegation", "l'arrêté de délégation de signature, s'il est indiqué", delegationAct) { $0.arrete },
    ])

    private static let delegationAct = ContextView<DelegationAct>([
        .value("numero", "son numéro") { $0.numero },
        .date("date", "sa date") { $0.date },
    ])
}
