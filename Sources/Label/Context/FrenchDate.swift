/// A date as templates see it: `{{ decision.date }}` prints in words (« 1er septembre 2026 »), so that
/// an official document never shows an ISO date by accident; `.numerique`, `.iso` and `.annee` give
/// the other forms (Stencil reads stored properties by name).
struct FrenchDate: CustomStringConvertible {
    let texte: String
    let numerique: String
    let iso: String
    let annee: Int
    let date: LocalDate

    init(_ date: LocalDate) {
        self.date = date
        texte = FrenchFormat.date(date)
        numerique = FrenchFormat.numericDate(date)
        iso = date.description
        annee = date.year
    }

    var description: String { texte }
}
