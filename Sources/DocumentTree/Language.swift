/// The language tags documents give (BCP 47, `fr`, `fr-CA`; `en_GB` is read too).
public enum Language {
    /// Whether the tag is French, whatever its region and case: French spacing and the French rules
    /// of line breaking apply to French only (not to `frr`, North Frisian).
    public static func isFrench(_ tag: String) -> Bool {
        tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first?.lowercased() == "fr"
    }
}
