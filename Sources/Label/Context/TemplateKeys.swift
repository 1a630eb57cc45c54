import Templates

/// The keys a template may read, each with a one-line French description: the catalogue the
/// documentation is generated from and `ldm check` compares templates with, made from the same
/// declarations as the context (Context/Views). `a.b` is a key inside a mapping, `a[].b` a key of
/// each element of a list. A key of kind `date` also has `.texte`, `.numerique`, `.iso` and `.annee`;
/// every list and text has `.count`, `.first` and `.last`.
public enum TemplateKeys {
    public struct Key: Sendable {
        public var path: String
        public var kind: KeyKind
        public var description: String
    }

    /// The keys by path, as `TemplateEngine.check` reads them.
    public static func kinds(_ keys: [Key]) -> [String: KeyKind] {
        Dictionary(keys.map { ($0.path, $0.kind) }) { first, _ in first }
    }

    /// What a dossier's documents (dossier, rapport, decision, certificat) read.
    public static let dossier = DossierView.dossier.catalogue

    /// What the campaign summary (synthese.xml) reads.
    public static let summary = SummaryView.summary.catalogue
}
