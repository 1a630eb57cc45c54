/// A versioned list of criteria (a `referentiel`): built-in national sets or an académie's own set
/// extending one of them.
public struct CriteriaSet: Sendable, Hashable {
    public var id: String
    /// A heading for the set (« Critères de l'article D. 335-1 … »), when its file gives one.
    public var titre: String?
    /// The set it extends, if any; its criteria come first in `criteres`.
    public var etend: String?
    public var criteres: [Criterion]
    /// Whether the set is one of the national sets shipped with ldm.
    public var national: Bool = false
    /// The title of the national set it extends, directly or through another set.
    public var nationalTitre: String?

    public func criterion(_ id: String) -> Criterion? { criteres.first { $0.id == id } }
    public var ids: [String] { criteres.map(\.id) }
}

public struct Criterion: Sendable, Hashable {
    public var id: String
    public var intitule: String
    /// The set that defines it (differs from the enclosing set for inherited criteria).
    public var origine: String
    /// Whether it comes from a national set (otherwise it is an académie's own criterion).
    public var national: Bool = false
}
