import DocumentTree
import Layout
import Pages

/// A fresh engine for each layout: Pango objects must not be shared between the threads that
/// run tests in parallel.
func layout(_ document: Document) throws -> LaidOutDocument { try LayoutEngine().layout(document) }

extension Page {
    var lines: [TextLine] {
        items.compactMap { if case .text(let line) = $0 { return line } else { return nil } }
    }
    var text: String { lines.map(\.text).joined(separator: "\n") }
}

extension LaidOutDocument {
    /// 1-based number of the first page whose lines contain `text`.
    func page(containing text: String) -> Int? {
        pages.firstIndex { $0.lines.contains { $0.text.contains(text) } }.map { $0 + 1 }
    }
}

let frenchSentences = [
    "Le lycée des métiers accueille des publics de statuts différents : élèves, apprentis, adultes en formation continue.",
    "Les partenariats avec les entreprises de la métropole permettent d'organiser les périodes de formation en milieu professionnel.",
    "L'établissement développe une politique d'ouverture internationale grâce aux mobilités Erasmus+ des élèves et des enseignants.",
    "La prévention du décrochage scolaire s'appuie sur un groupe de prévention réunissant enseignants, conseillers principaux d'éducation et psychologues.",
    "Chaque année, les résultats aux examens sont analysés en conseil pédagogique afin d'ajuster les réponses pédagogiques.",
]

func frenchParagraph(_ seed: Int, sentences: Int = 4) -> String {
    (0..<sentences).map { frenchSentences[(seed + $0 * 3) % frenchSentences.count] }.joined(separator: " ")
}
