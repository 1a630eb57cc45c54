public enum Civilite: String, Sendable, Hashable, CaseIterable {
    case monsieur = "M."
    case madame = "Mme"

    public var isFeminine: Bool { self == .madame }
}

/// Someone named in the data: head of school, auditor, signatory, the group's president…
public struct Person: Sendable, Hashable {
    public var civilite: Civilite
    public var prenom: String
    public var nom: String
    /// Their role, when the data gives it (« IEN économie-gestion »).
    public var qualite: String?

    public init(civilite: Civilite, prenom: String, nom: String, qualite: String? = nil) {
        self.civilite = civilite
        self.prenom = prenom
        self.nom = nom
        self.qualite = qualite
    }

    /// « Mme Claire Durand », with a no-break space after the civilité.
    public var fullName: String { "\(civilite.rawValue)\u{00A0}\(prenom) \(nom)" }

    /// « Claire Durand », as under a signature.
    public var name: String { "\(prenom) \(nom)" }
}
